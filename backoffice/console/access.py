"""Who may open which console page, and the access log of who opened which record.

Roles (``config.console.ConsoleRole``; one person may hold several):

- caseworker: callback requests, documents, calls, the search;
- it: the fleet of terminals, and nothing of citizens;
- lead: the figures (counts only);
- data_protection: the access log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from backoffice.console.session import SESSION_COOKIE, StaffSession
from backoffice.storage.models import StaffRole, StaffUser
from backoffice.storage.work_models import AccessAction, AccessRecord, RecordKind

# Where each role starts after logging in, in this order of preference.
LANDING = [
    (StaffRole.CASEWORKER, "/console"),
    (StaffRole.IT, "/console/fleet"),
    (StaffRole.LEAD, "/console/figures"),
    (StaffRole.DATA_PROTECTION, "/console/access-log"),
]


@dataclass(frozen=True)
class Staff:
    session: StaffSession
    user: StaffUser

    @property
    def csrf_token(self) -> str:
        return self.session.csrf_token


def current_staff(request: Request) -> Staff | None:
    services = request.app.state.console
    session = services.signer.read(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    with services.office.sessions() as db:
        user = db.get(StaffUser, session.user_id)
    return None if user is None else Staff(session, user)


def landing(user: StaffUser) -> str:
    return next((url for role, url in LANDING if user.has_role(role)), "/console/account")


def require(request: Request, role: StaffRole) -> Staff | Response:
    """The logged-in member of staff holding ``role``; else the login, or a 403 page."""
    staff = current_staff(request)
    if staff is None:
        return RedirectResponse("/console/login", status_code=303)
    if not staff.user.has_role(role):
        response: Response = request.app.state.console.pages.render(
            request,
            "forbidden.html",
            {"staff": staff.user, "csrf_token": staff.csrf_token, "home": landing(staff.user)},
            403,
        )
        return response
    return staff


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
