"""The hostile-terminal suite: a real backoffice attacked over real HTTP with real sealed payloads
by a terminal whose token was stolen (tests/helpers/hostile.py).

One backoffice serves every module a test process runs (with ``-n 2 --dist loadfile``: one per
worker): starting one costs more than all its cases, and one office that has taken every
attack before the next is the harder test. Cases clean up the rows they plant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.hostile import HostileOffice

# A short body timeout, so the slow-loris cases take seconds (the default is 30 s).
SETTINGS = "body_idle_seconds = 2.0\n"


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileOffice]:
    with HostileOffice.start(tmp_path_factory.mktemp("hostile"), SETTINGS) as rig:
        yield rig
