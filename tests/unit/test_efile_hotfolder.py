"""The e-file hand-over on a real SQLite file and a real folder: one ZIP per document, shaped
after xdomea, written atomically; failures recorded and retried, never dropped."""

from __future__ import annotations

import hashlib
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import MESSAGE_NAME, HotfolderAdapter
from backoffice.efile.records import document_records
from backoffice.efile.xdomea import NAMESPACE
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.engine import make_engine, make_session_factory
from backoffice.storage.migrate import upgrade
from backoffice.storage.models import Device, Submission
from sync.wire import DocumentFile, DocumentSubmissionPayload
from tests.helpers.backoffice import FixedClock

PDF = b"%PDF-1.7\n% a stand-in for the verified PDF/A\n%%EOF\n"
NS = {"x": NAMESPACE}


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    upgrade(engine)
    yield make_session_factory(engine)
    engine.dispose()


class PdfShelf:
    """Where the attachment intake keeps verified PDFs: here a folder the test fills."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, attachment_id: uuid.UUID, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / str(attachment_id)).write_bytes(data)

    def __call__(self, device: uuid.UUID, submission: uuid.UUID, attachment: uuid.UUID) -> Path:
        path = self.folder / str(attachment)
        if not path.exists():
            raise FileNotFoundError(path)
        return path


def _stored_document(
    sessions: sessionmaker[Session], clock: FixedClock, data: bytes = PDF
) -> ReceivedDocument:
    device_id, attachment_id = uuid.uuid4(), uuid.uuid4()
    payload = DocumentSubmissionPayload(
        document_type_id="bank_statement",
        document_type_label="Kontoauszug",
        bg_number="12345BG1234567",
        page_count=3,
        files=[
            DocumentFile(
                attachment_id=attachment_id,
                file_name="Kontoauszug_2026-11-23_K7F-3QX.pdf",
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
            reference_code="K7F-3QX",
            received_at=clock.now(),
            response_status=201,
            response_body="{}",
        )
        session.add(submission)
        session.flush()
        [row] = document_records(submission, payload, clock.now())
        session.add(row)
    return row


def _dispatcher(
    sessions: sessionmaker[Session], folder: Path, shelf: PdfShelf, clock: FixedClock
) -> EfileDispatcher:
    return EfileDispatcher(sessions, HotfolderAdapter(folder), shelf, clock, "Jobcenter Test", 60)


def test_a_document_becomes_one_zip_with_message_and_pdf(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    row = _stored_document(sessions, clock)
    shelf = PdfShelf(tmp_path / "attachments")
    shelf.put(row.attachment_id, PDF)
    hotfolder = tmp_path / "hotfolder"

    result = _dispatcher(sessions, hotfolder, shelf, clock).run_once()

    assert result.delivered == 1 and result.failed == 0
    [archive] = list(hotfolder.iterdir())  # no temp file left beside it
    assert archive.name == f"K7F-3QX_{row.attachment_id}.zip"
    with zipfile.ZipFile(archive) as opened:
        assert sorted(opened.namelist()) == sorted(
            [MESSAGE_NAME, "Kontoauszug_2026-11-23_K7F-3QX.pdf"]
        )
        pdf = opened.read("Kontoauszug_2026-11-23_K7F-3QX.pdf")
        message = ET.fromstring(opened.read(MESSAGE_NAME))  # noqa: S314  (our own output)
    assert pdf == PDF
    assert message.findtext("x:Kopf/x:ProzessID", namespaces=NS) == str(row.attachment_id)
    assert message.findtext("x:Kopf/x:Absender/x:Terminal", namespaces=NS) == str(row.device_id)
    item = message.find("x:Schriftgutobjekt", NS)
    assert item is not None
    assert item.findtext("x:BGNummer", namespaces=NS) == "12345BG1234567"
    assert item.findtext("x:Dokumenttyp", namespaces=NS) == "Kontoauszug"
    assert (
        item.findtext("x:Datei/x:Dateiname", namespaces=NS) == "Kontoauszug_2026-11-23_K7F-3QX.pdf"
    )
    assert item.findtext("x:Datei/x:Pruefsumme", namespaces=NS) == hashlib.sha256(PDF).hexdigest()
    with sessions() as session:
        stored = session.get(ReceivedDocument, row.id)
        assert stored is not None
        assert stored.efile_delivered_at == clock.now()
        assert stored.efile_location == str(archive)


def test_a_failed_hand_over_is_recorded_and_retried_later(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    row = _stored_document(sessions, clock)
    shelf = PdfShelf(tmp_path / "attachments")  # the PDF is not there yet
    dispatcher = _dispatcher(sessions, tmp_path / "hotfolder", shelf, clock)

    assert dispatcher.run_once().failed == 1
    with sessions() as session:
        stored = session.get(ReceivedDocument, row.id)
        assert stored is not None
        assert stored.efile_delivered_at is None and stored.efile_attempts == 1
        assert stored.efile_last_error.startswith("FileNotFoundError")

    shelf.put(row.attachment_id, PDF)
    assert dispatcher.run_once().delivered == 0  # not due before the retry interval
    clock.advance(seconds=61)
    assert dispatcher.run_once().delivered == 1
    with sessions() as session:
        stored = session.get(ReceivedDocument, row.id)
        assert stored is not None and stored.efile_attempts == 2
        assert stored.efile_last_error == "" and stored.efile_delivered_at is not None


def test_a_pdf_that_does_not_match_its_sha256_is_not_handed_over(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    row = _stored_document(sessions, clock)
    shelf = PdfShelf(tmp_path / "attachments")
    shelf.put(row.attachment_id, PDF + b"tampered")
    hotfolder = tmp_path / "hotfolder"
    assert _dispatcher(sessions, hotfolder, shelf, clock).run_once().failed == 1
    assert not hotfolder.exists() or list(hotfolder.iterdir()) == []
