"""Fixtures for the reliability proof: one real backoffice for the folder, and the soak length.

``BT_SOAK_CYCLES`` sets how many kill cycles the kill test runs (CI: 20); the bench script
``tests/bench/bench_delivery.py`` runs hundreds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.backoffice import BackofficeProcess, running_backoffice

CI_KILL_CYCLES = 20


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    """Starting a backoffice takes many seconds on a busy machine: one for all reliability
    tests; each test enrolls its own terminal and checks only what that terminal sent."""
    with running_backoffice(tmp_path_factory.mktemp("office") / "backoffice") as running:
        yield running


@pytest.fixture
def kill_cycles() -> int:
    return int(os.environ.get("BT_SOAK_CYCLES", CI_KILL_CYCLES))
