"""Telling outbox rows read from damaged pages apart, and keeping only those proven whole.

Rows come from :mod:`sync.sqlite_pages` as bare value lists. A row is a submission or an
attachment by its shape (column count, a UUID first, a known kind or state), in the column
order the migrations of :mod:`sync.outbox_schema` give (a test holds the two together).
Rows written before a migration added columns are shorter: the missing ones take their
defaults.

A submission is restored only when everything it needs checks out: its fields parse, its
sealed payload has the length (and, when recorded, the SHA-256) it was queued with, and its
sealed files are all there with the sizes and SHA-256 its attachment rows recorded. Anything
less is reported as damaged, never sent: the office would refuse it or, worse, store a part.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract.submissions import SubmissionKind, SubmissionReceipt
from sync.outbox_attachments import AttachmentState
from sync.outbox_summary import SubmissionState
from sync.reference import normalize_reference_code
from sync.sqlite_pages import SqlValue

SUBMISSION_COLUMNS = (
    "submission_id",
    "kind",
    "reference_code",
    "created_at",
    "state",
    "attempts",
    "next_attempt_at",
    "last_attempt_at",
    "last_error",
    "last_error_at",
    "sealed_payload",
    "payload_bytes",
    "delivered_at",
    "receipt",
    "attachment_bytes",
    "sealed_to",
    "payload_sha256",
)
# Columns 0001_submissions created; later ones were added with ALTER TABLE.
_FIRST_SUBMISSION_COLUMNS = 14
_SUBMISSION_DEFAULTS: dict[str, Any] = {
    "attachment_bytes": 0,
    "sealed_to": None,
    "payload_sha256": None,
}
ATTACHMENT_COLUMNS = (
    "submission_id",
    "attachment_id",
    "position",
    "state",
    "path",
    "size",
    "sha256",
    "upload_path",
    "uploaded_offset",
    "created_at",
    "uploaded_at",
    "delivered_at",
)
_KINDS = {kind.value for kind in SubmissionKind}
_STATES = {state.value for state in SubmissionState}
_ATTACHMENT_STATES = {state.value for state in AttachmentState}
_STATE_RANK = {
    SubmissionState.QUEUED.value: 0,
    SubmissionState.QUARANTINED.value: 1,
    SubmissionState.DELIVERED.value: 2,
}


class RowDamageError(ValueError):
    """Why a row cannot be restored; ``str()`` is for IT (no payload data)."""


def _uuid(value: SqlValue) -> uuid.UUID:
    if not isinstance(value, str):
        raise RowDamageError("id is not text")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise RowDamageError("id is not a UUID") from None


def _time(value: SqlValue, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise RowDamageError("time is not text")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise RowDamageError("time does not parse") from None
    if moment.tzinfo is None:
        raise RowDamageError("time without time zone")
    return value


def _count(value: SqlValue) -> int:
    if not isinstance(value, int) or value < 0:
        raise RowDamageError("count is not a whole number")
    return value


def is_submission(values: list[SqlValue]) -> bool:
    return (
        _FIRST_SUBMISSION_COLUMNS <= len(values) <= len(SUBMISSION_COLUMNS)
        and _looks_like_uuid(values[0])
        and values[1] in _KINDS
        and values[4] in _STATES
    )


def is_attachment(values: list[SqlValue]) -> bool:
    return (
        len(values) == len(ATTACHMENT_COLUMNS)
        and _looks_like_uuid(values[0])
        and _looks_like_uuid(values[1])
        and values[3] in _ATTACHMENT_STATES
    )


def _looks_like_uuid(value: SqlValue) -> bool:
    return isinstance(value, str) and len(value) == 36 and value.count("-") == 4


def submission_row(values: list[SqlValue]) -> dict[str, Any]:
    """The row as a column dict, its fields checked; :class:`RowDamageError` if not usable."""
    row = dict(_SUBMISSION_DEFAULTS)
    row.update(zip(SUBMISSION_COLUMNS, values, strict=False))
    _uuid(row["submission_id"])
    if not isinstance(row["reference_code"], str) or not normalize_reference_code(
        row["reference_code"]
    ):
        raise RowDamageError("reference code damaged")
    for name in ("created_at", "next_attempt_at"):
        _time(row[name])
    for name in ("last_attempt_at", "last_error_at", "delivered_at"):
        _time(row[name], optional=True)
    for name in ("attempts", "payload_bytes", "attachment_bytes"):
        _count(row[name])
    if row["state"] == SubmissionState.DELIVERED.value:
        _receipt(row)
    else:
        _payload(row)
    return row


def _receipt(row: dict[str, Any]) -> None:
    if row["receipt"] is None:
        return
    try:
        SubmissionReceipt.model_validate_json(row["receipt"])
    except ValueError:
        row["receipt"] = None  # history only: the office holds the real one


def _payload(row: dict[str, Any]) -> None:
    payload = row["sealed_payload"]
    if not isinstance(payload, bytes) or not payload:
        raise RowDamageError("sealed payload missing")
    if len(payload) != row["payload_bytes"]:
        raise RowDamageError("sealed payload cut short")
    digest = row["payload_sha256"]
    if digest is not None and hashlib.sha256(payload).hexdigest() != digest:
        raise RowDamageError("sealed payload damaged (SHA-256 differs)")


def attachment_row(values: list[SqlValue]) -> dict[str, Any]:
    row = dict(zip(ATTACHMENT_COLUMNS, values, strict=True))
    _uuid(row["attachment_id"])
    _count(row["position"])
    _count(row["size"])
    _count(row["uploaded_offset"])
    _time(row["created_at"])
    return row


def file_intact(row: dict[str, Any], blobs: Path) -> bool:
    """The sealed file the row names is under ``blobs``, with its recorded size and SHA-256."""
    name = row["path"]
    if not isinstance(name, str) or not isinstance(row["sha256"], str):
        return False
    path = Path(name)
    if path.parent != blobs:
        return False
    try:
        if path.stat().st_size != row["size"]:
            return False
        digest = hashlib.sha256()
        with path.open("rb") as source:
            while piece := source.read(1024 * 1024):
                digest.update(piece)
    except OSError:
        return False
    return digest.hexdigest() == row["sha256"]


@dataclass
class Sorted:
    """Rows of a salvage, one per submission (the most advanced copy wins)."""

    submissions: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    attachments: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # Submission rows that did not check out, and why.
    damaged: dict[uuid.UUID, list[str]] = field(default_factory=dict)
    references: dict[uuid.UUID, str] = field(default_factory=dict)
    # Rows shaped like submissions whose id itself is damaged.
    unidentified: int = 0

    def add(self, values: list[SqlValue]) -> None:
        if is_submission(values):
            self._add_submission(values)
        elif is_attachment(values):
            try:
                row = attachment_row(values)
            except RowDamageError:
                return  # its submission cannot prove its files: reported there
            self.attachments[(row["submission_id"], row["attachment_id"])] = row

    def _add_submission(self, values: list[SqlValue]) -> None:
        try:
            submission_id = _uuid(values[0])
        except RowDamageError:
            self.unidentified += 1
            return
        if isinstance(values[2], str):
            self.references.setdefault(submission_id, values[2])
        try:
            row = submission_row(values)
        except RowDamageError as damage:
            self.damaged.setdefault(submission_id, []).append(str(damage))
            return
        known = self.submissions.get(submission_id)
        if known is None or _advance(row) > _advance(known):
            self.submissions[submission_id] = row

    def files_of(self, submission_id: uuid.UUID) -> list[dict[str, Any]]:
        key = str(submission_id)
        return sorted(
            (row for (owner, _), row in self.attachments.items() if owner == key),
            key=lambda row: row["position"],
        )


def _advance(row: dict[str, Any]) -> tuple[int, int]:
    return _STATE_RANK[row["state"]], row["attempts"]


def files_complete(row: dict[str, Any], files: Iterable[dict[str, Any]], blobs: Path) -> str | None:
    """None if the submission's sealed files are all there and whole, else why not."""
    files = list(files)
    if sum(file["size"] for file in files) != row["attachment_bytes"]:
        return "sealed file record missing"
    if row["state"] == SubmissionState.DELIVERED.value:
        return None  # delivered: the files are gone on purpose
    if not all(file_intact(file, blobs) for file in files):
        return "sealed file missing or damaged"
    return None
