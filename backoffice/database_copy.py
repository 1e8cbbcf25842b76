"""Copying the office's database while the office writes to it.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies one consistent snapshot
under a read transaction; in WAL mode writers go on meanwhile. A plain file copy could catch
a page half-written or miss what is still in the WAL.

PostgreSQL (a region, ``database_url``): ``pg_dump`` is the tool for it; this office build
refuses with a clear message until that is wired here (the seam is :func:`copy_database`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from backoffice.datadir import DataDir
from config import BackofficeSettings


class DatabaseCopyError(Exception):
    """The database cannot be copied or checked. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class DatabaseSnapshot:
    path: Path
    # Its name in the backup, and its engine (the manifest says which restore applies).
    member: str
    engine: str


def _sqlite_file(data_dir: Path, settings: BackofficeSettings) -> Path | None:
    url = DataDir(data_dir).database_url(settings)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def copy_database(data_dir: Path, settings: BackofficeSettings, scratch: Path) -> DatabaseSnapshot:
    database = _sqlite_file(data_dir, settings)
    if database is None:
        raise DatabaseCopyError(
            "the database is not SQLite: back it up with pg_dump (docs/operations.md), "
            "then this command for keys and files"
        )
    if not database.exists():
        raise DatabaseCopyError(f"{database}: no database file")
    target = scratch / "backoffice.sqlite3"
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
    return DatabaseSnapshot(target, "database/backoffice.sqlite3", "sqlite")


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
