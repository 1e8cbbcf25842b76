"""What was queued on the terminal against what the backoffice stored: exactly once, intact.

The backoffice's SQLite file is read directly (read-only), not through its API: the proof must
not depend on the code under test reporting on itself.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract.submissions import CallbackRequestPayload
from tests.helpers.efile_documents import published_zips

OFFICE_DATABASE = "backoffice.sqlite3"


@dataclass(frozen=True)
class QueuedSubmission:
    """A submission ``submit`` returned for: the terminal promised the citizen it is saved."""

    submission_id: uuid.UUID
    reference_code: str
    payload: CallbackRequestPayload
    # SHA-256 of the canonical envelope the terminal sends (as the backoffice computes it).
    envelope_sha256: str
    # The same envelope naming its key: what the office stores if the terminal learned, before
    # sending, that the office names its keys (sync.delivery follows that while it runs).
    named_envelope_sha256: str | None = None


@dataclass(frozen=True)
class QueuedDocument:
    """A document submission ``submit`` returned for, with its PDF's plaintext SHA-256."""

    submission_id: uuid.UUID
    attachment_id: uuid.UUID
    pdf_sha256: str
    pdf_size: int


@dataclass(frozen=True)
class StoredCallback:
    submission_id: uuid.UUID
    envelope_sha256: str
    reference_code: str
    payload: CallbackRequestPayload


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class OfficeLedger:
    """Read-only view of one backoffice data folder."""

    def __init__(self, office_data_dir: Path) -> None:
        self.database = office_data_dir / OFFICE_DATABASE

    def _rows(self, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=10)
        connection.row_factory = sqlite3.Row
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def heartbeat(self, device_id: uuid.UUID) -> dict[str, Any] | None:
        """The last heartbeat report the office stored for the device, as JSON."""
        rows = self._rows(
            "SELECT report FROM device_health WHERE device_id = ? OR device_id = ?",
            (device_id.hex, str(device_id)),
        )
        if not rows or rows[0][0] is None:
            return None
        report: dict[str, Any] = json.loads(rows[0][0])
        return report

    def callbacks_from(self, device_id: uuid.UUID) -> list[StoredCallback]:
        """Every callback request the office stored for this device, one entry per record."""
        rows = self._rows(
            "SELECT s.submission_id, s.envelope_sha256, c.reference_code, c.concern_id, "
            "c.concern_label, c.name, c.phone_e164, c.bg_number, c.time_windows, c.note, "
            "c.language, c.privacy_accepted_at "
            "FROM submission s JOIN callback_request c ON c.submission_pk = s.id "
            "WHERE s.device_id = ? OR s.device_id = ?",
            (device_id.hex, str(device_id)),
        )
        return [
            StoredCallback(
                submission_id=_uuid(row["submission_id"]),
                envelope_sha256=row["envelope_sha256"],
                reference_code=row["reference_code"],
                payload=CallbackRequestPayload.model_validate(
                    {
                        "concern_id": row["concern_id"],
                        "concern_label": row["concern_label"],
                        "name": row["name"],
                        "phone_e164": row["phone_e164"],
                        "bg_number": row["bg_number"],
                        "time_windows": json.loads(row["time_windows"]),
                        "note": row["note"],
                        "language": row["language"],
                        # Stored as naive UTC by the backoffice's column type.
                        "privacy_accepted_at": row["privacy_accepted_at"] + "+00:00"
                        if "+" not in row["privacy_accepted_at"]
                        else row["privacy_accepted_at"],
                    }
                ),
            )
            for row in rows
        ]

    def documents_from(self, device_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID, str, int]]:
        """(submission id, attachment id, sha256, size) of every received document file."""
        rows = self._rows(
            "SELECT submission_id, attachment_id, sha256, size FROM received_document "
            "WHERE device_id = ? OR device_id = ?",
            (device_id.hex, str(device_id)),
        )
        return [(_uuid(r[0]), _uuid(r[1]), str(r[2]), int(r[3])) for r in rows]

    def pdf_copies(self) -> tuple[Counter[str], Counter[str]]:
        """SHA-256 of every PDF the office holds: (waiting in ``attachments/``, handed to the
        e-file hotfolder as a ZIP). A document handed over twice counts twice."""
        waiting: Counter[str] = Counter()
        handed_over: Counter[str] = Counter()
        folder = self.database.parent
        if (folder / "attachments").exists():
            for path in (folder / "attachments").rglob("*"):
                if path.is_file():
                    waiting[hashlib.sha256(path.read_bytes()).hexdigest()] += 1
        for archive in published_zips(folder / "efile-hotfolder"):
            with zipfile.ZipFile(archive) as opened:
                for member in opened.namelist():
                    if member.lower().endswith(".pdf"):
                        handed_over[hashlib.sha256(opened.read(member)).hexdigest()] += 1
        return waiting, handed_over

    def assert_documents_once(self, device_id: uuid.UUID, queued: list[QueuedDocument]) -> None:
        """Every queued document received once, its PDF byte-identical, handed on at most once
        (the e-file hand-over runs in the background: a PDF may still be waiting)."""
        received = self.documents_from(device_id)
        counts = Counter(attachment for _, attachment, _, _ in received)
        assert all(n == 1 for n in counts.values()), "a document file was received twice"
        by_attachment = {row[1]: row for row in received}
        waiting, handed_over = self.pdf_copies()
        for entry in queued:
            row = by_attachment.get(entry.attachment_id)
            assert row is not None, "an acknowledged document never arrived"
            assert row[0] == entry.submission_id
            assert (row[2], row[3]) == (entry.pdf_sha256, entry.pdf_size)
            assert handed_over[entry.pdf_sha256] <= 1, "one PDF handed to the e-file twice"
            assert waiting[entry.pdf_sha256] <= 1, "one PDF stored twice"
            assert waiting[entry.pdf_sha256] + handed_over[entry.pdf_sha256] >= 1, (
                "the received PDF's bytes are nowhere at the office"
            )

    def submissions_without_record(self) -> int:
        """Idempotency records with no callback behind them: a half-stored submission."""
        rows = self._rows(
            "SELECT COUNT(*) FROM submission s WHERE (s.kind = 'callback' AND NOT EXISTS "
            "(SELECT 1 FROM callback_request c WHERE c.submission_pk = s.id)) OR "
            "(s.kind = 'document' AND NOT EXISTS "
            "(SELECT 1 FROM received_document d WHERE d.submission_pk = s.id))",
            (),
        )
        return int(rows[0][0])

    def assert_exactly_once(
        self, device_id: uuid.UUID, queued: list[QueuedSubmission], *, complete: bool = True
    ) -> None:
        """Every queued submission stored once, byte-identical. ``complete``: ``queued`` is
        everything the device ever sent, so the office must hold nothing else from it."""
        stored = self.callbacks_from(device_id)
        counts = Counter(entry.submission_id for entry in stored)
        twice = [sid for sid, n in counts.items() if n > 1]
        assert not twice, f"{len(twice)} submission(s) stored more than once"
        by_id = {entry.submission_id: entry for entry in stored}
        missing = [q.submission_id for q in queued if q.submission_id not in by_id]
        assert not missing, f"{len(missing)} of {len(queued)} acknowledged submissions missing"
        unexpected = set(by_id) - {q.submission_id for q in queued}
        assert not (complete and unexpected), (
            f"{len(unexpected)} submission(s) the terminal never queued"
        )
        for entry in queued:
            record = by_id[entry.submission_id]
            sent_as = {entry.envelope_sha256, entry.named_envelope_sha256}
            assert record.envelope_sha256 in sent_as, "ciphertext changed en route"
            assert record.reference_code == entry.reference_code
            assert record.payload == entry.payload, "stored content differs from what was queued"
        assert self.submissions_without_record() == 0
