"""URLs of the console's login and logout, and what every console page shares. Every page
but the login needs a session; every POST a CSRF token."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from backoffice.console import access, formatting
from backoffice.console.ended_sessions import EndedSessions
from backoffice.console.login import LoginGuard, LoginOutcome
from backoffice.console.pages import Pages
from backoffice.console.session import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SessionSigner,
    new_csrf_token,
    tokens_match,
)
from backoffice.console.signed_in import landing
from backoffice.context import OfficeContext
from backoffice.storage.models import StaffUser

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console", include_in_schema=False)

TextField = Annotated[str, Form(max_length=1000)]


@dataclass(frozen=True)
class ConsoleServices:
    office: OfficeContext
    time: formatting.OfficeTime
    pages: Pages
    signer: SessionSigner
    ended_sessions: EndedSessions
    guard: LoginGuard


def _services(request: Request) -> ConsoleServices:
    services: ConsoleServices = request.app.state.console
    return services


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _set_cookie(request: Request, response: Response, name: str, value: str, age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=age,
        path="/console",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def source_of(request: Request) -> str:
    """The address a login comes from (behind a reverse proxy: the proxy's, unless uvicorn
    is told to trust its forwarded header)."""
    return (request.client.host if request.client else "unknown")[:64]


# ---- login and logout -------------------------------------------------------------------------

MESSAGES = {
    LoginOutcome.REFUSED: "Benutzername oder Passwort ist falsch.",
    LoginOutcome.NO_ROLE: (
        "Ihr Verzeichniskonto ist für die Konsole nicht freigeschaltet. Bitte wenden Sie sich an "
        "die IT-Betreuung Ihres Hauses."
    ),
    LoginOutcome.DIRECTORY_DOWN: (
        "Der Verzeichnisdienst (Active Directory) antwortet gerade nicht. Bitte versuchen Sie es "
        "in einigen Minuten noch einmal oder melden Sie sich mit einem Notfallkonto an."
    ),
}
STATUS = {LoginOutcome.REFUSED: 401, LoginOutcome.NO_ROLE: 403, LoginOutcome.DIRECTORY_DOWN: 503}


def _login_page(
    request: Request, error: str = "", username: str = "", status: int = 200
) -> Response:
    token = new_csrf_token()
    response = _services(request).pages.render(
        request,
        "login.html",
        {"csrf_token": token, "error": error, "username": username},
        status,
    )
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, 3600)
    return response


@router.get("/login")
def login_form(request: Request) -> Response:
    staff = access.current_staff(request)
    if staff is not None:
        return _see_other(landing(staff.user))
    return _login_page(request)


@router.post("/login")
def login(
    request: Request,
    username: TextField = "",
    password: TextField = "",
    csrf_token: TextField = "",
) -> Response:
    services = _services(request)
    if not tokens_match(request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token):
        return _login_page(
            request,
            "Die Anmeldeseite war zu lange geöffnet. Bitte melden Sie sich noch einmal an.",
            username,
            400,
        )
    with services.office.sessions() as db, db.begin():
        result = services.guard.attempt(db, username, password, source_of(request))
        user = db.get(StaffUser, result.user_id) if result.user_id is not None else None
        home = landing(user) if user is not None else "/console"
    if result.outcome is LoginOutcome.LOCKED and result.locked_until is not None:
        until = services.time.moment(result.locked_until).split(", ")[-1]
        message = (
            f"Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es ab {until} erneut."
        )
        return _login_page(request, message, username, 429)
    if result.outcome is not LoginOutcome.ACCEPTED or result.user_id is None:
        return _login_page(
            request, MESSAGES[result.outcome], username, STATUS.get(result.outcome, 401)
        )
    cookie, _ = services.signer.issue(result.user_id)
    response = _see_other(home)
    _set_cookie(request, response, SESSION_COOKIE, cookie, services.signer.max_age_seconds)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/console")
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: TextField = "") -> Response:
    current = access.current_staff(request)
    if current is not None and tokens_match(current.csrf_token, csrf_token):
        log.info("console logout of staff #%d", current.user.id)
        _services(request).ended_sessions.end(current.session)
        response = _see_other("/console/login")
        response.delete_cookie(SESSION_COOKIE, path="/console")
        return response
    return _see_other("/console")
