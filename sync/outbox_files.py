"""The outbox's files on the disk: where they are, who may read them, how the database opens.

Everything in the data folder is the terminal's alone: files 0600, folders 0700. SQLite gives
its ``-wal`` and ``-shm`` files the mode of the database file, so the database file is
created 0600 before SQLite first opens it (SQLite itself would follow the umask: 0644).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

OUTBOX_FILE_NAME = "outbox.sqlite3"
# The database and the files SQLite keeps beside it; a salvage moves all of them together.
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def outbox_path(data_dir: Path) -> Path:
    return data_dir / OUTBOX_FILE_NAME


def database_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in DATABASE_SUFFIXES]


def private_folder(folder: Path) -> None:
    """Create ``folder`` (0700), or narrow an existing one of ours to 0700."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(PermissionError):
        if folder.stat().st_uid == os.geteuid() and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)


def _private_database_file(path: Path) -> None:
    """Make the database file 0600 before SQLite opens it.

    Never by opening and closing an existing file: POSIX locks belong to the process, and any
    ``close()`` of the file drops all of them, also those of another SQLite connection in this
    process (SQLite's own bookkeeping would then believe it still holds them, and another
    process could take the last-connection path and delete the WAL under it). So an existing
    file is only ``chmod``-ed; only a file that does not exist yet (which nobody can have
    open) is created here.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
        return
    for file in database_files(path)[:3]:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if (mode if file == path else file.stat().st_mode) & 0o077:
                file.chmod(0o600)  # made by an older version with the umask's mode


def open_database(
    path: Path, busy_timeout_seconds: float, size_limit_bytes: int | None
) -> sqlite3.Connection:
    """A connection in the outbox's mode: WAL, ``synchronous=FULL``, ``secure_delete``, no
    implicit transactions (the outbox opens its own, ``BEGIN IMMEDIATE``)."""
    _private_database_file(path)
    connection = sqlite3.connect(
        path, timeout=busy_timeout_seconds, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_seconds * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA secure_delete = ON")
        if size_limit_bytes is not None:
            (page_size,) = connection.execute("PRAGMA page_size").fetchone()
            pages = max(1, size_limit_bytes // page_size)
            connection.execute(f"PRAGMA max_page_count = {pages}")
    except BaseException:
        connection.close()
        raise
    return connection
