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

from sqlalchemy.orm import Session, sessionmaker

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.log_privacy import PersonalDataInLogs
from tests.helpers.office_database import OfficeDatabases, office_on, office_sessions_on
from tests.helpers.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server per test session (per xdist worker), started on first use."""
    with PostgresServer.started() as server:
        yield server


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> OfficeDatabases:
    """Which engine the backoffice under test runs on: every backoffice test runs on both.
    A module that means one engine only overrides this fixture with
    :meth:`OfficeDatabases.sqlite_only`.
    """
    return OfficeDatabases(request.param, request)


@pytest.fixture
def sessions(database: OfficeDatabases, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """Sessions on a fresh, migrated backoffice database of the module's engine."""
    with database.fresh(tmp_path) as url, office_sessions_on(url) as sessions:
        yield sessions


@pytest.fixture
def backoffice(database: OfficeDatabases, tmp_path: Path) -> Iterator[BackofficeProcess]:
    """A real backoffice (``init`` + ``serve`` subprocess) on a free loopback port."""
    with office_on(database, tmp_path) as office:
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
