"""Fixtures shared by all test folders. Keep it small: helpers live in tests/helpers/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.backoffice import BackofficeProcess, running_backoffice


@pytest.fixture
def backoffice(tmp_path: Path) -> Iterator[BackofficeProcess]:
    """A real backoffice (``init`` + ``serve`` subprocess) on a free loopback port."""
    with running_backoffice(tmp_path / "backoffice") as office:
        yield office
