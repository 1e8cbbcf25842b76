"""The gate: credentials and size before the body, the body counted and timed while it arrives.

Without it, FastAPI reads and parses a whole body before a route's dependencies look at the
token: tens of MB sent with no credentials at all cost seconds of the event loop and hundreds of
MB. Here, for each HTTP request (:mod:`backoffice.gate.policy` says what the route wants):

1. a route for terminals gets its bearer token checked against the database first (an unknown
   or revoked one: 401, the body never read); a console request with a body needs a valid staff
   session (otherwise: to the login page, as the pages themselves do);
2. a ``Content-Length`` above the route's limit is answered 413 at once;
3. while the body arrives (also chunked, where no length is declared) its bytes are counted: past
   the limit, 413; no byte for ``body_idle_seconds`` (settings, 30 s): 408 (a slow-loris
   sender).

Refusals close the connection, so a client cannot go on sending. The route then sees the body
end as a disconnect, and nothing it sends afterwards goes out.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import anyio
from fastapi import HTTPException
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backoffice.gate.policy import Access, MatchedRoute, PolicyTable, RoutePolicy
from backoffice.problems import problem

log = logging.getLogger(__name__)

# Where the gate leaves what it found for the route (see device_of).
_DEVICE_KEY = "gate.device_id"
_ROUTE_KEY = "gate.route"
_CLOSE = {"Connection": "close"}

# A bearer token -> the device's id; raises HTTPException (401) for unknown or revoked ones.
DeviceCheck = Callable[[str], uuid.UUID]
# The request's cookies -> is a member of staff signed in?
StaffCheck = Callable[[Mapping[str, str]], bool]


def device_of(scope: Scope) -> uuid.UUID | None:
    """The device the gate authenticated for this request (None if the route wants none)."""
    found = scope.get("state", {}).get(_DEVICE_KEY)
    return found if isinstance(found, uuid.UUID) else None


def route_of(scope: Scope) -> str | None:
    """The template of the route the gate matched (for log lines: never the raw path)."""
    found = scope.get("state", {}).get(_ROUTE_KEY)
    return found if isinstance(found, str) else None


class _BodyRefusedError(Exception):
    def __init__(self, response: Response, reason: str) -> None:
        super().__init__(reason)
        self.response = response
        self.reason = reason


@dataclass(frozen=True)
class Credentials:
    device: DeviceCheck
    staff: StaffCheck


class RequestGate:
    """ASGI middleware; see the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        table: PolicyTable,
        credentials: Credentials,
        idle_seconds: float,
    ) -> None:
        self._app = app
        self._table = table
        self._credentials = credentials
        self._idle = idle_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        matched = self._table.match(scope["app"].router.routes, scope)
        policy = matched.policy if matched else self._table.for_route(scope["method"], "")
        state = scope.setdefault("state", {})
        if matched is not None:
            state[_ROUTE_KEY] = matched.template
        refusal = await self._refusal(scope, matched, policy)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await _BodyWatch(self._app, policy.max_body, self._idle)(scope, receive, send)

    async def _refusal(
        self, scope: Scope, matched: MatchedRoute | None, policy: RoutePolicy
    ) -> Response | None:
        headers = Headers(scope=scope)
        declared = _declared_length(headers)
        if matched is not None and policy.access is Access.DEVICE:
            found = await self._device(scope, headers)
            if isinstance(found, Response):
                return found
            scope["state"][_DEVICE_KEY] = found
        elif policy.access is Access.STAFF and _has_body(scope, headers, declared):
            cookies = cookie_parser(headers.get("cookie", ""))
            if not await anyio.to_thread.run_sync(self._credentials.staff, cookies):
                return RedirectResponse("/console/login", status_code=303, headers=_CLOSE)
        if declared is not None and declared > policy.max_body:
            return _too_large(policy.max_body)
        return None

    async def _device(self, scope: Scope, headers: Headers) -> uuid.UUID | Response:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return problem(
                401,
                "Unauthorized",
                "A device token is required.",
                {"WWW-Authenticate": "Bearer", **_CLOSE},
            )
        try:
            device: uuid.UUID = await anyio.to_thread.run_sync(
                self._credentials.device, token.strip()
            )
        except HTTPException as refused:
            detail = refused.detail if isinstance(refused.detail, str) else "Unauthorized."
            return problem(401, "Unauthorized", detail, {**(refused.headers or {}), **_CLOSE})
        return device


def _declared_length(headers: Headers) -> int | None:
    text = headers.get("content-length")
    if text is None:
        return None
    text = text.strip()
    # The HTTP server refuses a malformed length before we are called; a huge one is "too big".
    return int(text) if text.isascii() and text.isdecimal() and len(text) < 19 else 2**63


def _has_body(scope: Scope, headers: Headers, declared: int | None) -> bool:
    if scope["method"] in ("GET", "HEAD", "OPTIONS"):
        return False
    return bool(declared) or "chunked" in headers.get("transfer-encoding", "").lower()


def _too_large(limit: int) -> Response:
    return problem(413, "Content Too Large", f"This request takes at most {limit} bytes.", _CLOSE)


def _too_slow(idle: float) -> Response:
    return problem(
        408,
        "Request Timeout",
        f"No part of the request body arrived for {idle:.0f} seconds.",
        _CLOSE,
    )


class _BodyWatch:
    """One request's body: counted and timed; refused by answering in the route's place."""

    def __init__(self, app: ASGIApp, limit: int, idle: float) -> None:
        self._app = app
        self._limit = limit
        self._idle = idle
        self._seen = 0
        self._complete = False
        self._answered = False  # the gate sent a refusal: the route's answer is dropped
        self._started = False  # the route began its own answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def watched_receive() -> Message:
            if self._answered:
                return {"type": "http.disconnect"}
            try:
                return await self._next(receive)
            except _BodyRefusedError as refused:
                log.warning(
                    "request body refused on %s %s: %s",
                    scope["method"],
                    route_of(scope) or "(no route)",
                    refused.reason,
                )
                if not self._started:
                    self._answered = True
                    await refused.response(scope, receive, send)
                return {"type": "http.disconnect"}

        async def guarded_send(message: Message) -> None:
            if self._answered:
                return
            if message["type"] == "http.response.start":
                self._started = True
            await send(message)

        await self._app(scope, watched_receive, guarded_send)

    async def _next(self, receive: Receive) -> Message:
        if self._complete:
            return await receive()  # only a disconnect can come: no clock on it
        with anyio.move_on_after(self._idle) as waited:
            message = await receive()
        if waited.cancelled_caught:
            raise _BodyRefusedError(_too_slow(self._idle), "stalled")
        if message["type"] == "http.request":
            self._seen += len(message.get("body", b""))
            if self._seen > self._limit:
                raise _BodyRefusedError(_too_large(self._limit), "too large")
            self._complete = not message.get("more_body", False)
        return message
