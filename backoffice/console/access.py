"""The console pages' gate (login page or a 403 page, from :mod:`backoffice.console.signed_in`)
and the access log of who opened which record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from backoffice.console.signed_in import SignedIn, landing, signed_in_staff
from backoffice.storage.models import StaffRole, StaffUser
from backoffice.storage.work_models import AccessAction, AccessRecord, RecordKind

# Renders the page a signed-in member of staff gets where their roles do not reach.
ForbiddenPage = Callable[[Request, SignedIn], Response]


def current_staff(request: Request) -> SignedIn | None:
    services = request.app.state.console
    return signed_in_staff(services.signer, services.office.sessions, request.cookies)


def forbidden_page(request: Request, staff: SignedIn) -> Response:
    response: Response = request.app.state.console.pages.render(
        request,
        "forbidden.html",
        {"staff": staff.user, "csrf_token": staff.csrf_token, "home": landing(staff.user)},
        403,
    )
    return response


def require(
    request: Request, role: StaffRole, forbidden: ForbiddenPage = forbidden_page
) -> SignedIn | Response:
    """The logged-in member of staff holding ``role``; else the login, or a 403 page."""
    staff = current_staff(request)
    if staff is None:
        return RedirectResponse("/console/login", status_code=303)
    return staff if staff.holds(role) else forbidden(request, staff)


def log_access(
    db: Session,
    staff: StaffUser,
    kind: RecordKind,
    record_id: int,
    reference_code: str,
    action: AccessAction,
    now: dt.datetime,
) -> None:
    db.add(
        AccessRecord(
            at=now,
            staff_id=staff.id,
            record_kind=kind,
            record_id=record_id,
            reference_code=reference_code,
            action=action,
        )
    )
