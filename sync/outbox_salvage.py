"""Salvaging a damaged outbox: move it aside, bring back every row that is whole, report the rest.

Run with the outbox locked exclusively (:mod:`sync.outbox_lock`), so no process has it open:

1. the database files (``-wal`` and ``-shm`` first, so the WAL never meets a database it does
   not belong to) move into ``damaged/<time>/part-N/``; nothing is ever deleted;
2. each moved database gets its WAL replayed into a copy, damaged frames too
   (:func:`sync.wal_check.replay_wal`), and every table leaf page of the copy is read on its
   own (:mod:`sync.sqlite_pages`);
3. rows that prove whole (:mod:`sync.outbox_rows`) go into a new database, which then takes the
   outbox's place in one rename;
4. sealed files no restored row refers to move into the damaged copy; receipts
   (:mod:`sync.receipt_book`) without a restored row name the submissions that were lost;
5. ``report.json`` is written (:mod:`sync.salvage_report`).

Each step can be repeated: a salvage cut short by a power cut goes on at the next start
(a folder without ``report.json`` is unfinished), also if a process created a new outbox in
between (its database becomes one more part to read).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from durable.files import fsync_directory
from sync.blobstore import BLOB_DIR_NAME
from sync.outbox_files import (
    OUTBOX_FILE_NAME,
    database_files,
    open_database,
    outbox_path,
    private_folder,
)
from sync.outbox_rows import Sorted, files_complete
from sync.outbox_schema import MIGRATIONS
from sync.outbox_summary import SubmissionState
from sync.receipt_book import ReceiptBook
from sync.salvage_report import (
    REPORT_FILE_NAME,
    LostSubmission,
    SalvageReport,
    damaged_folder,
    folder_stamp,
    read_report,
    write_report,
)
from sync.sqlite_pages import scan_rows
from sync.wal_check import replay_wal

log = logging.getLogger(__name__)

_REBUILT = "rebuilt.sqlite3"
_PENDING_REPORT = "report.pending.json"


def unfinished_salvage(data_dir: Path) -> Path | None:
    folder = damaged_folder(data_dir)
    if not folder.is_dir():
        return None
    for candidate in sorted(folder.iterdir()):
        if candidate.is_dir() and not (candidate / REPORT_FILE_NAME).exists():
            return candidate
    return None


def salvage(data_dir: Path, findings: list[str], now: dt.datetime) -> SalvageReport:
    """Salvage the outbox in ``data_dir`` (locked exclusively by the caller)."""
    folder = unfinished_salvage(data_dir)
    if folder is None:
        folder = damaged_folder(data_dir) / folder_stamp(now)
    private_folder(folder)
    pending = read_report(folder / _PENDING_REPORT)
    if pending is None or (folder / _REBUILT).exists():
        _move_aside(data_dir, folder)
        pending = _rebuild(data_dir, folder, findings, now)
        write_report(folder, pending, _PENDING_REPORT)
        os.replace(folder / _REBUILT, outbox_path(data_dir))
        fsync_directory(data_dir)
    _set_aside_unassigned_files(data_dir, folder)
    os.replace(folder / _PENDING_REPORT, folder / REPORT_FILE_NAME)
    fsync_directory(folder)
    report = read_report(folder / REPORT_FILE_NAME) or pending
    log.error("%s; the damaged copy is kept in %s", report.one_line(), folder)
    return report


def _move_aside(data_dir: Path, folder: Path) -> None:
    files = database_files(outbox_path(data_dir))
    if not any(path.exists() for path in files):
        return
    part = folder / f"part-{len(list(folder.glob('part-*'))) + 1}"
    private_folder(part)
    # Companions first: a WAL must never be left beside a database it does not belong to.
    for path in [*files[1:], files[0]]:
        if path.exists():
            os.replace(path, part / path.name)
    fsync_directory(part)
    fsync_directory(data_dir)


def _rows(folder: Path) -> tuple[Sorted, int]:
    found = Sorted()
    unreadable = 0
    for part in sorted(folder.glob("part-*")):
        database = part / OUTBOX_FILE_NAME
        if not database.exists():
            continue
        wal = database.with_name(database.name + "-wal")
        replayed = part / "replayed.sqlite3"
        if wal.exists():
            replay_wal(database, wal, replayed)
        else:
            shutil.copyfile(database, replayed)
        scan = scan_rows(replayed.read_bytes())
        replayed.unlink()
        unreadable += scan.broken_cells
        for _, values in scan.rows:
            found.add(values)
    return found, unreadable + found.unidentified


def _rebuild(data_dir: Path, folder: Path, findings: list[str], now: dt.datetime) -> SalvageReport:
    found, unreadable = _rows(folder)
    blobs = data_dir / BLOB_DIR_NAME
    keep: list[dict[str, Any]] = []
    damaged = dict(found.damaged)
    for submission_id, row in found.submissions.items():
        problem = files_complete(row, found.files_of(submission_id), blobs)
        if problem is None:
            keep.append(row)
            damaged.pop(submission_id, None)  # another copy of it was whole
        else:
            damaged.setdefault(submission_id, []).append(problem)
    rebuilt = folder / _REBUILT
    for path in database_files(rebuilt):
        path.unlink(missing_ok=True)
    _write_database(rebuilt, keep, found)
    kept = {uuid.UUID(row["submission_id"]) for row in keep}
    receipts = {r.submission_id: r for r in ReceiptBook.beside(outbox_path(data_dir)).all()}

    def lost_entry(submission_id: uuid.UUID, reason: str) -> LostSubmission:
        receipt = receipts.get(submission_id)
        if receipt is None:
            return LostSubmission(
                submission_id=submission_id,
                reference_code=found.references.get(submission_id),
                reason=reason,
            )
        return LostSubmission(
            submission_id=submission_id,
            reference_code=receipt.reference_code,
            kind=receipt.kind.value,
            created_at=receipt.created_at,
            reason=reason,
        )

    return SalvageReport(
        at=now,
        damaged_copy=str(folder),
        findings=findings,
        salvaged=len(keep),
        salvaged_undelivered=sum(row["state"] != SubmissionState.DELIVERED for row in keep),
        damaged=[lost_entry(sid, "; ".join(why)) for sid, why in damaged.items()],
        lost=[
            lost_entry(sid, "row unreadable")
            for sid in receipts
            if sid not in kept and sid not in damaged
        ],
        unassigned_files=0,
        unreadable_cells=unreadable,
    )


def _write_database(path: Path, keep: list[dict[str, Any]], found: Sorted) -> None:
    connection = open_database(path, busy_timeout_seconds=10.0, size_limit_bytes=None)
    try:
        db = Database(connection, execute_plugins=False)
        connection.execute("BEGIN IMMEDIATE")
        MIGRATIONS.apply(db)
        db.table("submissions").insert_all(keep)
        files = [file for row in keep for file in found.files_of(uuid.UUID(row["submission_id"]))]
        if files:
            db.table("attachments").insert_all(files)
        connection.execute("COMMIT")
    finally:
        connection.close()  # the last connection: the WAL is checkpointed into the file


def _set_aside_unassigned_files(data_dir: Path, folder: Path) -> None:
    """Sealed files no row of the new outbox names: kept in the damaged copy."""
    blobs = data_dir / BLOB_DIR_NAME
    target = folder / BLOB_DIR_NAME
    if blobs.is_dir():
        connection = sqlite3.connect(f"file:{outbox_path(data_dir)}?mode=ro", uri=True)
        try:
            named = {row[0] for row in connection.execute("SELECT path FROM attachments")}
        finally:
            connection.close()
        unnamed = [e.path for e in os.scandir(blobs) if e.is_file() and e.path not in named]
        for path in unnamed:
            private_folder(target)
            os.replace(path, target / Path(path).name)
        if unnamed:
            fsync_directory(blobs)
    set_aside = len(list(target.iterdir())) if target.is_dir() else 0
    pending = read_report(folder / _PENDING_REPORT)
    if pending is not None and set_aside:
        write_report(
            folder, pending.model_copy(update={"unassigned_files": set_aside}), _PENDING_REPORT
        )
