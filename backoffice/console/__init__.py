"""The staff console under ``/console``: server-rendered German pages, plain HTML forms.

``session.py`` signs the login cookie and CSRF tokens, ``login.py`` checks passwords and slows
down guessing, ``inbox.py`` reads and changes callback requests, ``formatting.py`` writes dates
and times the German way, ``pages.py`` renders templates, ``routes.py`` ties it to URLs.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from backoffice.console.documents import router as documents_router
from backoffice.console.ended_sessions import console_sessions
from backoffice.console.login import LoginGuard
from backoffice.console.pages import Pages
from backoffice.console.routes import ConsoleServices, router
from backoffice.context import OfficeContext

STATIC = Path(__file__).resolve().parent / "static"


def mount(app: FastAPI, context: OfficeContext) -> None:
    signer, ended = console_sessions(context)
    pages = Pages(context.settings.office_name)
    app.state.console = ConsoleServices(
        office=context,
        pages=pages,
        signer=signer,
        ended_sessions=ended,
        guard=LoginGuard(context.hasher, context.clock),
    )
    app.state.not_found_page = lambda request: pages.render(
        request, "page_not_found.html", {"staff": None}, 404
    )
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    app.include_router(router)
    app.include_router(documents_router)
