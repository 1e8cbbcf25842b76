"""``/console/figures`` and its CSV export: for the lead role only (counts, no citizen)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backoffice.console import figures
from backoffice.console.access import require
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.routes import _services
from backoffice.storage.models import StaffRole

router = APIRouter(prefix="/console", include_in_schema=False)


def _count(request: Request) -> figures.Figures:
    services = _services(request)
    today = services.time.today(services.office.clock.now())
    period = figures.Period.parse(
        request.query_params.get("from", "")[:10], request.query_params.get("to", "")[:10], today
    )
    with services.office.sessions() as db:
        return figures.count(db, period, services.time)


@router.get("/figures")
def figures_page(request: Request) -> Response:
    staff = require(request, StaffRole.LEAD)
    if isinstance(staff, Response):
        return staff
    counted = _count(request)
    busiest = max(counted.per_day.values(), default=0)
    return _services(request).pages.render(
        request,
        "figures.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "f": counted,
            "busiest": busiest,
            "section": "figures",
        },
    )


@router.get("/figures.csv")
def figures_csv(request: Request) -> Response:
    staff = require(request, StaffRole.LEAD)
    if isinstance(staff, Response):
        return staff
    counted = _count(request)
    name = f"kennzahlen-{counted.period.first.isoformat()}-{counted.period.last.isoformat()}.csv"
    return Response(
        "\ufeff" + figures.as_csv(counted),  # the BOM makes spreadsheets read UTF-8
        media_type="text/csv; charset=utf-8",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
    )
