"""The database a backoffice test runs on: SQLite (a file in the test's folder) or a fresh
database on the session's PostgreSQL server (:mod:`tests.helpers.postgres`)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.engine import make_engine, make_session_factory
from backoffice.storage.migrate import upgrade
from backoffice.storage.models import Device
from tests.helpers.backoffice import BackofficeProcess, running_backoffice, settings_file
from tests.helpers.postgres import PostgresServer


class OfficeDatabases:
    def __init__(self, engine: str, request: pytest.FixtureRequest) -> None:
        self.engine = engine
        self._request = request

    @classmethod
    def sqlite_only(cls, request: pytest.FixtureRequest) -> OfficeDatabases:
        """For a module's own ``database`` fixture where the office's engine is not what is
        under test (the terminal's journeys): SQLite only."""
        return cls("sqlite", request)

    def __repr__(self) -> str:
        return self.engine

    @property
    def is_postgresql(self) -> bool:
        return self.engine == "postgresql"

    def server(self) -> PostgresServer:
        server: PostgresServer = self._request.getfixturevalue("postgres_server")
        return server

    @contextlib.contextmanager
    def fresh(self, folder: Path) -> Iterator[str]:
        """A new database's URL: on PostgreSQL with the schema in place (from a template),
        dropped afterwards; on SQLite a file in ``folder``."""
        if not self.is_postgresql:
            folder.mkdir(parents=True, exist_ok=True)
            yield f"sqlite:///{folder / 'office.sqlite3'}"
            return
        server = self.server()
        url = server.fresh_database()
        try:
            yield url
        finally:
            server.drop_database(url)


@contextlib.contextmanager
def office_sessions_on(url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(url)
    upgrade(engine)
    try:
        yield make_session_factory(engine)
    finally:
        engine.dispose()


@contextlib.contextmanager
def office_on(
    databases: OfficeDatabases, folder: Path, **settings: str | float
) -> Iterator[BackofficeProcess]:
    """A real backoffice (``init`` + ``serve``) in ``folder`` on a fresh database; on SQLite
    the office's own file in its data folder, as a one-office installation has it.
    ``settings``: more keys of its settings file (dotted TOML keys, e.g. ``video.x``)."""
    data = folder / "backoffice"
    if not databases.is_postgresql:
        config = settings_file(data, "", **settings) if settings else None
        with running_backoffice(data, config=config) as office:
            yield office
        return
    with (
        databases.fresh(folder) as url,
        running_backoffice(data, config=settings_file(data, url, **settings)) as office,
    ):
        yield office


def stored_device(sessions: sessionmaker[Session], clock: Clock) -> uuid.UUID:
    """An enrolled terminal's row (its token unknown: for store-level tests)."""
    device_id = uuid.uuid4()
    with sessions.begin() as session:
        session.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    return device_id
