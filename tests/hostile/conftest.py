"""The hostile-terminal suite: one real backoffice per module, attacked over real HTTP with real
sealed payloads by a terminal whose token was stolen (tests/helpers/hostile.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.hostile import HostileOffice

# A short body timeout, so the slow-loris cases take seconds (the default is 30 s).
SETTINGS = "body_idle_seconds = 2.0\n"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileOffice]:
    with HostileOffice.start(tmp_path_factory.mktemp("hostile"), SETTINGS) as rig:
        yield rig
