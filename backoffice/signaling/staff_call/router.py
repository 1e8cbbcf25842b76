"""Serves the call pages: ``/console/call`` for staff and the office's interpreters, and
``/call/join/<token>`` for an external interpreter on a one-time link. HTML, scripts and a
style sheet; no build step."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from backoffice.console.formatting import LANGUAGES
from backoffice.signaling.auth import StaffAuthenticator, StaffWithoutCalls

_HERE = Path(__file__).parent
_templates = Jinja2Templates(directory=str(_HERE / "templates"))
_SCRIPTS = frozenset({"call", "pages", "peers", "rings", "interpreting", "join"})
# The page's script runs without inline code, so a strict policy costs nothing.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self' blob:; "
        "connect-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), microphone=(self)",
}
# The one-time link is the guest's only credential: it must not leak through a Referer.
_GUEST_HEADERS = _SECURITY_HEADERS | {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
# What a guest may say they interpret (the terminal's languages, in German).
_GUEST_LANGUAGES = {code: name for code, name in LANGUAGES.items() if code != "de-simple"}


class GuestLinks(Protocol):
    async def guest_link_open(self, token: str) -> bool: ...


def staff_call_router(
    staff: StaffAuthenticator, guests: GuestLinks, login_path: str = "/console/login"
) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/console/call", response_model=None)
    def call_page(request: Request) -> Response:
        identity = staff.authenticate(dict(request.cookies))
        if identity is None:
            return RedirectResponse(f"{login_path}?next=/console/call", status_code=303)
        if isinstance(identity, StaffWithoutCalls):
            return _templates.TemplateResponse(
                request,
                "call_forbidden.html",
                {"home": identity.home, "missing_languages": identity.missing_languages},
                status_code=403,
                headers=_SECURITY_HEADERS,
            )
        role = "interpreter" if identity.profile.interpreter else "staff"
        config = {"signalingPath": "/console/signaling", "role": role, "languages": LANGUAGES}
        return _templates.TemplateResponse(
            request, "call.html", {"config": config}, headers=_SECURITY_HEADERS
        )

    @router.get("/call/join/{token}")
    async def join_page(request: Request, token: str) -> Response:
        open_link = await guests.guest_link_open(token)
        config = {
            "signalingPath": f"/call/join/{token}/signaling",
            "languages": _GUEST_LANGUAGES,
        }
        return _templates.TemplateResponse(
            request,
            "join.html",
            {"config": config, "open": open_link, "languages": _GUEST_LANGUAGES},
            status_code=200 if open_link else 410,
            headers=_GUEST_HEADERS,
        )

    @router.get("/console/call/{name}.js")
    def module_script(name: str) -> Response:
        if name not in _SCRIPTS:
            return Response(status_code=404)
        return FileResponse(_HERE / "static" / f"{name}.js", media_type="text/javascript")

    @router.get("/console/call/call.css")
    def style() -> FileResponse:
        return FileResponse(_HERE / "static" / "call.css", media_type="text/css")

    return router
