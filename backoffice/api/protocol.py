"""The office's side of the protocol version (:mod:`contract.version`): every call under
``/api/v1`` (HTTP and the terminal's signaling socket) that declares a version this office does
not accept is refused before it reaches a route, with a problem naming both versions.

``/api/v1/health`` is exempt: it says only whether the office is up, and the terminal's
reachability probe and monitoring ask it whatever they speak.
"""

from __future__ import annotations

import logging

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from backoffice.problems import problem
from contract.submissions import API_PREFIX
from contract.version import (
    ACCEPTED_HEADER,
    OFFICE_ACCEPTS,
    PROTOCOL_HEADER,
    VersionRange,
    declared_version,
    refusal_detail,
)

log = logging.getLogger(__name__)

HEALTH_PATH = f"{API_PREFIX}/health"
REFUSAL_TITLE = "Unsupported protocol version"


class ProtocolCheck:
    """ASGI middleware: refuses API calls of a protocol version outside ``accepted``."""

    def __init__(self, app: ASGIApp, accepted: VersionRange = OFFICE_ACCEPTS) -> None:
        self._app = app
        self._accepted = accepted

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._checked(scope):
            await self._app(scope, receive, send)
            return
        declared = Headers(scope=scope).get(PROTOCOL_HEADER)
        version = declared_version(declared)
        if version is not None and self._accepted.accepts(version):
            await self._app(scope, receive, send)
            return
        # The declared text only in its checked form: a header is the caller's to fill.
        log.warning(
            "refused a %s call to %s: protocol version %s (this office accepts %s)",
            scope["type"],
            scope["path"],
            version if version is not None else "not a number",
            self._accepted,
        )
        response = problem(
            400,
            REFUSAL_TITLE,
            refusal_detail(declared, self._accepted),
            headers={ACCEPTED_HEADER: str(self._accepted)},
        )
        if scope["type"] == "http":
            await response(scope, receive, send)
            return
        socket = WebSocket(scope, receive, send)
        try:
            await socket.send_denial_response(response)
        except RuntimeError:  # a server without the denial extension: a bare refusal
            await socket.close(code=1008)

    def _checked(self, scope: Scope) -> bool:
        if scope["type"] not in ("http", "websocket"):
            return False
        path: str = scope["path"]
        return path.startswith(f"{API_PREFIX}/") and path != HEALTH_PATH
