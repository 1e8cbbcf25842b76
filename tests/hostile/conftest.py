"""The hostile-terminal suite: a real backoffice attacked over real HTTP with real sealed payloads
by a terminal whose token was stolen (tests/helpers/hostile.py), on SQLite and on PostgreSQL.

One backoffice per engine serves every module a test process runs (with ``-n 2 --dist
loadfile``: per worker), started when a module first asks for it and kept to the end: starting
one costs more than all its cases, and one office that has taken every attack before the next is
the harder test. (A session-scoped fixture parametrized by engine would be torn down and
started again at every module, as loadfile runs each module's cases on both engines in turn.)
Cases clean up the rows they plant."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest

from tests.helpers.hostile import HostileOffice
from tests.helpers.office_database import OfficeDatabases
from tests.helpers.postgres import PostgresServer

# A short body timeout, so the slow-loris cases take seconds (the default is 30 s).
SETTINGS: dict[str, object] = {"body_idle_seconds": 2.0}

HostileOffices = Callable[[str], HostileOffice]


@pytest.fixture(scope="session")
def hostile_offices(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    postgres_server: PostgresServer,
) -> Iterator[HostileOffices]:
    """The office of an engine, started on first use; all stop when the test process ends.
    ``postgres_server`` is named so it stops after the office on it (pytest tears fixtures
    down in the reverse order of their set-up only for those a fixture names)."""
    offices: dict[str, HostileOffice] = {}
    with contextlib.ExitStack() as running:

        def office(engine: str) -> HostileOffice:
            if engine not in offices:
                databases = OfficeDatabases(engine, request)
                folder = tmp_path_factory.mktemp(f"hostile-{engine}")
                url = (
                    running.enter_context(databases.fresh(folder))
                    if databases.is_postgresql
                    else ""
                )
                offices[engine] = running.enter_context(HostileOffice.start(folder, SETTINGS, url))
            return offices[engine]

        yield office


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hostile(request: pytest.FixtureRequest, hostile_offices: HostileOffices) -> HostileOffice:
    return hostile_offices(request.param)
