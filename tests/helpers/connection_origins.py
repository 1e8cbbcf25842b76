"""Diagnosis plugin: names where each SQLite connection was opened, for leak reports.

Python 3.13 reports an unclosed SQLite connection when the garbage collector frees it, which
can be long after, and in another test than, the one that left it open; the report says only
``<sqlite3.Connection object at 0x…>``. Run with ``-p tests.helpers.connection_origins`` and
the report reads ``<connection opened at outbox.py:147 <- outbox_access.py:94 <- …>``, and
garbage is collected after each test so the report comes as early as it can.
"""

from __future__ import annotations

import gc
import sqlite3
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

_open_connection = sqlite3.connect
_FRAMES = 12


class OriginNamingConnection(sqlite3.Connection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        callers = traceback.extract_stack()[:-2][::-1][:_FRAMES]
        self._origin = " <- ".join(f"{c.filename.rsplit('/', 1)[-1]}:{c.lineno}" for c in callers)

    def __repr__(self) -> str:
        return f"<connection opened at {self._origin}>"


def _connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    kwargs.setdefault("factory", OriginNamingConnection)
    connection: sqlite3.Connection = _open_connection(*args, **kwargs)
    return connection


sqlite3.connect = _connect  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def garbage_collected_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
