"""Sending documents on the real QML (offscreen): the PDF/A is built and sealed away from the
screen's thread, the screen says what is happening meanwhile, a double tap sends once, and a
refused send keeps every page and says why in the existing plain sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from demo import uidriver
from kiosk.app import DocumentsWiring
from kiosk.journeys.documents.outbox_submitter import DocumentOutboxSubmitter
from sync.device import save_device
from sync.outbox import Outbox, outbox_path
from sync.quota import StorageQuota
from tests.helpers.documents import SANE_DIR, DocumentCitizen, SaneTestFeeder
from tests.helpers.documents_send import AdjustableDisk, GatedDocumentSubmitter
from tests.helpers.fake_device import fake_device
from tests.helpers.qt_kiosk import running_kiosk
from tests.helpers.screenshot_folder import kiosk_more_folder

MB = 1024 * 1024


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def to_the_review(citizen: DocumentCitizen, pages: int) -> None:
    citizen.start_with_type("payslip")
    citizen.scan_and_wait()
    for number in range(1, pages + 1):
        citizen.tap(f"keep_{number}")  # the test backend's grid is no real page
    citizen.tap("docNextButton")
    citizen.sees("docSendButton")


def test_sending_shows_its_state_and_a_double_tap_sends_once(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = GatedDocumentSubmitter()
    wiring = DocumentsWiring(planner=SaneTestFeeder(max_pages=2), submitter=submitter)
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        citizen = DocumentCitizen(qtbot, kiosk)
        to_the_review(citizen, 2)
        citizen.tap("docSendButton")
        # The send waits at the gate: the screen still answers and says what is going on.
        citizen.sees("docSendingIndicator")
        assert citizen.text("docSendingText") == (
            "Ihre Unterlagen werden gespeichert. Bitte warten Sie einen Moment."
        )
        assert citizen.text("docSendButton") == "Wird gesendet …"
        assert not uidriver.find(kiosk.window, "docSendButton").isEnabled()
        assert not uidriver.find(kiosk.window, "docBackButton").isEnabled()
        qtbot.wait(300)  # the busy indicator turns: a picture of it for the docs
        uidriver.screenshot(kiosk.window, kiosk_more_folder(tmp_path) / "documents-sending.png")
        assert kiosk.documents is not None
        kiosk.documents.submit()  # a second tap, however it arrives
        citizen.tap("docSendButton")

        submitter.gate.set()
        citizen.sees("docReferenceCode")
        assert citizen.text("docReceiptPages_0") == "2 Seiten"
        assert not uidriver.exists(kiosk.window, "docSendingIndicator")
    assert submitter.calls == 1 and len(submitter.documents) == 1
    assert submitter.threads != ["MainThread"]


def test_a_full_disk_keeps_the_pages_and_the_retry_sends_once(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    save_device(data_dir, fake_device()[0])
    disk = AdjustableDisk(free_bytes=1 * MB)
    quota = StorageQuota(queue_bytes=500 * MB, min_free_disk_bytes=64 * MB, free_space=disk)
    submitter = DocumentOutboxSubmitter(data_dir, quota)  # the real outbox, sealed for real
    wiring = DocumentsWiring(planner=SaneTestFeeder(max_pages=2), submitter=submitter)
    try:
        with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
            citizen = DocumentCitizen(qtbot, kiosk)
            to_the_review(citizen, 2)
            citizen.tap("docSendButton")
            qtbot.waitUntil(lambda: uidriver.exists(kiosk.window, "docSubmitError"))
            assert citizen.text("docSubmitError").startswith(
                "Ihre Anfrage konnte gerade nicht gespeichert werden."
            )
            assert citizen.text("docSendButton") == "Noch einmal versuchen"
            assert citizen.text("docSummary_0Value").endswith("2 Seiten")  # nothing lost

            disk.free_bytes = 10_000 * MB  # IT made room
            citizen.tap("docSendButton")
            citizen.sees("docReferenceCode")
    finally:
        submitter.close()
    outbox = Outbox(outbox_path(data_dir))
    try:
        assert len(outbox.queued()) == 1
    finally:
        outbox.close()
