"""Received documents for e-file tests: rows in a real database and their PDFs in a folder.

``stored_document`` writes a device, a submission and its :class:`ReceivedDocument` as the
intake would; ``PdfShelf`` stands where the attachment intake keeps verified PDFs.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from backoffice.efile.records import document_records
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import Device, Submission
from contract.submissions import DocumentFile, DocumentSubmissionPayload
from tests.helpers.backoffice import FixedClock

PDF = b"%PDF-1.7\n% a stand-in for the verified PDF/A\n%%EOF\n"
BG_NUMBER = "12345BG1234567"
REFERENCE = "K7F-3QX"


class PdfShelf:
    """Where the attachment intake keeps verified PDFs: here a folder the test fills."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, attachment_id: uuid.UUID, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / str(attachment_id)).write_bytes(data)

    def path(self, device: uuid.UUID, submission: uuid.UUID, attachment: uuid.UUID) -> Path:
        return self.folder / str(attachment)

    def __call__(self, device: uuid.UUID, submission: uuid.UUID, attachment: uuid.UUID) -> Path:
        path = self.path(device, submission, attachment)
        if not path.exists():
            raise FileNotFoundError(path)
        return path


def stored_document(
    sessions: sessionmaker[Session], clock: FixedClock, data: bytes = PDF
) -> ReceivedDocument:
    device_id, attachment_id = uuid.uuid4(), uuid.uuid4()
    payload = DocumentSubmissionPayload(
        document_type_id="bank_statement",
        document_type_label="Kontoauszug",
        bg_number=BG_NUMBER,
        page_count=3,
        files=[
            DocumentFile(
                attachment_id=attachment_id,
                file_name=f"Kontoauszug_2026-11-23_{REFERENCE}.pdf",
                media_type="application/pdf",
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
            )
        ],
        language="de",
        scanned_at=clock.now(),
    )
    with sessions() as session, session.begin():
        session.add(
            Device(
                id=device_id,
                name="Terminal Foyer",
                token_sha256=device_id.hex * 2,
                enrolled_at=clock.now(),
            )
        )
        submission = Submission(
            device_id=device_id,
            submission_id=uuid.uuid4(),
            envelope_sha256="0" * 64,
            kind="document",
            reference_code=REFERENCE,
            received_at=clock.now(),
            response_status=201,
            response_body="{}",
        )
        session.add(submission)
        session.flush()
        [row] = document_records(submission, payload, clock.now())
        session.add(row)
    return row


def published_zips(hotfolder: Path) -> list[Path]:
    """The ZIPs an e-file importer would take: not the hidden ".incoming-…" copy the office
    writes first and then renames (importers skip hidden files)."""
    return [path for path in hotfolder.glob("*.zip") if not path.name.startswith(".")]
