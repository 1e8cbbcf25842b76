"""Figures about the outbox for ``kiosk status``, heartbeats and the admin screen.

Read-only queries over the outbox's tables; nothing here holds personal data.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from contract.submissions import SubmissionKind

RowQuery = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
_TABLE = "submissions"


class SubmissionState(enum.StrEnum):
    QUEUED = "queued"
    DELIVERED = "delivered"
    # The backoffice refused it for good (e.g. 422); kept for IT, never retried by itself.
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class StateTotals:
    items: int = 0
    payload_bytes: int = 0
    # Sealed attachment files (their size as queued, also after delivery deleted them).
    attachment_bytes: int = 0


@dataclass(frozen=True)
class QuarantinedItem:
    """A submission the backoffice refused for good, for IT. ``reason`` has no personal data."""

    submission_id: uuid.UUID
    kind: SubmissionKind
    reason: str
    quarantined_at: dt.datetime


@dataclass(frozen=True)
class OutboxSummary:
    """Figures for ``kiosk status`` and the admin screen. Contains no personal data."""

    totals: dict[SubmissionState, StateTotals]
    oldest_undelivered_at: dt.datetime | None
    last_delivered_at: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    quarantined: list[QuarantinedItem] = field(default_factory=list)
    # A full disk right now (see sync.space_reserve): not in any row, since no row could be
    # written to say so.
    storage_error: str | None = None
    # Items not delivered (queued or quarantined) per office key they were sealed to; "" for
    # items queued before key ids were recorded. The office retires a key by these.
    undelivered_by_key: dict[str, int] = field(default_factory=dict)

    @property
    def current_error(self) -> str | None:
        """What IT should look at first: a full disk, else the newest delivery error."""
        return self.storage_error or self.last_error


def _moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def summarize(rows: RowQuery, storage_error: str | None) -> OutboxSummary:
    totals = {state: StateTotals() for state in SubmissionState}
    for row in rows(
        f"SELECT state, COUNT(*) AS items, COALESCE(SUM(payload_bytes), 0) AS bytes, "  # noqa: S608
        f"COALESCE(SUM(attachment_bytes), 0) AS files FROM {_TABLE} GROUP BY state",
        {},
    ):
        totals[SubmissionState(row["state"])] = StateTotals(
            row["items"], row["bytes"], row["files"]
        )
    figures = rows(
        f"SELECT (SELECT MIN(created_at) FROM {_TABLE} WHERE state != :delivered) AS oldest, "  # noqa: S608
        f"(SELECT MAX(delivered_at) FROM {_TABLE}) AS last_delivered",
        {"delivered": SubmissionState.DELIVERED.value},
    )[0]
    errors = rows(
        f"SELECT last_error, last_error_at FROM {_TABLE} "  # noqa: S608 (fixed SQL)
        "WHERE last_error_at IS NOT NULL ORDER BY last_error_at DESC LIMIT 1",
        {},
    )
    return OutboxSummary(
        totals=totals,
        oldest_undelivered_at=_moment(figures["oldest"]),
        last_delivered_at=_moment(figures["last_delivered"]),
        last_error=errors[0]["last_error"] if errors else None,
        last_error_at=_moment(errors[0]["last_error_at"]) if errors else None,
        quarantined=_quarantined(rows),
        storage_error=storage_error,
        undelivered_by_key=undelivered_by_key(rows),
    )


def undelivered_by_key(rows: RowQuery) -> dict[str, int]:
    """Items not delivered (queued or quarantined) per id of the office key they are sealed
    to (the ``sealed_to`` column); "" for items queued before ids were recorded."""
    found = rows(
        f"SELECT COALESCE(sealed_to, '') AS sealed_to, COUNT(*) AS items FROM {_TABLE} "  # noqa: S608
        "WHERE state != :delivered GROUP BY COALESCE(sealed_to, '')",
        {"delivered": SubmissionState.DELIVERED.value},
    )
    return {row["sealed_to"]: row["items"] for row in found}


def _quarantined(rows: RowQuery) -> list[QuarantinedItem]:
    found = rows(
        f"SELECT submission_id, kind, last_error, last_error_at FROM {_TABLE} "  # noqa: S608
        "WHERE state = :quarantined ORDER BY last_error_at",
        {"quarantined": SubmissionState.QUARANTINED.value},
    )
    return [
        QuarantinedItem(
            uuid.UUID(row["submission_id"]),
            SubmissionKind(row["kind"]),
            row["last_error"] or "",
            dt.datetime.fromisoformat(row["last_error_at"]),
        )
        for row in found
    ]
