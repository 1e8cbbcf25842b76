"""Renders the console's Jinja2 templates with German formatting and safe headers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from starlette.templating import Jinja2Templates

from backoffice.console import formatting
from backoffice.damage import Damaged, or_damaged, render_rows

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

    def render_or_damaged(
        self, request: Request, template: str, values: dict[str, Any], kind: str, record_id: object
    ) -> HTMLResponse:
        """A page about one record; if the record cannot be shown (or could not be loaded: a
        :class:`Damaged` among ``values``), the damaged page instead, never a 500."""
        marker = next((v for v in values.values() if isinstance(v, Damaged)), None)
        if marker is None:
            shown = or_damaged(kind, record_id, lambda: self.render(request, template, values))
            if isinstance(shown, HTMLResponse):
                return shown
            marker = shown
        return self.render(request, "damaged.html", {**values, "marker": marker})

    def rows(
        self, template: str, items: Sequence[object], kind: str, columns: int, **values: Any
    ) -> list[Markup]:
        """Table rows, each rendered alone (:func:`backoffice.damage.render_rows`)."""
        env = self._templates.env
        return render_rows(env, template, items, kind, columns, values)
