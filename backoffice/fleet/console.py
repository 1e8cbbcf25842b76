"""The fleet page for IT staff: ``/console/fleet``. Case workers get 403, visitors the login.

Uses the console's session cookie, CSRF tokens and base template; its own template folder and
style sheet, so the console's files stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from starlette.templating import Jinja2Templates

from backoffice.console import formatting
from backoffice.console.access import require
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.pages import TEMPLATES as CONSOLE_TEMPLATES
from backoffice.console.routes import ConsoleServices
from backoffice.console.session import tokens_match
from backoffice.console.signed_in import SignedIn, landing
from backoffice.console.team_mail import failing_mail
from backoffice.fleet import wording
from backoffice.fleet.status import StatusClass
from backoffice.fleet.store import (
    FleetError,
    clear_override,
    fleet,
    overrides,
    revoke,
    set_override,
)
from backoffice.storage.fleet_models import OverrideScope
from backoffice.storage.models import StaffRole
from config.overrides import OverrideError

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
router = APIRouter(prefix="/console/fleet", include_in_schema=False)
TextField = Annotated[str, Form(max_length=20000)]


class FleetPages:
    def __init__(
        self,
        office_name: str,
        time: formatting.OfficeTime,
        key_fingerprint: Callable[[], str] = lambda: "",
    ) -> None:
        self._templates = Jinja2Templates(directory=HERE / "templates")
        env = self._templates.env
        env.loader = ChoiceLoader(
            [FileSystemLoader(HERE / "templates"), FileSystemLoader(CONSOLE_TEMPLATES)]
        )
        env.filters["moment"] = time.moment
        env.filters["age"] = _age
        env.filters["size"] = _size
        env.filters["scanner_words"] = wording.scanner_words
        env.filters["presence_words"] = wording.presence_words
        env.filters["short_id"] = wording.short_id
        env.globals["office_name"] = office_name
        # What terminals check at enrollment (kiosk enroll --expect-key).
        env.globals["key_fingerprint"] = key_fingerprint

    def render(
        self, request: Request, template: str, values: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        response = self._templates.TemplateResponse(
            request, template, values, status_code=status, headers=SECURITY_HEADERS
        )
        assert isinstance(response, HTMLResponse)
        return response


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h".replace(".", ",")
    return f"{seconds / 86400:.0f} Tage"


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}".replace(".", ",")
        count /= 1024
    return f"{count:.1f} TB"


def _services(request: Request) -> ConsoleServices:
    services: ConsoleServices = request.app.state.console
    return services


def _pages(request: Request) -> FleetPages:
    pages: FleetPages = request.app.state.fleet_pages
    return pages


def _forbidden(request: Request, staff: SignedIn) -> Response:
    log.info("fleet page refused to staff #%d (not IT)", staff.user.id)
    return _pages(request).render(
        request,
        "fleet_forbidden.html",
        {"staff": staff.user, "csrf_token": staff.csrf_token, "home": landing(staff.user)},
        403,
    )


def _gate(request: Request) -> SignedIn | Response:
    return require(request, StaffRole.IT, _forbidden)


def _page(request: Request, staff: SignedIn, error: str = "", status: int = 200) -> Response:
    office = _services(request).office
    now = office.clock.now()
    with office.sessions() as db:
        views = fleet(db, now)
        configs = overrides(db)
        mail_failures = failing_mail(db)
    alerts = [view for view in views if view.status not in (StatusClass.OK, StatusClass.NEW)]
    order = [
        StatusClass.DAMAGED,
        StatusClass.ALARM,
        StatusClass.OFFLINE,
        StatusClass.WARNING,
        StatusClass.REVOKED,
    ]
    alerts.sort(key=lambda view: order.index(view.status))
    counts = {status: sum(view.status is status for view in views) for status in StatusClass}
    return _pages(request).render(
        request,
        "fleet.html",
        {
            "staff": staff.user,
            "csrf_token": staff.session.csrf_token,
            "views": views,
            "alerts": alerts,
            "counts": counts,
            "statuses": list(StatusClass),
            "overrides": configs,
            "mail_failures": mail_failures,
            "now": now,
            "section": "fleet",
            "error": error,
        },
        status,
    )


@router.get("")
def fleet_page(request: Request) -> Response:
    staff = _gate(request)
    return staff if isinstance(staff, Response) else _page(request, staff)


@router.get("/fleet.css")
def style_sheet() -> FileResponse:
    return FileResponse(HERE / "static" / "fleet.css", media_type="text/css")


def _checked(request: Request, csrf_token: str) -> SignedIn | Response:
    staff = _gate(request)
    if isinstance(staff, Response):
        return staff
    if not tokens_match(staff.session.csrf_token, csrf_token):
        return _page(request, staff, "Die Seite war zu lange geöffnet. Bitte noch einmal.", 403)
    return staff


@router.post("/{device_id}/revoke")
def revoke_terminal(request: Request, device_id: str, csrf_token: TextField = "") -> Response:
    staff = _checked(request, csrf_token)
    if isinstance(staff, Response):
        return staff
    office = _services(request).office
    try:
        with office.sessions() as db, db.begin():
            revoke(db, office.clock, device_id, f"staff #{staff.user.id}")
    except FleetError as exc:
        return _page(request, staff, str(exc), 404)
    return RedirectResponse("/console/fleet", status_code=303)


@router.post("/config")
def save_config(
    request: Request,
    scope: TextField = "",
    target: TextField = "",
    text: TextField = "",
    csrf_token: TextField = "",
) -> Response:
    staff = _checked(request, csrf_token)
    if isinstance(staff, Response):
        return staff
    office = _services(request).office
    try:
        which = OverrideScope(scope)
        with office.sessions() as db, db.begin():
            if text.strip():
                set_override(db, office.clock, which, target.strip(), text, staff.user.username)
            else:
                clear_override(db, which, target.strip())
    except ValueError as exc:  # OverrideError, FleetError-free bad scope
        message = str(exc) if isinstance(exc, OverrideError) else "Unbekannter Geltungsbereich."
        return _page(request, staff, f"Konfiguration abgelehnt: {message}", 422)
    except FleetError as exc:
        return _page(request, staff, f"Konfiguration abgelehnt: {exc}", 422)
    return RedirectResponse("/console/fleet", status_code=303)
