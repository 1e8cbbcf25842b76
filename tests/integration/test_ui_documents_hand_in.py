"""One hand-in, several kinds of document: the BG number asked once, each document its own
submission with it; a removed page comes back with "Undo"; a page's finding is drawn on its
thumbnail; a refusal halfway keeps what was stored and sends only the rest on "Try again".
Real QML, real SANE (pnm pages), real PDF/A."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from demo import uidriver
from kiosk.app import DocumentsWiring, KioskApp
from tests.helpers import pages
from tests.helpers.documents import SANE_DIR, DocumentCitizen, PnmPageFeed
from tests.helpers.documents_send import RefusingOnceSubmitter
from tests.helpers.qt_kiosk import running_kiosk


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


@pytest.fixture(scope="module")
def feed_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("pages")
    return [
        pages.write_pnm(pages.PAGES[name](), folder / f"{index}-{name}.pnm")
        for index, name in enumerate(("bank_statement", "missing_bottom", "letter"))
    ]


@pytest.fixture
def kiosk_and_submitter(
    qtbot: QtBot, tmp_path: Path, feed_files: list[Path]
) -> Iterator[tuple[KioskApp, RefusingOnceSubmitter]]:
    submitter = RefusingOnceSubmitter(refuse_at=2)  # the second document, the first time
    wiring = DocumentsWiring(planner=PnmPageFeed(feed_files), submitter=submitter)
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        yield kiosk, submitter


def test_two_kinds_of_document_in_one_hand_in_with_the_bg_number_asked_once(
    qtbot: QtBot, kiosk_and_submitter: tuple[KioskApp, RefusingOnceSubmitter]
) -> None:
    kiosk, submitter = kiosk_and_submitter
    citizen = DocumentCitizen(qtbot, kiosk)
    citizen.start_with_type("bank_statement", bg="12345BG1234567")
    citizen.scan_and_wait()  # the bank statement
    citizen.scan_and_wait()  # a page cut off at the bottom
    citizen.sees("pageFinding_2")
    # The finding drawn on the thumbnail: a band along the bottom edge, no other.
    assert uidriver.exists(kiosk.window, "cutEdge_bottom")
    assert not uidriver.exists(kiosk.window, "cutEdge_top")

    # Removed by mistake, and back with "Undo", in its place.
    citizen.tap("remove_2")
    qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "pageCard_2"))
    assert citizen.text("removedText") == "Seite 2 wurde entfernt."
    citizen.tap("undoRemoveButton")
    citizen.sees("pageFinding_2")
    assert not uidriver.exists(kiosk.window, "undoRemoveBanner")
    citizen.tap("remove_2")  # now on purpose: the next change makes it final
    qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "pageCard_2"))
    citizen.tap("docNextButton")
    assert not uidriver.exists(kiosk.window, "undoRemoveButton")

    # A second kind of document: type, then straight to the scanner (no BG number step).
    citizen.tap("addDocumentButton")
    qtbot.waitUntil(lambda: citizen.step_title() == "Was für eine Unterlage ist die nächste?")
    citizen.tap("docType_payslip")
    citizen.sees("scanButton")
    assert not uidriver.exists(kiosk.window, "docBgInput")
    citizen.scan_and_wait()  # the letter
    citizen.tap("docNextButton")
    citizen.sees("docSummary_1")
    assert citizen.text("docSummary_0Value") == "Kontoauszug\n1 Seite"
    assert citizen.text("docSummary_1Value") == "Lohnabrechnung\n1 Seite"

    # The first is stored, the second refused (a full disk): nothing is lost or sent twice.
    citizen.tap("docSendButton")
    citizen.sees("docSubmitError")
    assert len(submitter.documents) == 1
    assert not uidriver.exists(kiosk.window, "docSummary_1")  # the stored one left the list
    assert citizen.text("docSummary_0Value") == "Lohnabrechnung\n1 Seite"
    citizen.tap("docSendButton")  # "Try again"
    citizen.sees("docReferenceCode_1")

    assert citizen.text("docReceiptType_0") == "Kontoauszug"
    assert citizen.text("docReceiptType_1") == "Lohnabrechnung"
    # A citizen who switches language on the receipt reads every line in it.
    kiosk.language.select("en")
    qtbot.waitUntil(lambda: citizen.text("docReceiptType_0") == "Bank statement")
    first, second = submitter.documents
    assert (first.payload.document_type_id, second.payload.document_type_id) == (
        "bank_statement",
        "payslip",
    )
    assert first.payload.bg_number == second.payload.bg_number == "12345BG1234567"
    assert first.payload.page_count == second.payload.page_count == 1
    assert citizen.text("docReferenceCode") == first.reference_code
    assert citizen.text("docReferenceCode_1") == second.reference_code
    assert submitter.calls == 3  # stored, refused, stored: the first never twice
