"""The fleet page for IT staff: ``/console/fleet``. Case workers get 403, visitors the login.

Uses the console's session cookie, CSRF tokens and base template; its own template folder and
style sheet, so the console's files stay as they are. It speaks German or English
(``language.py``): the words are in ``german.py`` and ``english.py``, switched on the page by a
small form that remembers the choice in a cookie.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, FileSystemLoader, pass_context
from jinja2.runtime import Context
from starlette.templating import Jinja2Templates

from backoffice.console import formatting
from backoffice.console.access import current_staff, require
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.pages import TEMPLATES as CONSOLE_TEMPLATES
from backoffice.console.routes import ConsoleServices
from backoffice.console.session import tokens_match
from backoffice.console.signed_in import SignedIn, landing
from backoffice.console.team_mail import failing_mail
from backoffice.fleet import wording
from backoffice.fleet.language import LANGUAGE_COOKIE, NAMES, Language, chosen_language
from backoffice.fleet.phrases import Phrases, Refusal
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
# A language code ("en"); anything longer is no language of ours.
LanguageField = Annotated[str, Form(max_length=16)]
# The choice outlives a session: a year, renewed with every switch.
LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600


@dataclass(frozen=True)
class PageError:
    """What the page refused, in words, and the technical reason for "Details" ("" for none)."""

    refusal: Refusal
    detail: str = ""


def page_words(request: Request) -> Phrases:
    """The words of the language this request is answered in (``language.py``)."""
    chosen = chosen_language(
        request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language")
    )
    return wording.phrases(chosen)


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
        spoken: dict[str, Callable[[Any, Phrases], str]] = {
            "moment": lambda value, words: wording.moment(value, words, time),
            "age": wording.age,
            "size": wording.size,
            "status_words": wording.status_words,
            "scanner_words": wording.scanner_words,
            "presence_words": wording.presence_words,
            "problem_words": wording.problem_words,
        }
        for name, write in spoken.items():
            env.filters[name] = _in_page_language(write)
        env.filters["short_id"] = wording.short_id
        env.globals["office_name"] = office_name
        env.globals["language_names"] = NAMES
        # What terminals check at enrollment (kiosk enroll --expect-key).
        env.globals["key_fingerprint"] = key_fingerprint

    def render(
        self, request: Request, template: str, values: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        words = page_words(request)
        headers = {
            **SECURITY_HEADERS,
            "Content-Language": words.language.value,
            # Another cookie or browser language may get another page from the same URL.
            "Vary": "Accept-Language, Cookie",
        }
        # base.html takes ``chrome`` (None: its own German) for its header and footer.
        response = self._templates.TemplateResponse(
            request,
            template,
            {**values, "words": words, "chrome": words.chrome},
            status_code=status,
            headers=headers,
        )
        assert isinstance(response, HTMLResponse)
        return response


def _in_page_language(write: Callable[[Any, Phrases], str]) -> Callable[[Context, Any], str]:
    """A filter that writes its value in the language of the page being rendered."""

    def spoken(context: Context, value: Any) -> str:
        return write(value, context["words"])

    return pass_context(spoken)


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


def _page(
    request: Request, staff: SignedIn, error: PageError | None = None, status: int = 200
) -> Response:
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
            "scopes": list(OverrideScope),
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
        return _page(request, staff, PageError(Refusal.STALE_PAGE), 403)
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
        return _page(request, staff, PageError(Refusal.NO_SUCH_TERMINAL, str(exc)), 404)
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
    except ValueError:
        return _page(request, staff, PageError(Refusal.UNKNOWN_SCOPE), 422)
    try:
        with office.sessions() as db, db.begin():
            if text.strip():
                set_override(db, office.clock, which, target.strip(), text, staff.user.username)
            else:
                clear_override(db, which, target.strip())
    except OverrideError as exc:
        return _page(request, staff, PageError(Refusal.CONFIG_REFUSED, str(exc)), 422)
    except FleetError as exc:  # a terminal id that names no terminal
        return _page(request, staff, PageError(Refusal.NO_SUCH_TERMINAL, str(exc)), 422)
    return RedirectResponse("/console/fleet", status_code=303)


@router.post("/language")
def choose_language(
    request: Request, language: LanguageField = "", csrf_token: TextField = ""
) -> Response:
    """The page's language switch: any signed-in member of staff (the 403 page has it too)."""
    staff = current_staff(request)
    if staff is None:
        return RedirectResponse("/console/login", status_code=303)
    response = RedirectResponse("/console/fleet", status_code=303)
    # A stale token or a language we do not speak: the page again, as it was.
    if not tokens_match(staff.csrf_token, csrf_token) or language not in NAMES:
        return response
    response.set_cookie(
        LANGUAGE_COOKIE,
        Language(language).value,
        max_age=LANGUAGE_COOKIE_SECONDS,
        path="/console",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response
