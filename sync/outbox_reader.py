"""The outbox as ``kiosk status`` and the heartbeat see it: read-only, and never a traceback.

``kiosk status`` must diagnose a terminal whose data folder is read-only, or whose outbox is
damaged, so it never opens the outbox for writing: a read-only connection (``mode=ro``), and
where SQLite cannot even set that up (a read-only folder without the ``-shm`` file) the
database file alone (``immutable=1``, the WAL unread, said so). What it finds is an
:class:`OutboxReading`: the figures if any could be read, and each problem as one line for IT.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.outbox_check import check_outbox, read_only_connection
from sync.outbox_files import database_files, outbox_path
from sync.outbox_summary import OutboxSummary, StateTotals, SubmissionState, summarize
from sync.salvage_report import SalvageReport, latest_salvage


@dataclass(frozen=True)
class OutboxReading:
    # None when nothing could be read.
    summary: OutboxSummary | None
    # One line each, for IT: the folder, the database, a salvage, in that order.
    problems: list[str] = field(default_factory=list)
    salvage: SalvageReport | None = None
    # The data folder cannot be written: nothing can be stored or delivered.
    folder_unwritable: bool = False
    # The database failed its integrity check (``kiosk sync`` salvages it when it starts).
    damaged: bool = False

    @property
    def problem(self) -> str | None:
        return "; ".join(self.problems)[:200] if self.problems else None


def empty_summary() -> OutboxSummary:
    return OutboxSummary(
        {state: StateTotals() for state in SubmissionState}, None, None, None, None
    )


def folder_problem(data_dir: Path) -> str | None:
    """Why the terminal could not write its data folder, or None."""
    if not data_dir.exists():
        return None
    if not data_dir.is_dir():
        return f"data folder {data_dir} is not a folder"
    if not os.access(data_dir, os.W_OK):
        if os.statvfs(data_dir).f_flag & os.ST_RDONLY:
            return (
                f"data folder {data_dir} is on a read-only file system: the terminal can "
                "neither store nor deliver submissions (mount it read-write)"
            )
        info = data_dir.stat()
        return (
            f"data folder {data_dir} is not writable for user {os.geteuid()} (owner "
            f"{info.st_uid}, mode {info.st_mode & 0o777:o}): the terminal can neither store "
            "nor deliver submissions"
        )
    for path in database_files(outbox_path(data_dir))[:2]:
        if path.exists() and not os.access(path, os.W_OK):
            return f"{path} is not writable for user {os.geteuid()}"
    return None


def _rows(connection: sqlite3.Connection) -> Any:
    connection.row_factory = sqlite3.Row

    def rows(sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [dict(row) for row in connection.execute(sql, params)]

    return rows


def _summary(path: Path) -> tuple[OutboxSummary, str | None]:
    connection, note = read_only_connection(path)
    try:
        return summarize(_rows(connection), None), note
    finally:
        connection.close()


def read_outbox(data_dir: Path) -> OutboxReading:
    problems = []
    folder = folder_problem(data_dir)
    if folder is not None:
        problems.append(folder)
    path = outbox_path(data_dir)
    summary: OutboxSummary | None = empty_summary()
    damaged = False
    if path.exists():
        try:
            findings = check_outbox(path)
            damaged = bool(findings)
            if findings:
                problems.append(
                    f"outbox damaged ({findings[0][:120]}): 'kiosk sync' salvages it when it starts"
                )
            summary, note = _summary(path)
            if note:
                problems.append(note)
        except sqlite3.Error as exc:
            summary = None
            problems.append(f"outbox cannot be read: {type(exc).__name__}: {exc}")
    salvage = latest_salvage(data_dir)
    if salvage is not None:
        problems.append(salvage.one_line())
    return OutboxReading(summary, problems, salvage, folder is not None, damaged)
