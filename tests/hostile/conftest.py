"""The hostile-terminal suite: a real backoffice attacked over real HTTP with real sealed payloads
by a terminal whose token was stolen (tests/helpers/hostile.py), on SQLite and on PostgreSQL.

One backoffice per engine serves every module a test process runs (with ``-n 2 --dist
loadfile``: per worker): starting one costs more than all its cases, and one office that has
taken every attack before the next is the harder test. Cases clean up the rows they plant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.hostile import HostileOffice
from tests.helpers.office_database import OfficeDatabases

# A short body timeout, so the slow-loris cases take seconds (the default is 30 s).
SETTINGS: dict[str, object] = {"body_idle_seconds": 2.0}


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def hostile(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[HostileOffice]:
    databases = OfficeDatabases(request.param, request)
    folder = tmp_path_factory.mktemp(f"hostile-{request.param}")
    if not databases.is_postgresql:
        with HostileOffice.start(folder, SETTINGS) as rig:
            yield rig
        return
    with databases.fresh(folder) as url, HostileOffice.start(folder, SETTINGS, url) as rig:
        yield rig
