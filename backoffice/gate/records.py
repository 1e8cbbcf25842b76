"""A request id for every request, one access line each, and the one place errors end.

The access line names the route's template (``POST /api/v1/uploads/{upload_id}``), never the
request's own path or query: a path can carry whatever a caller typed, and the console's search
has citizens' names in its query. The request id goes back in ``X-Request-Id``.

An error no route handled is answered 500 with the request id in the body, and logged as one
line with the request id and the error's type: never its message (a validation error repeats
its input, a database error its parameters) and never a traceback (frames hold the values as
locals). Caught here, it reaches neither Starlette's error middleware nor the server, which
would both print it whole.

uvicorn writes one line of its own per WebSocket handshake, even with its access log off:
:class:`WebSocketLines` keeps it to the route (see there).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Sequence

from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backoffice.gate.limits import device_of, route_of
from backoffice.gate.policy import websocket_paths
from backoffice.problems import problem
from contract.submissions import API_PREFIX

log = logging.getLogger("backoffice.requests")
access = logging.getLogger("backoffice.access")

REQUEST_ID_HEADER = "X-Request-Id"
_REQUEST_ID_KEY = "records.request_id"
# Terminals probe this every few seconds; their lines would bury everything else.
_QUIET = {f"{API_PREFIX}/health"}


def request_id_of(scope: Scope) -> str:
    found = scope.get("state", {}).get(_REQUEST_ID_KEY)
    return found if isinstance(found, str) else "-"


def _server_error(scope: Scope, request_id: str) -> Response:
    if scope["path"].startswith("/console") and not scope["path"].startswith("/console/fleet/"):
        # Staff read this in the browser: a page, not JSON.
        return HTMLResponse(
            "<!doctype html><html lang=de><meta charset=utf-8><title>Fehler</title>"
            "<h1>Das hat nicht geklappt</h1><p>Bitte versuchen Sie es gleich noch einmal. "
            f"Wenn es wieder nicht geht, nennen Sie der IT die Nummer {request_id}.</p></html>",
            status_code=500,
            headers={REQUEST_ID_HEADER: request_id},
        )
    return problem(
        500,
        "Internal error",
        f"The backoffice could not handle this request (request id {request_id}).",
        {REQUEST_ID_HEADER: request_id},
    )


class RequestRecords:
    """ASGI middleware, outermost of ours; see the module docstring."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self._app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        scope.setdefault("state", {})[_REQUEST_ID_KEY] = request_id
        began = time.monotonic()
        status = 0

        async def recorded_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER.lower().encode(), request_id.encode()),
                ]
            await send(message)

        try:
            await self._app(scope, receive, recorded_send)
        except Exception as exc:  # the one place an unhandled error ends (see the docstring)
            log.error(
                "request %s: unexpected %s on %s %s",
                request_id,
                type(exc).__name__,
                scope.get("method", "WEBSOCKET"),
                route_of(scope) or "(no route)",
            )
            if scope["type"] == "http" and status == 0:
                status = 500
                await _server_error(scope, request_id)(scope, receive, send)
        finally:
            if scope["type"] == "http":  # a call's socket lives for minutes: the hub logs it
                self._record(scope, request_id, status, time.monotonic() - began)

    @staticmethod
    def _record(scope: Scope, request_id: str, status: int, seconds: float) -> None:
        route = route_of(scope)
        if route in _QUIET and status == 200:
            return
        device = device_of(scope)
        access.info(
            "request %s: %s %s %s in %.0f ms%s",
            request_id,
            scope.get("method", "WEBSOCKET"),
            route or "(no route)",
            status or "-",
            seconds * 1000,
            f" (terminal {device})" if device else "",
        )


class WebSocketLines(logging.Filter):
    """uvicorn logs each WebSocket handshake on ``uvicorn.error`` as ``<client> - "WebSocket
    <path?query>" <outcome>``. The client is any text a caller puts in ``X-Forwarded-For`` (the
    front on loopback is trusted), and path and query are what the caller typed: the line keeps
    the outcome and the route's path, and names any other path ``(no route)``."""

    _MESSAGE = '%s - "WebSocket %s"'
    _UVICORN = "uvicorn.error"

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        super().__init__()
        self._paths = websocket_paths(routes)

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if str(record.msg).startswith(self._MESSAGE) and isinstance(args, tuple) and len(args) > 1:
            path = str(args[1]).split("?", 1)[0]
            record.args = ("-", path if path in self._paths else "(no route)", *args[2:])
        return True

    @classmethod
    def install(cls, routes: Sequence[BaseRoute]) -> None:
        """On uvicorn's logger, once per process (a second app replaces the first's filter)."""
        logger = logging.getLogger(cls._UVICORN)
        for old in [f for f in logger.filters if isinstance(f, cls)]:
            logger.removeFilter(old)
        logger.addFilter(cls(routes))
