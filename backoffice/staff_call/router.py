"""Serves ``/console/call``: one HTML page, its script and style sheet. No build step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from backoffice.signaling.auth import StaffAuthenticator, StaffWithoutCalls

_HERE = Path(__file__).parent
_templates = Jinja2Templates(directory=str(_HERE / "templates"))
# The page's script runs without inline code, so a strict policy costs nothing.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self' blob:; "
        "connect-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), microphone=(self)",
}


def staff_call_router(
    staff: StaffAuthenticator,
    ice_servers: list[dict[str, Any]],
    login_path: str = "/console/login",
) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/console/call", response_model=None)
    def call_page(request: Request) -> Response:
        found = staff.authenticate(dict(request.cookies))
        if found is None:
            return RedirectResponse(f"{login_path}?next=/console/call", status_code=303)
        if isinstance(found, StaffWithoutCalls):
            return _templates.TemplateResponse(
                request,
                "call_forbidden.html",
                {"home": found.home},
                status_code=403,
                headers=_SECURITY_HEADERS,
            )
        return _templates.TemplateResponse(
            request,
            "call.html",
            {"config": {"iceServers": ice_servers, "signalingPath": "/console/signaling"}},
            headers=_SECURITY_HEADERS,
        )

    @router.get("/console/call/call.js")
    def script() -> FileResponse:
        return FileResponse(_HERE / "static" / "call.js", media_type="text/javascript")

    @router.get("/console/call/pages.js")
    def pages_script() -> FileResponse:
        return FileResponse(_HERE / "static" / "pages.js", media_type="text/javascript")

    @router.get("/console/call/call.css")
    def style() -> FileResponse:
        return FileResponse(_HERE / "static" / "call.css", media_type="text/css")

    return router
