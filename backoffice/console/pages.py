"""Renders the console's Jinja2 templates with German formatting and safe headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from backoffice.console import formatting

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Pages show personal data: never cached, never framed, nothing loaded from elsewhere.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class Pages:
    def __init__(self, office_name: str, time: formatting.OfficeTime) -> None:
        self._templates = Jinja2Templates(directory=TEMPLATES)
        env = self._templates.env
        env.filters["window"] = time.stored_window
        env.filters["moment"] = time.moment
        env.filters["short_moment"] = time.short_moment
        env.filters["office_date"] = time.today
        env.filters["phone"] = formatting.phone
        env.filters["language"] = formatting.language
        env.globals["office_name"] = office_name

    def render(
        self,
        request: Request,
        template: str,
        values: dict[str, Any],
        status: int = 200,
    ) -> HTMLResponse:
        response = self._templates.TemplateResponse(
            request, template, values, status_code=status, headers=SECURITY_HEADERS
        )
        assert isinstance(response, HTMLResponse)
        return response
