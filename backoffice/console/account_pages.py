"""``/console/account``: the name citizens and colleagues see, and one's teams.
``/console/access-log``: who opened which request or document, when (data-protection role)."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from backoffice.console.access import current_staff
from backoffice.console.access import require as require_role
from backoffice.console.request_pages import _id
from backoffice.console.routes import _see_other, _services
from backoffice.console.search_keys import reference_key
from backoffice.console.session import tokens_match
from backoffice.console.signed_in import SignedIn
from backoffice.storage.models import StaffRole, StaffUser
from backoffice.storage.work_models import AccessRecord

router = APIRouter(prefix="/console", include_in_schema=False)

DISPLAY_NAME_MAX = 100
LOG_PAGE_SIZE = 100


def _page(request: Request, staff: SignedIn, error: str = "", saved: bool = False) -> Response:
    services = _services(request)
    return services.pages.render(
        request,
        "account.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "teams": services.office.settings.console.teams,
            "error": error,
            "saved": saved,
            "section": "account",
        },
        422 if error else 200,
    )


@router.get("/account")
def account_page(request: Request) -> Response:
    staff = current_staff(request)
    if staff is None:
        return _see_other("/console/login")
    return _page(request, staff, saved=request.query_params.get("saved") == "1")


def clean_display_name(text: str) -> str:
    """Printable characters only (no bidi or control characters: the name is shown to
    citizens and colleagues and must read as written)."""
    kept = "".join(
        c for c in text if c.isprintable() and unicodedata.category(c) not in ("Cf", "Co", "Cs")
    )
    return " ".join(kept.split())[:DISPLAY_NAME_MAX]


@router.post("/account")
def save_account(
    request: Request,
    display_name: Annotated[str, Form(max_length=1000)] = "",
    team: Annotated[list[str] | None, Form()] = None,
    csrf_token: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    staff = current_staff(request)
    if staff is None:
        return _see_other("/console/login")
    if not tokens_match(staff.csrf_token, csrf_token):
        return _page(request, staff, "Die Seite war zu lange geöffnet. Bitte noch einmal.")
    name = clean_display_name(display_name)
    if not name:
        return _page(request, staff, "Bitte geben Sie einen Namen ein.")
    services = _services(request)
    known = services.office.settings.console.teams
    with services.office.sessions() as db, db.begin():
        user = db.get(StaffUser, staff.user.id)
        if user is None:
            return _see_other("/console/login")
        user.display_name = name
        user.teams = [t for t in dict.fromkeys(team or []) if t in known]
    return _see_other("/console/account?saved=1")


@router.get("/access-log")
def access_log(request: Request) -> Response:
    staff = require_role(request, StaffRole.DATA_PROTECTION)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    params = request.query_params
    code = reference_key(params.get("code", "")[:20])
    account = params.get("account", "")[:64].strip()
    after = _id(params.get("after", ""))
    query = select(AccessRecord).options(selectinload(AccessRecord.staff))
    if code:
        query = query.where(AccessRecord.reference_code.in_([code, f"{code[:3]}-{code[3:]}"]))
    if account:
        query = query.where(
            AccessRecord.staff_id.in_(select(StaffUser.id).where(StaffUser.username == account))
        )
    if after is not None:
        query = query.where(AccessRecord.id < after)
    with services.office.sessions() as db:
        rows = list(db.scalars(query.order_by(AccessRecord.id.desc()).limit(LOG_PAGE_SIZE + 1)))
    now = services.office.clock.now()
    return services.pages.render(
        request,
        "access_log.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "records": rows[:LOG_PAGE_SIZE],
            "next_after": rows[LOG_PAGE_SIZE - 1].id if len(rows) > LOG_PAGE_SIZE else None,
            "code": params.get("code", "")[:20],
            "account": account,
            "today": _services(request).time.today(now),
            "section": "access",
        },
    )
