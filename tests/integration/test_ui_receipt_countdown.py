"""The receipts close by themselves; once read-aloud was used, they stay as much longer as every
other timeout of the session does (WCAG 2.2.1): listening to a reference code and writing it
down takes longer than reading it. Real QML, Qt's mock speech engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from kiosk.app import DocumentsWiring
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    RecordingDocumentSubmitter,
    SaneTestFeeder,
)
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.speech_log import SpeechLog

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))
RECEIPT_S = 30  # read-aloud doubles it (the default read_aloud_time_factor)
TIMING = SessionTiming(inactivity_ms=600_000, warning_ms=600_000, receipt_ms=RECEIPT_S * 1000)


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def seconds_shown(citizen: Citizen, name: str) -> int:
    """The time in "Diese Anzeige schließt sich in 30 Sekunden / 2 Minuten von selbst.", in
    seconds (minutes are rounded up: "1 Minute" stands for up to 60 s)."""
    found = re.search(r"(\d+) (Sekunde|Minute)", citizen.text(name))
    assert found is not None, citizen.text(name)
    return int(found.group(1)) * (60 if found.group(2) == "Minute" else 1)


def read_aloud(citizen: Citizen, log: SpeechLog) -> None:
    citizen.tap("readAloudButton")
    citizen.qtbot.waitUntil(lambda: log.words > 0)  # it is reading


def send_documents(citizen: DocumentCitizen) -> None:
    citizen.scan_and_wait()
    citizen.tap("keep_1")  # the test backend's grid is no real page
    citizen.tap("docNextButton")
    citizen.tap("docSendButton")
    citizen.sees("docReceiptCountdown")


@pytest.mark.parametrize("listened", [False, True], ids=["reading", "listening"])
def test_the_documents_receipt_stays_twice_as_long_after_read_aloud(
    qtbot: QtBot, tmp_path: Path, listened: bool
) -> None:
    wiring = DocumentsWiring(
        planner=SaneTestFeeder(max_pages=1), submitter=RecordingDocumentSubmitter()
    )
    with running_kiosk(
        qtbot, tmp_path, timing=TIMING, settings=SETTINGS, documents=wiring
    ) as kiosk:
        assert kiosk.accessibility is not None
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.start_with_type("payslip")
        if listened:
            read_aloud(citizen, log)
        send_documents(citizen)
        shown = seconds_shown(citizen, "docReceiptCountdown")
        if listened:
            assert RECEIPT_S < shown <= 2 * RECEIPT_S
        else:
            assert shown <= RECEIPT_S


def test_read_aloud_begun_on_the_callback_receipt_lengthens_its_countdown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, timing=TIMING, settings=SETTINGS) as kiosk:
        assert kiosk.accessibility is not None
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern("payment")
        citizen.enter_contact()
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")
        assert seconds_shown(citizen, "receiptCountdown") <= RECEIPT_S

        read_aloud(citizen, log)  # first used here, on the receipt itself
        qtbot.waitUntil(lambda: seconds_shown(citizen, "receiptCountdown") > RECEIPT_S)
        assert seconds_shown(citizen, "receiptCountdown") <= 2 * RECEIPT_S
