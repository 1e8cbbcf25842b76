"""URLs of the console. Every page but the login needs a session; every POST a CSRF token."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from backoffice.console import formatting, inbox
from backoffice.console.ended_sessions import EndedSessions
from backoffice.console.login import LoginGuard, LoginOutcome
from backoffice.console.pages import Pages
from backoffice.console.session import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SessionSigner,
    StaffSession,
    new_csrf_token,
    tokens_match,
)
from backoffice.console.signed_in import SignedIn, signed_in_staff
from backoffice.context import OfficeContext
from backoffice.storage.models import StaffUser

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console", include_in_schema=False)

TextField = Annotated[str, Form(max_length=1000)]


@dataclass(frozen=True)
class ConsoleServices:
    office: OfficeContext
    pages: Pages
    signer: SessionSigner
    ended_sessions: EndedSessions
    guard: LoginGuard


def _services(request: Request) -> ConsoleServices:
    services: ConsoleServices = request.app.state.console
    return services


def _staff(request: Request) -> SignedIn | None:
    services = _services(request)
    return signed_in_staff(services.signer, services.office.sessions, request.cookies)


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


# ---- login and logout -------------------------------------------------------------------------


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
    if _staff(request) is not None:
        return _see_other("/console")
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
        result = services.guard.attempt(db, username, password)
    if result.outcome is LoginOutcome.LOCKED and result.locked_until is not None:
        until = formatting.moment(result.locked_until).split(", ")[-1]
        message = (
            f"Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es ab {until} erneut."
        )
        return _login_page(request, message, username, 429)
    if result.outcome is not LoginOutcome.ACCEPTED or result.user_id is None:
        return _login_page(request, "Benutzername oder Passwort ist falsch.", username, 401)
    cookie, _ = services.signer.issue(result.user_id)
    response = _see_other("/console")
    _set_cookie(request, response, SESSION_COOKIE, cookie, services.signer.max_age_seconds)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/console")
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: TextField = "") -> Response:
    current = _staff(request)
    if current is not None and tokens_match(current[0].csrf_token, csrf_token):
        log.info("console logout of staff #%d", current[1].id)
        _services(request).ended_sessions.end(current[0])
        response = _see_other("/console/login")
        response.delete_cookie(SESSION_COOKIE, path="/console")
        return response
    return _see_other("/console")


# ---- inbox and detail ---------------------------------------------------------------------------


@router.get("")
@router.get("/")
def inbox_page(
    request: Request, status: str | None = None, before: str = "", after: str = ""
) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    services = _services(request)
    which = inbox.InboxFilter.parse(status)
    now = services.office.clock.now()
    with services.office.sessions() as db:
        shown = inbox.page(db, which, _request_id(before), _request_id(after))
        totals = inbox.counts(db)
    return services.pages.render(
        request,
        "inbox.html",
        {
            "staff": current[1],
            "csrf_token": current[0].csrf_token,
            "requests": shown.requests,
            "older": shown.older,
            "newer": shown.newer,
            "counts": totals,
            "which": which.value,
            "today": formatting.office_today(now),
            "now": now,
        },
    )


def _request_id(text: str) -> int | None:
    # A cursor from an edited or stale link: show the first page rather than an error.
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    return int(text) if text.isascii() and text.isdecimal() and len(text) < 12 else None


def _not_found(request: Request, current: tuple[StaffSession, StaffUser]) -> Response:
    return _services(request).pages.render(
        request,
        "not_found.html",
        {"staff": current[1], "csrf_token": current[0].csrf_token},
        404,
    )


@router.get("/requests/{request_id}")
def detail_page(request: Request, request_id: int) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    services = _services(request)
    with services.office.sessions() as db:
        callback = inbox.find(db, request_id)
    if callback is None:
        return _not_found(request, current)
    return services.pages.render(
        request,
        "detail.html",
        {"staff": current[1], "csrf_token": current[0].csrf_token, "callback": callback},
    )


@router.post("/requests/{request_id}/done")
def mark_done(request: Request, request_id: int, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, done=True)


@router.post("/requests/{request_id}/reopen")
def reopen(request: Request, request_id: int, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, done=False)


def _change(request: Request, request_id: int, csrf_token: str, done: bool) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    session, staff = current
    services = _services(request)
    if not tokens_match(session.csrf_token, csrf_token):
        return services.pages.render(
            request, "expired.html", {"staff": staff, "csrf_token": session.csrf_token}, 403
        )
    with services.office.sessions() as db, db.begin():
        callback = inbox.find(db, request_id)
        if callback is None:
            return _not_found(request, current)
        if done:
            inbox.mark_done(db, services.office.clock, callback, staff)
        else:
            inbox.reopen(db, callback, staff)
    return _see_other(f"/console/requests/{request_id}")
