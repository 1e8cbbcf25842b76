"""The retention rule on a real SQLite file and a real folder: the backoffice's copy of a
document goes some days after the e-file confirmed it, never before, never without it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter
from backoffice.efile.retention import HandedOverCopies
from backoffice.storage.document_models import ReceivedDocument
from tests.helpers.backoffice import FixedClock
from tests.helpers.efile_documents import BG_NUMBER, PDF, REFERENCE, PdfShelf, stored_document

DAY = 86400


class Office:
    """One document on the shelf, the hotfolder hand-over and the retention rule around it."""

    def __init__(self, sessions: sessionmaker[Session], folder: Path, keep_days: int) -> None:
        self.sessions = sessions
        self.clock = FixedClock()
        self.shelf = PdfShelf(folder / "attachments")
        self.dispatcher = EfileDispatcher(
            sessions, HotfolderAdapter(folder / "hotfolder"), self.shelf, self.clock, "JC", 60
        )
        self.retention = HandedOverCopies(sessions, self.shelf.path, self.clock, keep_days)

    def document(self, data: bytes = PDF) -> tuple[ReceivedDocument, Path]:
        row = stored_document(self.sessions, self.clock, data)
        self.shelf.put(row.attachment_id, PDF)  # a different ``data`` makes the hand-over fail
        return row, self.shelf.path(row.device_id, row.submission_id, row.attachment_id)

    def row(self, document: ReceivedDocument) -> ReceivedDocument:
        with self.sessions() as session:
            stored = session.get(ReceivedDocument, document.id)
        assert stored is not None
        return stored


def test_a_handed_over_copy_goes_after_the_kept_days_and_only_then(
    sessions: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    office = Office(sessions, tmp_path, keep_days=7)
    row, copy = office.document()
    assert office.dispatcher.run_once().delivered == 1
    handed_over = office.clock.now()

    office.clock.advance(seconds=7 * DAY - 60)
    assert office.retention.run_once().removed == 0
    assert copy.read_bytes() == PDF

    office.clock.advance(seconds=120)
    with caplog.at_level(logging.INFO, logger="backoffice.efile.retention"):
        assert office.retention.run_once().removed == 1
    assert not copy.exists()
    stored = office.row(row)
    assert stored.copy_removed_at == office.clock.now()
    assert stored.efile_delivered_at == handed_over  # the hand-over record stays
    [message] = [r.getMessage() for r in caplog.records if r.name == "backoffice.efile.retention"]
    assert message == f"document {row.id}: copy removed 7.0 days after the hand-over to the e-file"
    assert BG_NUMBER not in message and REFERENCE not in message

    office.clock.advance(seconds=DAY)
    assert office.retention.run_once().removed == 0  # done once, not again


def test_a_copy_the_e_file_does_not_have_is_never_removed(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    office = Office(sessions, tmp_path, keep_days=0)
    waiting, waiting_copy = office.document(data=PDF + b"changed")  # SHA-256 will not match
    handed, handed_copy = office.document()
    assert office.dispatcher.run_once().failed == 1

    office.clock.advance(seconds=1000 * DAY)
    assert office.retention.run_once().removed == 1
    assert waiting_copy.read_bytes() == PDF  # the same folder: only the handed-over file went
    assert not handed_copy.exists()
    assert office.row(waiting).copy_removed_at is None
    assert office.row(handed).copy_removed_at is not None


def test_zero_days_removes_the_copy_right_after_the_hand_over(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    office = Office(sessions, tmp_path, keep_days=0)
    row, copy = office.document()
    assert office.dispatcher.run_once().delivered == 1
    assert office.retention.run_once().removed == 1
    assert not copy.exists() and not copy.parent.exists()  # the emptied folder went too
    assert office.row(row).copy_removed_at == office.clock.now()


def test_a_copy_already_gone_is_recorded_without_an_error(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    office = Office(sessions, tmp_path, keep_days=1)
    row, copy = office.document()
    assert office.dispatcher.run_once().delivered == 1
    copy.unlink()  # e.g. a run that removed it and stopped before it could record that

    office.clock.advance(seconds=DAY)
    restarted = HandedOverCopies(sessions, office.shelf.path, office.clock, keep_days=1)
    assert restarted.run_once().removed == 1
    assert office.row(row).copy_removed_at == office.clock.now()
