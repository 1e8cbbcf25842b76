"""The outbox's record of sealed attachment files and how far each one's upload has come.

One row per file of a submission (table ``attachments``, migration ``0002_attachments``). The
row holds the file's path under ``blobs/``, the sealed file's size and SHA-256, the tus upload
path (saved before the first byte is sent, so a restarted daemon resumes the same upload) and
the offset the server last confirmed. Once the backoffice has given its receipt the file is
deleted and the row keeps only ids, sizes and times.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from sync.blobstore import StoredBlob

_TABLE = "attachments"

# Runs a change in one write transaction of the outbox (its ``_record``: full-disk aware).
RecordChange = Callable[[Callable[[Database], None]], None]
RowQuery = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


class AttachmentState(enum.StrEnum):
    # The sealed file is on the disk; the upload has not finished (or not started).
    PENDING = "pending"
    # The server holds every byte; the submission itself has not been confirmed yet.
    UPLOADED = "uploaded"
    # The backoffice gave its receipt; the file is gone.
    DELIVERED = "delivered"
    # Its submission was refused for good; the file is kept for IT.
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class OutboxAttachment:
    submission_id: uuid.UUID
    attachment_id: uuid.UUID
    position: int
    state: AttachmentState
    path: Path | None
    size: int
    sha256: str | None
    upload_path: str | None
    uploaded_offset: int


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _attachment(row: dict[str, Any]) -> OutboxAttachment:
    return OutboxAttachment(
        submission_id=uuid.UUID(row["submission_id"]),
        attachment_id=uuid.UUID(row["attachment_id"]),
        position=row["position"],
        state=AttachmentState(row["state"]),
        path=None if row["path"] is None else Path(row["path"]),
        size=row["size"],
        sha256=row["sha256"],
        upload_path=row["upload_path"],
        uploaded_offset=row["uploaded_offset"],
    )


def insert_attachments(
    db: Database, submission_id: uuid.UUID, blobs: Sequence[StoredBlob], now: dt.datetime
) -> None:
    """Rows for freshly written files; called inside the submission's own transaction."""
    db.table(_TABLE).insert_all(
        {
            "submission_id": str(submission_id),
            "attachment_id": str(blob.attachment_id),
            "position": position,
            "state": AttachmentState.PENDING.value,
            "path": str(blob.path),
            "size": blob.size,
            "sha256": blob.sha256,
            "uploaded_offset": 0,
            "created_at": _stamp(now),
        }
        for position, blob in enumerate(blobs)
    )


def settle_delivered(db: Database, submission_id: uuid.UUID, now: dt.datetime) -> list[Path]:
    """Forget what the receipt made unnecessary; returns the files to delete after commit."""
    paths = [
        Path(row["path"])
        for row in db.query(
            f"SELECT path FROM {_TABLE} WHERE submission_id = :id AND path IS NOT NULL",  # noqa: S608
            {"id": str(submission_id)},
        )
    ]
    db.execute(
        f"UPDATE {_TABLE} SET state = :state, path = NULL, sha256 = NULL, "  # noqa: S608
        "upload_path = NULL, delivered_at = :now WHERE submission_id = :id",
        {"state": AttachmentState.DELIVERED.value, "now": _stamp(now), "id": str(submission_id)},
    )
    return paths


def settle_quarantined(db: Database, submission_id: uuid.UUID) -> None:
    db.execute(
        f"UPDATE {_TABLE} SET state = :state WHERE submission_id = :id",  # noqa: S608
        {"state": AttachmentState.QUARANTINED.value, "id": str(submission_id)},
    )


class OutboxAttachments:
    """Upload progress of attachments; shares the outbox's connection and transactions."""

    def __init__(self, record: RecordChange, rows: RowQuery) -> None:
        self._record = record
        self._rows = rows

    def of(self, submission_id: uuid.UUID) -> list[OutboxAttachment]:
        rows = self._rows(
            f"SELECT * FROM {_TABLE} WHERE submission_id = :id ORDER BY position",  # noqa: S608
            {"id": str(submission_id)},
        )
        return [_attachment(row) for row in rows]

    def save_upload_path(
        self, submission_id: uuid.UUID, attachment_id: uuid.UUID, upload_path: str
    ) -> None:
        """A new upload was created: remember it before sending its first byte."""
        self._set(
            submission_id,
            attachment_id,
            "upload_path = :path, uploaded_offset = 0, state = :pending",
            {"path": upload_path, "pending": AttachmentState.PENDING.value},
        )

    def record_offset(
        self, submission_id: uuid.UUID, attachment_id: uuid.UUID, offset: int
    ) -> None:
        self._set(submission_id, attachment_id, "uploaded_offset = :offset", {"offset": offset})

    def mark_uploaded(
        self, submission_id: uuid.UUID, attachment_id: uuid.UUID, now: dt.datetime
    ) -> None:
        self._set(
            submission_id,
            attachment_id,
            "state = :uploaded, uploaded_offset = size, uploaded_at = :now",
            {"uploaded": AttachmentState.UPLOADED.value, "now": _stamp(now)},
        )

    def uploaded_paths(self, submission_id: uuid.UUID) -> list[Path]:
        """Files of ``submission_id`` the server holds whole (their uploads are recorded)."""
        rows = self._rows(
            f"SELECT path FROM {_TABLE} WHERE submission_id = :id AND state = :uploaded "  # noqa: S608
            "AND path IS NOT NULL",
            {"id": str(submission_id), "uploaded": AttachmentState.UPLOADED.value},
        )
        return [Path(row["path"]) for row in rows]

    def referenced_paths(self) -> set[Path]:
        rows = self._rows(f"SELECT path FROM {_TABLE} WHERE path IS NOT NULL", {})  # noqa: S608
        return {Path(row["path"]) for row in rows}

    def _set(
        self,
        submission_id: uuid.UUID,
        attachment_id: uuid.UUID,
        changes: str,
        params: dict[str, Any],
    ) -> None:

        def change(db: Database) -> None:
            cursor = db.execute(
                f"UPDATE {_TABLE} SET {changes} "  # noqa: S608 (fixed SQL)
                "WHERE submission_id = :sid AND attachment_id = :aid",
                {"sid": str(submission_id), "aid": str(attachment_id), **params},
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no attachment {attachment_id} of {submission_id} in the outbox")

        self._record(change)
