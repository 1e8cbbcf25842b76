"""Security headers on every response: API answers, pages, static files, the call page.

A route may set its own (the console's pages and the call page have their own
Content-Security-Policy; the call page its Permissions-Policy for camera and microphone); every
header a response lacks is added from :data:`DEFAULTS`. HSTS is the TLS front's job
(``Strict-Transport-Security`` belongs to the HTTPS answer, which the backoffice never sees).

Caching: nothing is stored by a browser or proxy (``no-store``), but the static files, which
hold no personal data and are asked for on every page (:data:`CACHEABLE`).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Nothing loads, nothing frames, nothing posts: right for JSON and files; pages bring their own.
DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# No page but the call page uses camera or microphone; none uses the rest.
DEFAULT_PERMISSIONS = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()"
)
DEFAULTS = {
    "content-security-policy": DEFAULT_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "permissions-policy": DEFAULT_PERMISSIONS,
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "no-store",
}
# Style sheets and scripts: the same for everyone, no personal data in them.
CACHEABLE = (
    "/console/static/",
    "/console/call/call.",
    "/console/call/pages.js",
    "/console/fleet/fleet.css",
)
STATIC_CACHE = "private, max-age=3600"


class SecurityHeaders:
    """ASGI middleware; see the module docstring."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        cacheable = scope["path"].startswith(CACHEABLE)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in DEFAULTS.items():
                    if name not in headers:
                        headers[name] = value
                if cacheable and message["status"] == 200:
                    headers["cache-control"] = STATIC_CACHE
            await send(message)

        await self._app(scope, receive, send_with_headers)
