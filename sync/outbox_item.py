"""One outbox row as the code sees it (:class:`OutboxItem`), and how times are stored in rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from contract.submissions import SubmissionKind, SubmissionReceipt
from sync.outbox_summary import SubmissionState


@dataclass(frozen=True)
class OutboxItem:
    submission_id: uuid.UUID
    kind: SubmissionKind
    reference_code: str
    created_at: dt.datetime
    state: SubmissionState
    attempts: int
    next_attempt_at: dt.datetime
    last_error: str | None
    # None once delivered.
    sealed_payload: bytes | None
    payload_bytes: int
    delivered_at: dt.datetime | None
    receipt: SubmissionReceipt | None
    # Id of the office key it is sealed to (sync.sealing.key_id; None: queued before that
    # was recorded).
    sealed_to: str | None = None


def stamp(moment: dt.datetime) -> str:
    """Fixed-width UTC text, so that SQL compares and sorts moments correctly as strings."""
    if moment.tzinfo is None:
        raise ValueError("outbox times must be timezone-aware")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def parsed(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def item_from_row(row: dict[str, Any]) -> OutboxItem:
    receipt = row["receipt"]
    return OutboxItem(
        submission_id=uuid.UUID(row["submission_id"]),
        kind=SubmissionKind(row["kind"]),
        reference_code=row["reference_code"],
        created_at=parsed(row["created_at"]),
        state=SubmissionState(row["state"]),
        attempts=row["attempts"],
        next_attempt_at=parsed(row["next_attempt_at"]),
        last_error=row["last_error"],
        sealed_payload=row["sealed_payload"],
        payload_bytes=row["payload_bytes"],
        delivered_at=moment(row["delivered_at"]),
        receipt=None if receipt is None else SubmissionReceipt.model_validate_json(receipt),
        sealed_to=row.get("sealed_to"),
    )
