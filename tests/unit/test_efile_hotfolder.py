"""The e-file hand-over on a real SQLite file and a real folder: one ZIP per document (an xdomea
message and the PDF), written atomically; failures recorded and retried, never dropped."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter
from backoffice.efile.xdomea import read_message
from backoffice.storage.document_models import ReceivedDocument
from tests.helpers.backoffice import FixedClock
from tests.helpers.efile_documents import PDF, PdfShelf, stored_document


def _dispatcher(
    sessions: sessionmaker[Session], folder: Path, shelf: PdfShelf, clock: FixedClock
) -> EfileDispatcher:
    return EfileDispatcher(sessions, HotfolderAdapter(folder), shelf, clock, "Jobcenter Test", 60)


def test_a_document_becomes_one_zip_with_message_and_pdf(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    row = stored_document(sessions, clock)
    shelf = PdfShelf(tmp_path / "attachments")
    shelf.put(row.attachment_id, PDF)
    hotfolder = tmp_path / "hotfolder"

    result = _dispatcher(sessions, hotfolder, shelf, clock).run_once()

    assert result.delivered == 1 and result.failed == 0
    [archive] = [p for p in hotfolder.iterdir() if p.is_file()]  # no temp file left beside it
    assert archive.name == f"{row.attachment_id}_Abgabe.Abgabe.0401.zip"
    with zipfile.ZipFile(archive) as opened:
        pdf_entry = f"{row.attachment_id}_Kontoauszug_2026-11-23_K7F-3QX.pdf"
        assert sorted(opened.namelist()) == sorted(
            [f"{row.attachment_id}_Abgabe.Abgabe.0401.xml", pdf_entry]
        )
        pdf = opened.read(pdf_entry)
        message = read_message(opened.read(f"{row.attachment_id}_Abgabe.Abgabe.0401.xml"))
    assert pdf == PDF
    assert message.process_id == str(row.attachment_id)
    assert message.primary_file == pdf_entry  # the message names the file the ZIP holds
    assert message.file_name == "Kontoauszug_2026-11-23_K7F-3QX.pdf"
    assert message.document_type == "Kontoauszug"
    assert message.fields["BGNummer"] == "12345BG1234567"
    assert message.fields["TerminalID"] == str(row.device_id)
    assert message.fields["SHA256"] == hashlib.sha256(PDF).hexdigest()
    with sessions() as session:
        stored = session.get(ReceivedDocument, row.id)
        assert stored is not None
        assert stored.efile_delivered_at == clock.now()
        assert stored.efile_location == str(archive)


def test_a_failed_hand_over_is_recorded_and_retried_later(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    row = stored_document(sessions, clock)
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
    row = stored_document(sessions, clock)
    shelf = PdfShelf(tmp_path / "attachments")
    shelf.put(row.attachment_id, PDF + b"tampered")
    hotfolder = tmp_path / "hotfolder"
    assert _dispatcher(sessions, hotfolder, shelf, clock).run_once().failed == 1
    assert not hotfolder.exists() or list(hotfolder.iterdir()) == []
