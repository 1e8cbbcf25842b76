"""Is the outbox sound? Checked when ``kiosk sync``, ``kiosk run`` and ``kiosk status`` start.

Three looks, none of which writes anything:

- the WAL, read by :mod:`sync.wal_check` (SQLite would silently drop what lies beyond a
  damaged frame, so this comes before any connection that could checkpoint);
- ``PRAGMA quick_check`` on a read-only connection (broken pages, a truncated file);
- each undelivered row's sealed payload against the SHA-256 it was queued with (a page
  overwritten inside a payload passes the page checks).

:func:`make_outbox_sound` checks under the exclusive lock and salvages a damaged outbox
(:mod:`sync.outbox_salvage`), finishing first a salvage a power cut interrupted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
from pathlib import Path

from sync.outbox_files import outbox_path, private_folder
from sync.outbox_lock import OutboxBusyError, OutboxLock
from sync.outbox_salvage import salvage, unfinished_salvage
from sync.outbox_summary import SubmissionState
from sync.salvage_report import SalvageReport
from sync.wal_check import read_wal

log = logging.getLogger(__name__)

# SQLite's primary result codes that mean the file is damaged, not merely unreachable.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_MAX_FINDINGS = 10


def is_damage(exc: sqlite3.Error) -> bool:
    """True for "malformed", "not a database" and the like; False for a locked, read-only or
    unopenable file (those say nothing about the content)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _DAMAGE_CODES


# Said when only the database file could be read (its WAL not): figures may be behind.
WAL_UNREAD = "figures from the database file only (its WAL cannot be read here)"


def read_only_connection(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """A connection that can only read; where SQLite cannot even set up its shared memory
    for that (a read-only folder without the ``-shm`` file), the database file alone
    (``immutable=1``, the WAL unread), with a note saying so."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.OperationalError:
        return sqlite3.connect(f"file:{path}?immutable=1", uri=True), WAL_UNREAD
    try:
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        connection.close()
        return sqlite3.connect(f"file:{path}?immutable=1", uri=True), WAL_UNREAD
    except BaseException:
        connection.close()
        raise
    return connection, None


def check_outbox(path: Path) -> list[str]:
    """What is wrong with the outbox at ``path``, for IT; empty when it is sound or absent.

    Raises ``sqlite3.Error`` when the file cannot be read at all (permissions, a read-only
    folder without SQLite's shared-memory file): that is no finding about its content."""
    if not path.exists():
        return []
    findings = []
    wal = read_wal(path.with_name(path.name + "-wal"))
    if wal is not None and wal.damage is not None:
        findings.append(wal.damage)
    try:
        connection, _ = read_only_connection(path)
        try:
            rows = connection.execute(f"PRAGMA quick_check({_MAX_FINDINGS})").fetchall()
            problems = [str(row[0])[:300] for row in rows if row[0] != "ok"]
            findings += [f"quick_check: {problem}" for problem in problems]
            if not problems:
                findings += _payload_digests(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if not is_damage(exc):
            raise
        findings.append(f"SQLite: {exc}")
    return findings[:_MAX_FINDINGS]


def _payload_digests(connection: sqlite3.Connection) -> list[str]:
    columns = {row[1] for row in connection.execute("PRAGMA table_info(submissions)")}
    if "payload_sha256" not in columns:
        return []  # written before digests were recorded
    damaged = 0
    for payload, digest in connection.execute(
        "SELECT sealed_payload, payload_sha256 FROM submissions "
        "WHERE state != ? AND payload_sha256 IS NOT NULL",
        (SubmissionState.DELIVERED.value,),
    ):
        if not isinstance(payload, bytes) or hashlib.sha256(payload).hexdigest() != digest:
            damaged += 1
    return [f"{damaged} sealed payload(s) differ from their SHA-256"] if damaged else []


def make_outbox_sound(
    data_dir: Path, now: dt.datetime, wait_seconds: float
) -> SalvageReport | None:
    """Check the outbox under its exclusive lock; salvage it if damaged (the report), or
    ``None`` if it is sound. Raises :class:`~sync.outbox_lock.OutboxBusyError` if another
    process keeps it open longer than ``wait_seconds``."""
    private_folder(data_dir)
    with OutboxLock(data_dir).exclusive(wait_seconds):
        if unfinished_salvage(data_dir) is not None:
            return salvage(data_dir, ["an earlier salvage was interrupted"], now)
        findings = check_outbox(outbox_path(data_dir))
        if findings:
            return salvage(data_dir, findings, now)
    return None


def check_when_starting(data_dir: Path, now: dt.datetime) -> None:
    """For ``kiosk run``: salvage a damaged outbox before the first citizen comes, unless the
    delivery daemon has it open (it checked it when it started). Never stops the UI."""
    try:
        make_outbox_sound(data_dir, now, wait_seconds=0.0)
    except OutboxBusyError:
        log.info("outbox in use by the delivery service, which checked it when it started")
    except (OSError, sqlite3.Error) as exc:
        log.error("outbox could not be checked: %s: %s", type(exc).__name__, exc)
