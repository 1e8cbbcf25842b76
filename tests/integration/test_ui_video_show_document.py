"""Showing documents during a video call, in the real kiosk UI (offscreen QML) with real SANE
(``pnm`` pages, ``test`` feeder faults) and the real outbox. The call is the named
``FakeConsultationCall`` (a colleague who sees every page): the transport to a real staff page
is tested in tests/e2e/test_video_kiosk.py.

Set ``BT_SCREENSHOT_DIR=DIR`` to keep screenshots of the panel (German and Arabic);
docs/screenshots/kiosk/more/video-show-document-*.png are made that way.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from contract.fleet import ScannerHealth
from contract.sealing import unseal
from contract.submissions import SubmissionKind
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.documents import CallDocumentsViewModel
from kiosk.journeys.call.viewmodel import VideoWiring
from kiosk.journeys.documents.outbox_submitter import DocumentOutboxSubmitter
from sync.device import save_device
from sync.health import ScannerStatusFile
from sync.outbox import Outbox, outbox_path
from tests.helpers import pages
from tests.helpers.documents import SANE_DIR, SCAN_TIMEOUT_MS, PnmPageFeed, SaneTestFeeder
from tests.helpers.fake_device import fake_device
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.video_fake_call import (
    FakeConsultationCall,
    GatedSubmitter,
    ThreadNotingSubmitter,
)
from tests.helpers.video_ui import UI_VIDEO, cabin_devices, video_of, wait_stage
from tests.integration.test_ui_a11y_screens import audit_every_language_and_look
from video.signaling_client import SignalingEndpoint

SETTINGS = TerminalSettings(
    video=UI_VIDEO, accessibility=AccessibilitySettings(speech_engine="mock")
)
SHOTS = os.environ.get("BT_SCREENSHOT_DIR")


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def _wiring(planner: object, submitter: object) -> VideoWiring:
    return VideoWiring(
        lambda: SignalingEndpoint("http://127.0.0.1:9", "fake-device-token"),
        cabin_devices,
        ended_screen_ms=600_000,
        speaker_probe=lambda: True,
        call_factory=FakeConsultationCall,
        planner=planner,  # type: ignore[arg-type]
        submitter=submitter,  # type: ignore[arg-type]
    )


class CallCitizen(Citizen):
    """A citizen in a call who shows pages at the scanner."""

    @property
    def documents(self) -> CallDocumentsViewModel:
        documents = video_of(self.kiosk).documents
        assert documents is not None
        return documents

    def call_until_in_call(self) -> FakeConsultationCall:
        self.tap("startVideo")
        video = video_of(self.kiosk)
        self.qtbot.waitUntil(lambda: bool(video.property("devicesReady")), timeout=5000)
        self.tap("startCallButton")
        wait_stage(self.qtbot, self.kiosk, "in_call")
        return _call(self.kiosk)

    def scan_and_wait(self) -> None:
        with self.qtbot.waitSignal(self.documents.scanFinished, timeout=SCAN_TIMEOUT_MS):
            self.tap("showDocScanButton")


def _call(kiosk: KioskApp) -> FakeConsultationCall:
    calls = video_of(kiosk)._wiring.calls
    call = calls[-1]
    assert isinstance(call, FakeConsultationCall)
    return call


def _shot(qtbot: QtBot, kiosk: KioskApp, name: str) -> None:
    if SHOTS:
        qtbot.wait(300)  # the page previews decode asynchronously
        folder = Path(SHOTS) / "kiosk" / "more"
        uidriver.screenshot(kiosk.window, folder / f"video-show-document-{name}.png")


@pytest.fixture
def page_files(tmp_path: Path) -> list[Path]:
    return [
        pages.write_pnm(pages.PAGES[name](), tmp_path / f"{name}.pnm")
        for name in ("letter", "missing_bottom")
    ]


@pytest.fixture
def office_key(tmp_path: Path) -> Iterator[object]:
    device, key = fake_device()
    save_device(tmp_path / "data", device)
    yield key


def test_two_pages_shown_one_removed_the_other_handed_in_through_the_outbox(
    qtbot: QtBot, tmp_path: Path, page_files: list[Path], office_key: object
) -> None:
    outbox_submitter = DocumentOutboxSubmitter(tmp_path / "data")
    submitter = ThreadNotingSubmitter(outbox_submitter)
    wiring = _wiring(PnmPageFeed(page_files), submitter)
    try:
        with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=wiring) as kiosk:
            citizen = CallCitizen(qtbot, kiosk)
            call = citizen.call_until_in_call()
            citizen.tap("showDocumentButton")
            citizen.sees("showDocNoPages")
            citizen.scan_and_wait()
            citizen.scan_and_wait()
            # Both shown to the colleague, who has seen them; the cut-off page says so plainly.
            qtbot.waitUntil(lambda: len(call.shown) == 2, timeout=10_000)
            assert [page.number for page in call.shown] == [1, 2]
            # The colleague's acknowledgement comes back through the call thread: wait for it.
            seen = "✓ Ihre Ansprechperson sieht diese Seite."
            qtbot.waitUntil(lambda: citizen.text("shownPageSeen_2") == seen, timeout=10_000)
            assert citizen.text("shownPageFinding_2").startswith("Der untere Rand")
            for name in ("hangUpButton", "muteButton", "remoteVideo"):
                assert uidriver.find(kiosk.window, name).isVisible()
            qtbot.wait(300)  # the page previews decode asynchronously
            # Photographed in every shape as picture 26, after the tour's.
            problems = audit_every_language_and_look(
                kiosk, "video-show-document", Path(SHOTS) / "kiosk" if SHOTS else None, number=26
            )
            assert not problems, "\n".join(problems)

            citizen.tap("removeShown_2")
            assert call.withdrawn == [call.shown[1].page_id]
            with qtbot.waitSignal(citizen.documents.handInFinished, timeout=30_000):
                citizen.tap("showDocHandInButton")
            reference = citizen.text("showDocReference")
            assert call.handed_in == [(reference, 1)]
            assert submitter.threads != [threading.main_thread()]  # PDF/A built off the GUI
            assert call.state.value == "in_call"  # handing in does not end the call

            citizen.tap("hangUpButton")
            citizen.sees("endedPagesHandedIn")
            # The reference on a line of its own, not inside a sentence.
            assert citizen.text("endedReference") == reference
            assert not uidriver.exists(kiosk.window, "endedPagesDeleted")
    finally:
        outbox_submitter.close()

    with Outbox(outbox_path(tmp_path / "data")) as outbox:
        items = outbox.queued()
    assert [(item.kind, item.reference_code) for item in items] == [
        (SubmissionKind.DOCUMENT, reference)
    ]
    assert items[0].sealed_payload is not None
    payload = json.loads(unseal(items[0].sealed_payload, office_key))  # type: ignore[arg-type]
    assert payload["page_count"] == 1
    assert payload["document_type_id"] == SETTINGS.documents.types[0].id
    assert payload["bg_number"] is None


def test_a_scanner_fault_mid_call_is_told_plainly_and_the_call_stays_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feeder = SaneTestFeeder()
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=_wiring(feeder, None)) as kiosk:
        citizen = CallCitizen(qtbot, kiosk)
        call = citizen.call_until_in_call()
        citizen.tap("showDocumentButton")
        citizen.scan_and_wait()
        citizen.sees("shownPage_1")
        feeder.fault_status = "SANE_STATUS_JAMMED"
        citizen.scan_and_wait()
        assert citizen.text("showDocFault").startswith("Das Papier steckt im Scanner fest.")
        status = ScannerStatusFile(tmp_path / "data").read()  # what IT's fleet page shows
        assert status is not None and status.health is ScannerHealth.JAMMED
        assert video_of(kiosk).property("stage") == "in_call"
        assert call.state.value == "in_call"
        citizen.sees("shownPage_1")  # the page already shown stays

        # The colleague ends the call: the page not handed in is deleted, and the citizen told.
        previews = tmp_path / "data" / "call-previews"
        assert any(previews.iterdir())
        call.staff_hangs_up()
        wait_stage(qtbot, kiosk, "ended")
        citizen.sees("endedPagesDeleted")
        assert not any(previews.iterdir())
        assert citizen.documents.property("pageCount") == 0


def test_a_call_ending_during_the_hand_in_still_stores_the_pages_and_says_so(
    qtbot: QtBot, tmp_path: Path, page_files: list[Path], office_key: object
) -> None:
    outbox_submitter = DocumentOutboxSubmitter(tmp_path / "data")
    submitter = GatedSubmitter(outbox_submitter)
    wiring = _wiring(PnmPageFeed(page_files[:1]), submitter)
    try:
        with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=wiring) as kiosk:
            citizen = CallCitizen(qtbot, kiosk)
            call = citizen.call_until_in_call()
            citizen.tap("showDocumentButton")
            citizen.scan_and_wait()
            citizen.tap("showDocHandInButton")
            assert citizen.documents.property("isHandingIn")

            call.staff_hangs_up()  # while the PDF/A is still being built
            wait_stage(qtbot, kiosk, "ended")
            citizen.sees("endedPagesHandingIn")
            assert not uidriver.exists(kiosk.window, "endedPagesDeleted")
            _shot(qtbot, kiosk, "ended-handing-in")

            with qtbot.waitSignal(citizen.documents.handInFinished, timeout=30_000):
                submitter.gate.set()
            citizen.sees("endedPagesHandedIn")
            assert not uidriver.exists(kiosk.window, "endedPagesHandingIn")
            assert not uidriver.exists(kiosk.window, "endedPagesDeleted")
            shown = citizen.text("endedReference")
            _shot(qtbot, kiosk, "ended-handed-in")
    finally:
        submitter.gate.set()
        outbox_submitter.close()

    with Outbox(outbox_path(tmp_path / "data")) as outbox:
        items = outbox.queued()
    assert len(items) == 1
    assert items[0].reference_code == shown


def test_a_cabin_without_a_scanner_is_not_offered_show_a_document(
    qtbot: QtBot, tmp_path: Path
) -> None:
    no_scanner = SETTINGS.model_copy(
        update={"video": UI_VIDEO.model_copy(update={"show_documents": False})}
    )
    wiring = _wiring(SaneTestFeeder(), None)
    with running_kiosk(qtbot, tmp_path, settings=no_scanner, video=wiring) as kiosk:
        citizen = CallCitizen(qtbot, kiosk)
        citizen.call_until_in_call()
        citizen.sees("hangUpButton")
        assert not uidriver.exists(kiosk.window, "showDocumentButton")  # not visible
        assert uidriver.exists(kiosk.window, "muteButton")
        assert video_of(kiosk).documents is None
