"""The documents journey on the real QML (offscreen) with real SANE backends: ``pnm`` delivers
realistic pages as scans, ``test`` plays a feeder that jams."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pytestqt.qtbot import QtBot

from demo import uidriver
from kiosk.app import DocumentsWiring, KioskApp
from scanner.pdfa import describe_pdfa
from tests.helpers import pages
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    PnmPageFeed,
    RecordingDocumentSubmitter,
    SaneTestFeeder,
    Screenshots,
)
from tests.helpers.qt_kiosk import running_kiosk


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


@pytest.fixture(scope="module")
def page_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    wanted = {"letter": pages.PAGES["letter"], "missing_bottom": pages.PAGES["missing_bottom"],
              "bank_statement": pages.PAGES["bank_statement"],
              "colour_form": pages.PAGES["colour_form"]}  # fmt: skip
    return {
        name: pages.write_pnm(build(), folder / f"{name}.pnm") for name, build in wanted.items()
    }


@pytest.fixture
def submitter() -> RecordingDocumentSubmitter:
    return RecordingDocumentSubmitter()


def kiosk_with(
    qtbot: QtBot, tmp_path: Path, planner: object, submitter: RecordingDocumentSubmitter
) -> Iterator[KioskApp]:
    wiring = DocumentsWiring(planner=planner, submitter=submitter)  # type: ignore[arg-type]
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        yield kiosk


def test_three_pages_one_cut_off_rescanned_then_sent(
    qtbot: QtBot,
    tmp_path: Path,
    page_files: dict[str, Path],
    submitter: RecordingDocumentSubmitter,
) -> None:
    """The whole journey; the page with a finding is marked in red on its screenshot. (The
    documentation's pictures of every screen come from test_ui_a11y_screens.)"""
    feed = PnmPageFeed([page_files["letter"], page_files["missing_bottom"],
                        page_files["colour_form"], page_files["letter"]])  # fmt: skip
    for kiosk in kiosk_with(qtbot, tmp_path, feed, submitter):
        citizen = DocumentCitizen(qtbot, kiosk)
        shots = Screenshots(qtbot, kiosk, tmp_path / "shots")
        citizen.sees("startDocuments")
        shots.take("home")
        citizen.tap("startDocuments")
        citizen.sees("docType_bank_statement")
        shots.take("type")
        citizen.tap("docType_bank_statement")
        citizen.type("docBgInput", "12345 1234567")
        citizen.tap("docNextButton")
        assert citizen.text("docBgError").startswith("Diese BG-Nummer stimmt so nicht.")
        shots.take("bg-wrong")
        citizen.type("docBgInput", "12345//1234567")
        shots.take("bg")
        citizen.tap("docNextButton")
        citizen.sees("noPagesYet")
        assert citizen.step_title() == "Scannen Sie Ihre Seiten"
        shots.take("scan-empty")

        citizen.scan_and_wait()
        citizen.sees("pageCard_1")
        assert not uidriver.exists(kiosk.window, "pageFinding_1")
        citizen.scan_and_wait()
        assert citizen.text("pageFinding_2") == (
            "Der untere Rand der Seite scheint abgeschnitten. Legen Sie die Seite ganz auf "
            "das Glas und scannen Sie sie noch einmal."
        )
        citizen.scan_and_wait()
        citizen.tap("docNextButton")  # not yet: page 2 needs attention
        assert citizen.text("scanStepError").startswith("Seite 2 braucht noch Ihre Aufmerksamkeit")
        shots.take("scan-finding")
        assert shots.error_pixels(-1) > 50  # the cut-off page's card is marked in red

        citizen.scan_and_wait("rescan_2")  # the citizen lays the page properly this time
        assert not uidriver.exists(kiosk.window, "pageFinding_2")
        assert not uidriver.exists(kiosk.window, "scanStepError")
        citizen.sees("pageCard_3")
        shots.take("scan-three-pages")
        citizen.tap("docNextButton")

        citizen.sees("docSendButton")
        assert citizen.text("docSummary_0Value") == "Kontoauszug\n3 Seiten"
        assert citizen.text("docSummaryBgValue") == "12345BG1234567"
        shots.take("review")
        citizen.tap("docSendButton")
        citizen.sees("docReferenceCode")
        assert citizen.text("docReferenceCode") == "K7F-3QX"
        assert citizen.text("docReceiptType_0") == "Kontoauszug"
        assert citizen.text("docReceiptPages_0") == "3 Seiten"
        assert citizen.text("docReceiptWhen") == "Abgegeben: Montag, 23. November, 07:00"
        shots.take("receipt")
        assert list((tmp_path / "data" / "previews").iterdir()) == []  # gone with the send

    [sent] = submitter.documents
    assert sent.payload.document_type_id == "bank_statement"
    assert sent.payload.bg_number == "12345BG1234567"
    assert sent.payload.page_count == 3
    assert sent.file_name == "Kontoauszug_2026-11-23_K7F-3QX.pdf"
    facts = describe_pdfa(sent.pdf.data)
    assert facts["pdfa_part"] == "2" and facts["page_count"] == 3
    assert sent.payload.files[0].sha256 == hashlib.sha256(sent.pdf.data).hexdigest()
    with pikepdf.open(io.BytesIO(sent.pdf.data)) as pdf:
        record = pdf.Root.Metadata.read_bytes()
    # The rescanned page, not the cut-off one, went into the PDF; the form stayed in colour.
    assert record.count(b"cut_off=none") == 3
    assert b"encoding=color" in record


def test_jam_keeps_earlier_pages_and_scanning_continues(
    qtbot: QtBot, tmp_path: Path, submitter: RecordingDocumentSubmitter
) -> None:
    feeder = SaneTestFeeder(max_pages=3)
    for kiosk in kiosk_with(qtbot, tmp_path, feeder, submitter):
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.start_with_type("payslip")
        citizen.scan_and_wait()
        citizen.sees("pageCard_3")

        feeder.fault_status = "SANE_STATUS_JAMMED"
        citizen.scan_and_wait()
        assert citizen.text("scanFault").startswith("Das Papier steckt im Scanner fest.")
        assert "Ihre 3 bisher gescannten Seiten bleiben erhalten." in citizen.text("scanFault")
        assert uidriver.exists(kiosk.window, "pageCard_3")

        feeder.fault_status = ""
        feeder.max_pages = 2
        citizen.scan_and_wait()
        citizen.sees("pageCard_5")
        assert not uidriver.exists(kiosk.window, "scanFault")


def test_reset_wipes_pages_and_preview_files(
    qtbot: QtBot,
    tmp_path: Path,
    page_files: dict[str, Path],
    submitter: RecordingDocumentSubmitter,
) -> None:
    feed = PnmPageFeed([page_files["letter"]])
    for kiosk in kiosk_with(qtbot, tmp_path, feed, submitter):
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.start_with_type("other")
        citizen.scan_and_wait()
        citizen.sees("pageCard_1")
        previews = tmp_path / "data" / "previews"
        assert list(previews.iterdir())  # the preview is a real file while the citizen is here

        with qtbot.waitSignal(kiosk.shell.sessionEnded):
            kiosk.guard.expired.emit()  # the inactivity timer ran out
        assert kiosk.shell.property("screen") == "home"
        assert list(previews.iterdir()) == []
        citizen.tap("startDocuments")
        citizen.tap("docType_other")
        citizen.tap("docNextButton")
        citizen.sees("noPagesYet")
        assert submitter.documents == []
