"""Builds the FastAPI application from an :class:`~backoffice.context.OfficeContext`."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from backoffice import __version__, console
from backoffice.api import problems, routes
from backoffice.context import OfficeContext
from backoffice.efile.mount import mount_efile
from backoffice.fleet.mount import mount_fleet
from backoffice.signaling.mount import mount_video
from backoffice.tus.mount import mount_uploads


def create_app(context: OfficeContext) -> FastAPI:
    app = FastAPI(
        title="Bürgerterminal backoffice",
        version=__version__,
        docs_url=None,
        redoc_url=None,
    )
    app.state.office = context
    problems.install(app)
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
