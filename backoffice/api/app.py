"""Builds the FastAPI application from an :class:`~backoffice.context.OfficeContext`."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from backoffice import __version__, console, problems
from backoffice.api import routes
from backoffice.api.office_gate import add_gate_inside, add_records_outside
from backoffice.api.protocol import ProtocolCheck
from backoffice.context import OfficeContext
from backoffice.efile.mount import mount_efile
from backoffice.fleet.mount import mount_fleet
from backoffice.signaling.mount import mount_video
from backoffice.tus.mount import mount_uploads
from backoffice.tus.protocol import TusProtocol
from contract.version import OFFICE_ACCEPTS, VersionRange


def create_app(context: OfficeContext, accepts: VersionRange = OFFICE_ACCEPTS) -> FastAPI:
    """``accepts``: the terminals' protocol versions this office answers (contract.version)."""
    app = FastAPI(
        title="Bürgerterminal backoffice",
        version=__version__,
        docs_url=None,
        redoc_url=None,
    )
    app.state.office = context
    problems.install(app)
    # Starlette runs the last added outermost: records, headers, protocol check, tus, gate.
    add_gate_inside(app, context)
    app.add_middleware(TusProtocol)  # before the gate: a method override changes the route
    app.add_middleware(ProtocolCheck, accepted=accepts)
    add_records_outside(app)
    app.include_router(routes.router)
    console.mount(app, context)
    mount_video(app, context)
    mount_uploads(app, context)
    mount_fleet(app, context)
    mount_efile(app, context)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/console", status_code=303)

    return app
