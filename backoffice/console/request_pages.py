"""The inbox and search of callback requests, a request's page, and working it.

``/console`` and ``/console/search?q=…`` are one listing: the inbox is a search without text.
Both are bookmarkable: every filter, the order and the page are in the URL.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from backoffice.console import casework, finder, formatting
from backoffice.console.access import log_access, require
from backoffice.console.casework import AttemptRules, ClaimResult
from backoffice.console.document_finder import DocumentQuery, find_documents
from backoffice.console.routes import _see_other, _services
from backoffice.console.session import tokens_match
from backoffice.console.signed_in import SignedIn
from backoffice.storage.models import CallbackStatus, StaffRole
from backoffice.storage.work_models import AccessAction, AttemptOutcome, RecordKind
from config.console import ConsoleSettings

router = APIRouter(prefix="/console", include_in_schema=False)

NoteField = Annotated[str, Form(max_length=casework.NOTE_MAX_LENGTH * 2)]
TextField = Annotated[str, Form(max_length=1000)]
SEARCH_DOCUMENTS_SHOWN = 10


def _id(text: str) -> int | None:
    # A cursor from an edited or stale link: show the first page rather than an error.
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    return int(text) if text.isascii() and text.isdecimal() and len(text) < 12 else None


def _console(request: Request) -> ConsoleSettings:
    settings: ConsoleSettings = _services(request).office.settings.console
    return settings


def _end_of_today(time: formatting.OfficeTime, now: dt.datetime) -> dt.datetime:
    return time.day_start(time.today(now) + dt.timedelta(days=1))


def _teams(staff: SignedIn, team: str, settings: ConsoleSettings) -> tuple[str, tuple[str, ...]]:
    """The team filter as chosen (``mine`` by default for members of a team)."""
    mine = tuple(staff.user.all_teams)
    chosen = team or ("mine" if mine else "all")
    if chosen == "mine" and mine:
        return chosen, mine
    if chosen in settings.teams:
        return chosen, (chosen,)
    return "all", ()


def _listing(request: Request, params: dict[str, str], searching: bool) -> Response:
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    settings = _console(request)
    now = services.office.clock.now()
    team, teams = _teams(staff, params.get("team", ""), settings)
    query = finder.RequestQuery(
        text=params.get("q", "") if searching else "",
        status=finder.StatusFilter.parse(params.get("status")),
        sort=finder.Sort.parse(params.get("sort")),
        concern=params.get("concern", "")[:40],
        location=params.get("location", "")[:200],
        language=params.get("language", "")[:10],
        teams=teams,
        due_before=_end_of_today(services.time, now) if params.get("due") == "today" else None,
        phone_region=settings.phone_region,
    )
    with services.office.sessions() as db:
        shown = finder.find_page(
            db, query, _id(params.get("after", "")), _id(params.get("before", ""))
        )
        # A search shows no tab counts (the template leaves them out): not counted then.
        counts = None if searching else finder.status_counts(db, teams)
        choices = finder.choices(db)
        documents = (
            find_documents(db, DocumentQuery(text=query.text), size=SEARCH_DOCUMENTS_SHOWN)
            if searching and query.text
            else None
        )
    keep = {
        "q": query.text,
        "status": query.status.value,
        "sort": query.sort.value,
        "concern": query.concern,
        "location": query.location,
        "language": query.language,
        "team": team,
        "due": "today" if query.due_before else "",
    }
    return services.pages.render(
        request,
        "inbox.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "page": shown,
            "counts": counts,
            "choices": choices,
            "teams": settings.teams,
            "keep": keep,
            "searching": searching,
            "documents": documents,
            "max_query": finder.MAX_QUERY_LENGTH,
            "today": _services(request).time.today(now),
            "now": now,
            "section": "search" if searching else "requests",
        },
    )


@router.get("")
@router.get("/")
def inbox_page(request: Request) -> Response:
    return _listing(request, dict(request.query_params), searching=False)


@router.get("/search")
def search_page(request: Request) -> Response:
    return _listing(request, dict(request.query_params), searching=True)


def _not_found(request: Request, staff: SignedIn) -> Response:
    return _services(request).pages.render(
        request, "not_found.html", {"staff": staff.user, "csrf_token": staff.csrf_token}, 404
    )


def _rules(request: Request) -> AttemptRules:
    settings = _console(request)
    return AttemptRules(
        settings.max_failed_attempts, dt.timedelta(minutes=settings.retry_gap_minutes)
    )


@router.get("/requests/{request_id}")
def detail_page(request: Request, request_id: str) -> Response:
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    number = _id(request_id)
    now = services.office.clock.now()
    with services.office.sessions() as db, db.begin():
        callback = casework.find(db, number) if number is not None else None
        if callback is None:
            return _not_found(request, staff)
        log_access(
            db,
            staff.user,
            RecordKind.CALLBACK,
            callback.id,
            callback.reference_code,
            AccessAction.VIEW,
            now,
        )
        history = casework.activities(db, RecordKind.CALLBACK, callback.id)
    suggestion = (
        casework.next_attempt(callback, max(now, callback.due_at or now))
        if callback.status is CallbackStatus.OPEN
        else None
    )
    return services.pages.render(
        request,
        "detail.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "callback": callback,
            "history": history,
            "suggestion": suggestion,
            "rules": _rules(request),
            "outcomes": list(AttemptOutcome),
            "now": now,
            "section": "requests",
        },
    )


def _work(request: Request, request_id: str, csrf_token: str) -> tuple[SignedIn, int] | Response:
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    if not tokens_match(staff.csrf_token, csrf_token):
        return _services(request).pages.render(
            request, "expired.html", {"staff": staff.user, "csrf_token": staff.csrf_token}, 403
        )
    number = _id(request_id)
    if number is None:
        return _not_found(request, staff)
    return staff, number


def _change(request: Request, request_id: str, csrf_token: str, action: Any) -> Response:
    """Runs ``action(db, callback, staff, now)`` in one transaction, then shows the request."""
    checked = _work(request, request_id, csrf_token)
    if isinstance(checked, Response):
        return checked
    staff, number = checked
    office = _services(request).office
    with office.sessions() as db, db.begin():
        callback = casework.find(db, number)
        if callback is None:
            return _not_found(request, staff)
        user = db.merge(staff.user, load=True)
        anchor = action(db, callback, user, office.clock.now()) or ""
    return _see_other(f"/console/requests/{number}{anchor}")


@router.post("/requests/{request_id}/claim")
def claim(request: Request, request_id: str, csrf_token: TextField = "") -> Response:
    def act(db: Any, callback: Any, user: Any, now: dt.datetime) -> str:
        result = casework.claim(db, callback, user, now)
        return "?taken=1" if result is ClaimResult.TAKEN else ""

    return _change(request, request_id, csrf_token, act)


@router.post("/requests/{request_id}/take-over")
def take_over(request: Request, request_id: str, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, casework.take_over)


@router.post("/requests/{request_id}/release")
def release(request: Request, request_id: str, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, casework.release)


@router.post("/requests/{request_id}/attempts")
def attempt(
    request: Request,
    request_id: str,
    outcome: TextField = "",
    note: NoteField = "",
    csrf_token: TextField = "",
) -> Response:
    try:
        chosen = AttemptOutcome(outcome)
    except ValueError:
        chosen = None
    rules = _rules(request)

    def act(db: Any, callback: Any, user: Any, now: dt.datetime) -> str:
        if chosen is None:
            return "?missing=outcome#attempt"
        casework.add_attempt(db, callback, user, chosen, now, rules, note.strip()[:2000])
        return "#verlauf"

    return _change(request, request_id, csrf_token, act)


@router.post("/requests/{request_id}/notes")
def note(
    request: Request, request_id: str, text: NoteField = "", csrf_token: TextField = ""
) -> Response:
    def act(db: Any, callback: Any, user: Any, now: dt.datetime) -> str:
        return "#verlauf" if casework.add_note(db, callback, user, text, now) else ""

    return _change(request, request_id, csrf_token, act)


@router.post("/requests/{request_id}/done")
def mark_done(request: Request, request_id: str, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, casework.mark_done)


@router.post("/requests/{request_id}/reopen")
def reopen(request: Request, request_id: str, csrf_token: TextField = "") -> Response:
    return _change(request, request_id, csrf_token, casework.reopen)
