"""The staff console under ``/console``: server-rendered German pages, plain HTML forms.

``session.py`` signs the login cookie and CSRF tokens; ``login.py``, ``throttle.py`` and
``directory.py`` check passwords (local or the office directory) and slow down guessing;
``signed_in.py`` is the one way from a cookie to a member of staff and their roles (also
for the fleet page and the call page); ``access.py`` gates the console's pages by role and
keeps the access log; ``finder.py`` and ``document_finder.py`` search and page;
``casework.py`` and ``document_work.py`` change records; ``figures.py`` counts;
``team_mail.py`` tells teams about new work; ``formatting.py`` writes times in the office's
zone; the ``*_pages.py`` and ``routes.py`` modules tie it all to URLs.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from backoffice.console import account_pages, figures_pages, request_pages
from backoffice.console.directory import OfficeDirectory
from backoffice.console.documents import router as documents_router
from backoffice.console.ended_sessions import console_sessions
from backoffice.console.formatting import OfficeTime
from backoffice.console.indexing import reroute
from backoffice.console.login import LoginGuard
from backoffice.console.pages import Pages
from backoffice.console.routes import ConsoleServices, router
from backoffice.console.team_mail import mount_team_mail
from backoffice.context import OfficeContext

STATIC = Path(__file__).resolve().parent / "static"


def mount(app: FastAPI, context: OfficeContext) -> None:
    settings = context.settings.console
    signer, ended = console_sessions(context)
    directory = OfficeDirectory(settings.directory) if settings.directory.url else None
    time = OfficeTime.named(context.settings.timezone)
    app.state.console = ConsoleServices(
        office=context,
        time=time,
        pages=Pages(context.settings.office_name, time),
        signer=signer,
        ended_sessions=ended,
        guard=LoginGuard(context.hasher, context.clock, settings, directory),
    )
    with context.sessions() as db, db.begin():
        reroute(db, settings)
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    app.include_router(router)
    app.include_router(request_pages.router)
    app.include_router(documents_router)
    app.include_router(figures_pages.router)
    app.include_router(account_pages.router)
    mount_team_mail(app, context)
