"""Copying the office's database while the office writes to it, by its engine
(``backoffice.storage.layout`` says which and how).

SQLite: the online backup API (``sqlite3.Connection.backup``) copies one consistent snapshot
under a read transaction; in WAL mode writers go on meanwhile. A plain file copy could catch a
page half-written or miss what is still in the WAL.

PostgreSQL (a region): ``pg_dump`` in its custom format, which reads one snapshot (a single
repeatable-read transaction) while the nodes go on writing; ``pg_restore`` puts it back.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from backoffice.storage.layout import DatabaseEngine, StorageLayout, storage_layout
from config import BackofficeSettings

SQLITE_MEMBER = "database/backoffice.sqlite3"
POSTGRESQL_MEMBER = "database/backoffice.pgdump"


class DatabaseCopyError(Exception):
    """The database cannot be copied or checked. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class DatabaseSnapshot:
    path: Path
    # Its name in the backup, and its engine (the manifest says which restore applies).
    member: str
    engine: DatabaseEngine


def copy_database(data_dir: Path, settings: BackofficeSettings, scratch: Path) -> DatabaseSnapshot:
    layout = storage_layout(data_dir, settings)
    if layout.engine is DatabaseEngine.POSTGRESQL:
        return _dump_postgresql(layout, scratch / "backoffice.pgdump")
    assert layout.sqlite_file is not None
    return _copy_sqlite(layout.sqlite_file, scratch / "backoffice.sqlite3")


def _copy_sqlite(database: Path, target: Path) -> DatabaseSnapshot:
    if not database.exists():
        raise DatabaseCopyError(f"{database}: no database file")
    source = sqlite3.connect(database, timeout=30)
    try:
        source.execute("PRAGMA busy_timeout = 30000")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # all pages in one step: one snapshot
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise DatabaseCopyError(f"{database}: cannot be copied ({exc})") from None
    finally:
        source.close()
    return DatabaseSnapshot(target, SQLITE_MEMBER, DatabaseEngine.SQLITE)


def _dump_postgresql(layout: StorageLayout, target: Path) -> DatabaseSnapshot:
    with target.open("wb") as out:
        try:
            result = subprocess.run(
                layout.dump_command,
                env={**os.environ, **layout.dump_environment},
                stdout=out,
                stderr=subprocess.PIPE,
                check=False,
            )
        except FileNotFoundError:
            raise DatabaseCopyError(
                "pg_dump is not installed (Debian: postgresql-client)"
            ) from None
    if result.returncode != 0:
        reason = (result.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1]
        raise DatabaseCopyError(f"pg_dump of {layout.shown_url} failed: {reason}")
    return DatabaseSnapshot(target, POSTGRESQL_MEMBER, DatabaseEngine.POSTGRESQL)


def check_database(path: Path) -> None:
    """SQLite's own integrity check on a restored file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as exc:
        raise DatabaseCopyError(f"the database in it cannot be read ({exc})") from None
    finally:
        connection.close()
    if result != "ok":
        raise DatabaseCopyError(f"the database in it fails SQLite's integrity check: {result}")
