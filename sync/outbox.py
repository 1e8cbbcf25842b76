"""The outbox: submissions waiting on the terminal until the backoffice has confirmed them.

One SQLite file shared by two processes: the UI enqueues (``kiosk run``), the delivery daemon
(``kiosk sync``) marks rows delivered. Hence WAL mode, a busy timeout, and every write inside
``BEGIN IMMEDIATE`` (a deferred ``BEGIN`` could fail half-way with "database is locked" when
both upgrade to writers at once). ``synchronous=FULL``: a row that ``enqueue`` returned for is
on the disk, even if the power goes right after the citizen saw "saved".

Only ciphertext sealed to the backoffice's key is stored, and it is dropped (``secure_delete``
overwrites it) once the backoffice has given its receipt.

Schema changes are migrations (``sync.outbox_schema``) applied on open, each recorded in the
same transaction as its change.
The delivery daemon's writes go through ``_record``, which on a full disk draws on a space
reserve (``sync.space_reserve``) and then raises :class:`OutboxFullError`.

While open, an outbox holds a shared lock (:mod:`sync.outbox_lock`), so a salvage of a damaged
database never moves it away under a process still writing. Each submission also leaves a
receipt file (:mod:`sync.receipt_book`) that outlives damage to the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlite_utils import Database

from contract.submissions import SubmissionKind, SubmissionReceipt
from sync.blobstore import BlobStore, StoredBlob
from sync.outbox_attachments import (
    OutboxAttachments,
    insert_attachments,
    settle_delivered,
    settle_quarantined,
)
from sync.outbox_files import OUTBOX_FILE_NAME, open_database, outbox_path
from sync.outbox_item import OutboxItem, item_from_row, parsed, stamp
from sync.outbox_lock import OutboxLock
from sync.outbox_quarantine import QuarantinedItems
from sync.outbox_schema import MIGRATIONS
from sync.outbox_summary import (
    OutboxSummary,
    QuarantinedItem,
    StateTotals,
    SubmissionState,
    summarize,
)
from sync.quota import StorageQuota
from sync.receipt_book import Receipt, ReceiptBook
from sync.retry_schedule import QueueEntry
from sync.space_reserve import DEFAULT_RESERVE_BYTES, SpaceReserve

# Moved to sync.outbox_summary, sync.outbox_item and sync.outbox_files; imported from here.
__all__ = [
    "OUTBOX_FILE_NAME",
    "OutboxItem",
    "OutboxSummary",
    "QuarantinedItem",
    "StateTotals",
    "SubmissionState",
    "outbox_path",
]

_TABLE = "submissions"
_DELIVERY_ORDER = "ORDER BY payload_bytes + attachment_bytes, created_at, submission_id"
_T = TypeVar("_T")


class OutboxFullError(Exception):
    """A change could not be recorded: no room on the disk, even after using the space
    reserve. ``str()`` gives figures only, for IT."""


def _is_full(exc: sqlite3.Error) -> bool:
    return exc.sqlite_errorcode == sqlite3.SQLITE_FULL


class Outbox:
    """The queue of submissions on this terminal. Safe to share between threads of a process."""

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout_seconds: float = 10.0,
        size_limit_bytes: int | None = None,
        quota: StorageQuota | None = None,
        reserve_bytes: int = DEFAULT_RESERVE_BYTES,
    ) -> None:
        """Open (and create or migrate) the outbox at ``path``.

        ``size_limit_bytes`` caps the database file: past it, writes fail as if the disk were
        full, so the terminal keeps room for its logs and the OS. ``quota`` limits the whole
        queue (database and sealed files under ``blobs/`` beside it) for new submissions.
        ``reserve_bytes`` of disk are kept taken for the daemon's bookkeeping on a full disk.
        """
        self.path = path = Path(path)
        self.quota = quota or StorageQuota()
        self.blobs = BlobStore.beside(Path(path))
        self.receipts = ReceiptBook.beside(Path(path))
        self.reserve = SpaceReserve(Path(path).parent, reserve_bytes)
        self.attachments = OutboxAttachments(self._record, self._rows)
        self.quarantined = QuarantinedItems(self._record, self._rows)
        self._hold = OutboxLock(Path(path).parent).hold_shared(busy_timeout_seconds)
        self._lock = threading.RLock()
        try:
            self._connection = open_database(path, busy_timeout_seconds, size_limit_bytes)
        except BaseException:
            OutboxLock.release(self._hold)
            raise
        try:
            self._db = Database(self._connection, execute_plugins=False)
            with self._write() as db:
                MIGRATIONS.apply(db)
        except BaseException:
            self.close()
            raise
        # Taken while there is room (whoever opens first), so it is there when the disk fills.
        self.reserve.ensure()

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._hold < 0:
                return
            self._connection.close()
            OutboxLock.release(self._hold)
            self._hold = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction that holds the database's write lock from its first statement.

        sqlite-utils calls made inside nest as savepoints of this transaction.
        """
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._connection.execute("COMMIT")
            except BaseException:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise

    def _record(self, change: Callable[[Database], _T]) -> _T:
        """One write of the delivery daemon's bookkeeping.

        On SQLITE_FULL the space reserve is given back, the WAL checkpointed (so later writes
        reuse its frames instead of needing new blocks) and the write tried once more.
        """
        for last_try in (False, True):
            try:
                with self._write() as db:
                    return change(db)
            except sqlite3.OperationalError as exc:
                if not _is_full(exc):
                    raise
                if last_try or not self.reserve.release():
                    raise OutboxFullError(self.reserve.full_detail()) from exc
            self._checkpoint()
        raise AssertionError("unreachable: the last try returns or raises")

    def _checkpoint(self) -> None:
        # PASSIVE: never waits for the UI's readers; a partial checkpoint still helps.
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _rows(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._db.query(sql, params))

    def _update(self, submission_id: uuid.UUID, changes: str, params: dict[str, Any]) -> None:
        self._record(lambda db: self._change(db, submission_id, changes, params))

    @staticmethod
    def _change(
        db: Database, submission_id: uuid.UUID, changes: str, params: dict[str, Any]
    ) -> None:
        cursor = db.execute(
            f"UPDATE {_TABLE} SET {changes} WHERE submission_id = :id",  # noqa: S608 (fixed SQL)
            {"id": str(submission_id), **params},
        )
        if cursor.rowcount != 1:
            raise KeyError(f"no submission {submission_id} in the outbox")

    # -- the UI's side --------------------------------------------------------------------------

    def enqueue(
        self,
        *,
        submission_id: uuid.UUID,
        kind: SubmissionKind,
        reference_code: str,
        created_at: dt.datetime,
        sealed_payload: bytes,
        attachments: Sequence[StoredBlob] = (),
        sealed_to: str | None = None,
    ) -> None:
        """Store a sealed submission. On return it is on the disk (committed, fsynced).

        ``attachments`` are sealed files already written (and fsynced) by ``self.blobs``;
        ``sealed_to`` is the id of the office key they are sealed to (sync.sealing.key_id).
        """
        # First the receipt: a row that commits always has one (sync.receipt_book).
        self.receipts.write(
            Receipt(
                submission_id=submission_id,
                kind=kind,
                reference_code=reference_code,
                created_at=created_at,
            )
        )
        try:
            with self._write() as db:
                db.table(_TABLE).insert(
                    {
                        "submission_id": str(submission_id),
                        "kind": kind.value,
                        "reference_code": reference_code,
                        "created_at": stamp(created_at),
                        "state": SubmissionState.QUEUED.value,
                        "attempts": 0,
                        "next_attempt_at": stamp(created_at),
                        "sealed_payload": sealed_payload,
                        "payload_bytes": len(sealed_payload),
                        "payload_sha256": hashlib.sha256(sealed_payload).hexdigest(),
                        "sealed_to": sealed_to,
                        "attachment_bytes": sum(blob.size for blob in attachments),
                    }
                )
                insert_attachments(db, submission_id, attachments, created_at)
        except BaseException:
            self.receipts.remove([submission_id])
            raise

    def used_bytes(self) -> int:
        """Disk taken by the queue: database (with its WAL) and sealed files."""
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        database = sum(path.stat().st_size for path in files if path.exists())
        return database + self.blobs.used_bytes()

    # -- the delivery daemon's side ------------------------------------------------------------

    def get(self, submission_id: uuid.UUID) -> OutboxItem | None:
        rows = self._rows(
            f"SELECT * FROM {_TABLE} WHERE submission_id = :id",  # noqa: S608 (fixed SQL)
            {"id": str(submission_id)},
        )
        return item_from_row(rows[0]) if rows else None

    def waiting(self) -> list[QueueEntry]:
        """Every queued item, in delivery order (smallest first: a callback request should not
        wait behind a 20 MB scan, then oldest), without payloads."""
        rows = self._rows(
            f"SELECT submission_id, next_attempt_at FROM {_TABLE} "  # noqa: S608 (fixed SQL)
            f"WHERE state = :queued {_DELIVERY_ORDER}",
            {"queued": SubmissionState.QUEUED.value},
        )
        return [
            QueueEntry(uuid.UUID(row["submission_id"]), parsed(row["next_attempt_at"]))
            for row in rows
        ]

    def undelivered_ids(self) -> set[uuid.UUID]:
        """Queued and quarantined: every submission the office has not confirmed."""
        rows = self._rows(
            f"SELECT submission_id FROM {_TABLE} WHERE state != :delivered",  # noqa: S608
            {"delivered": SubmissionState.DELIVERED.value},
        )
        return {uuid.UUID(row["submission_id"]) for row in rows}

    def queued(self) -> list[OutboxItem]:
        """Every queued item, in delivery order."""
        rows = self._rows(
            f"SELECT * FROM {_TABLE} WHERE state = :queued {_DELIVERY_ORDER}",  # noqa: S608
            {"queued": SubmissionState.QUEUED.value},
        )
        return [item_from_row(row) for row in rows]

    def mark_delivered(
        self, submission_id: uuid.UUID, receipt: SubmissionReceipt, delivered_at: dt.datetime
    ) -> None:
        """The backoffice has it: keep the receipt, drop the ciphertext and sealed files.

        Raises :class:`OutboxFullError` if that cannot be recorded now; the uploaded files are
        deleted all the same (see below), the row stays queued for a harmless re-send.
        """

        def change(db: Database) -> list[Path]:
            self._change(
                db,
                submission_id,
                "state = :state, sealed_payload = NULL, delivered_at = :at, "
                "last_attempt_at = :at, receipt = :receipt, attempts = attempts + 1",
                {
                    "state": SubmissionState.DELIVERED.value,
                    "at": stamp(delivered_at),
                    "receipt": receipt.model_dump_json(),
                },
            )
            return settle_delivered(db, submission_id, delivered_at)

        # The receipt is in hand, so the server holds every uploaded file, and a re-send refers
        # to the finished uploads only. Deleting them must not wait for the row: on a full disk
        # it is what frees the room that the row update needs.
        uploaded = self.attachments.uploaded_paths(submission_id)
        try:
            files = self._record(change)
        except BaseException:
            self.blobs.delete(uploaded)
            raise
        # After the commit: a crash before this line leaves orphan files, cleaned at start-up.
        self.blobs.delete(files)
        self.receipts.remove([submission_id])

    def schedule_retry(
        self, submission_id: uuid.UUID, next_at: dt.datetime, error: str, now: dt.datetime
    ) -> None:
        """A failed attempt. ``error`` is for IT: an HTTP status or exception class only."""
        self._update(
            submission_id,
            "attempts = attempts + 1, next_attempt_at = :next_at, last_attempt_at = :now, "
            "last_error = :error, last_error_at = :now",
            {"next_at": stamp(next_at), "now": stamp(now), "error": error},
        )

    def quarantine(self, submission_id: uuid.UUID, reason: str, now: dt.datetime) -> None:
        """The backoffice refused it for good. Kept (ciphertext, files) for IT to look at."""

        def change(db: Database) -> None:
            self._change(
                db,
                submission_id,
                "state = :state, attempts = attempts + 1, last_attempt_at = :now, "
                "last_error = :reason, last_error_at = :now",
                {"state": SubmissionState.QUARANTINED.value, "now": stamp(now), "reason": reason},
            )
            settle_quarantined(db, submission_id)

        self._record(change)

    def remove_orphan_files(self, now: dt.datetime, grace: dt.timedelta) -> int:
        """Delete sealed files no row refers to (a crash between file and row); see BlobStore."""
        return len(self.blobs.remove_orphans(self.attachments.referenced_paths(), now, grace))

    def retry_all_now(self, now: dt.datetime) -> int:
        """Make every queued item due (IT asked, or the backoffice is back); returns how many.

        Every queued row gets ``next_attempt_at = now``, whatever it said before (it may lie
        in the future of a clock set back): a changed value is what tells the delivery daemon
        to try at once (:mod:`sync.retry_schedule`)."""

        def change(db: Database) -> int:
            cursor = db.execute(
                f"UPDATE {_TABLE} SET next_attempt_at = :now "  # noqa: S608 (fixed SQL)
                "WHERE state = :queued",
                {"now": stamp(now), "queued": SubmissionState.QUEUED.value},
            )
            return cursor.rowcount

        return self._record(change)

    # -- status -------------------------------------------------------------------------------

    def summary(self) -> OutboxSummary:
        return summarize(self._rows, self.reserve.problem())
