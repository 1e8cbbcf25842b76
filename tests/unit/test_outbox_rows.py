"""Salvage reads rows by their column order: it must be the order the migrations make."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sync.outbox import Outbox
from sync.outbox_rows import ATTACHMENT_COLUMNS, SUBMISSION_COLUMNS


def test_salvage_knows_the_columns_the_migrations_make(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path):
        pass
    connection = sqlite3.connect(path)
    try:
        tables = {
            table: tuple(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
            for table in ("submissions", "attachments")
        }
    finally:
        connection.close()
    # A new migration that adds a column must add it to sync.outbox_rows as well.
    assert tables == {"submissions": SUBMISSION_COLUMNS, "attachments": ATTACHMENT_COLUMNS}
