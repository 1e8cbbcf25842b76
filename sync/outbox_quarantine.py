"""Quarantined submissions and the way back: IT fixed the cause, ``kiosk requeue`` sends again.

Quarantine keeps everything (the sealed payload, the sealed files) because it is not final:
the office may have refused an item for a cause IT can fix (a key it no longer held, a limit
set too low). :meth:`QuarantinedItems.requeue` puts such items back in the queue in one
``BEGIN IMMEDIATE`` transaction, so it is safe while the delivery daemon runs: the daemon sees
them as new items and tries them with its next pass.

Items are found by submission id (or its first 8 or more characters) or by reference code,
which is what a citizen reads out from the receipt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from contract.submissions import SubmissionKind
from sync.outbox_attachments import AttachmentState
from sync.outbox_item import moment, stamp
from sync.outbox_summary import SubmissionState, undelivered_by_key
from sync.reference import normalize_reference_code

RecordChange = Callable[[Callable[[Database], Any]], Any]
RowQuery = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
_MIN_ID_PREFIX = 8
_ID_CHARACTERS = set("0123456789abcdef-")


@dataclass(frozen=True)
class Held:
    """An item as IT sees it when choosing what to send again. No personal data."""

    submission_id: uuid.UUID
    kind: SubmissionKind
    reference_code: str
    state: SubmissionState
    reason: str | None
    at: dt.datetime | None
    sealed_to: str | None
    # Sealed files of the item that are no longer on the disk.
    missing_files: int


class QuarantinedItems:
    """Shares the outbox's connection and transactions (like ``OutboxAttachments``)."""

    def __init__(self, record: RecordChange, rows: RowQuery) -> None:
        self._record = record
        self._rows = rows

    def find(self, text: str) -> list[Held]:
        """Items whose id starts with ``text`` (8 or more characters) or whose reference
        code is ``text``; any state."""
        code = normalize_reference_code(text)
        prefix = text.strip().lower()
        if len(prefix) < _MIN_ID_PREFIX or not set(prefix) <= _ID_CHARACTERS:
            prefix = ""
        if code is None and not prefix:
            return []
        return self._held(
            "WHERE (:code IS NOT NULL AND reference_code = :code) "
            "OR (:prefix != '' AND submission_id LIKE :prefix || '%')",
            {"code": code, "prefix": prefix},
        )

    def all(self) -> list[Held]:
        return self._held("WHERE state = :state", {"state": SubmissionState.QUARANTINED.value})

    def requeue(self, submission_ids: list[uuid.UUID], now: dt.datetime) -> list[uuid.UUID]:
        """Quarantined ones among ``submission_ids`` back to the queue, due now; returns them."""

        def change(db: Database) -> list[uuid.UUID]:
            done = []
            for submission_id in submission_ids:
                cursor = db.execute(
                    "UPDATE submissions SET state = :queued, next_attempt_at = :now, "
                    "last_error = NULL, last_error_at = NULL "
                    "WHERE submission_id = :id AND state = :quarantined",
                    {
                        "queued": SubmissionState.QUEUED.value,
                        "quarantined": SubmissionState.QUARANTINED.value,
                        "now": stamp(now),
                        "id": str(submission_id),
                    },
                )
                if cursor.rowcount != 1:
                    continue
                # Uploads are checked again by their offset (tus HEAD): nothing is re-sent twice.
                db.execute(
                    "UPDATE attachments SET state = :pending "
                    "WHERE submission_id = :id AND state = :quarantined",
                    {
                        "pending": AttachmentState.PENDING.value,
                        "quarantined": AttachmentState.QUARANTINED.value,
                        "id": str(submission_id),
                    },
                )
                done.append(submission_id)
            return done

        result: list[uuid.UUID] = self._record(change)
        return result

    def sealed_to_other_keys(self, current: str, previous: str | None) -> dict[str, int]:
        """Undelivered items per office key id other than ``current``; items from before key
        ids were recorded count under ``previous`` (the key the terminal held until now)."""
        counts: dict[str, int] = {}
        for sealed_to, items in undelivered_by_key(self._rows).items():
            key = sealed_to or previous
            if key is not None and key != current:
                counts[key] = counts.get(key, 0) + items
        return counts

    def _held(self, condition: str, params: dict[str, Any]) -> list[Held]:
        rows = self._rows(
            "SELECT s.submission_id, s.kind, s.reference_code, s.state, s.last_error, "  # noqa: S608 (fixed SQL)
            "s.last_error_at, s.sealed_to, "
            "(SELECT GROUP_CONCAT(a.path, char(10)) FROM attachments a "
            " WHERE a.submission_id = s.submission_id AND a.path IS NOT NULL) AS paths "
            f"FROM submissions s {condition} ORDER BY s.created_at",
            params,
        )
        return [
            Held(
                submission_id=uuid.UUID(row["submission_id"]),
                kind=SubmissionKind(row["kind"]),
                reference_code=row["reference_code"],
                state=SubmissionState(row["state"]),
                reason=row["last_error"],
                at=moment(row["last_error_at"]),
                sealed_to=row["sealed_to"],
                missing_files=sum(
                    not Path(path).exists() for path in (row["paths"] or "").splitlines()
                ),
            )
            for row in rows
        ]
