"""Fixtures shared by all test folders. Keep it small: helpers live in tests/helpers/."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt memory-maps its compiled-QML cache; test processes running side by side (xdist workers,
# `kiosk run` subprocesses) rewrite the same cache files and the mapped reader dies of SIGBUS.
# Tests compile QML afresh instead; the terminal itself keeps the cache.
os.environ.setdefault("QML_DISABLE_DISK_CACHE", "1")

from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.log_privacy import PersonalDataInLogs


@pytest.fixture
def backoffice(tmp_path: Path) -> Iterator[BackofficeProcess]:
    """A real backoffice (``init`` + ``serve`` subprocess) on a free loopback port."""
    with running_backoffice(tmp_path / "backoffice") as office:
        yield office


@pytest.fixture(autouse=True)
def no_personal_data_in_logs() -> Iterator[None]:
    """Every test: no log record of this process may hold the helpers' marker personal data."""
    root = logging.getLogger()
    guard = PersonalDataInLogs()
    level = root.level
    root.addHandler(guard)
    root.setLevel(logging.INFO if level > logging.INFO else level)
    try:
        yield
    finally:
        root.removeHandler(guard)
        root.setLevel(level)
    if guard.leaks:
        pytest.fail("personal data in log records:\n" + "\n".join(guard.leaks[:10]))
