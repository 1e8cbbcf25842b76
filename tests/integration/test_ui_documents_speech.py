"""Read-aloud on the documents screens, on the real QML with Qt's mock speech engine: the
step's heading first, in the language on screen; on the receipt its title, then the reference
code letter by letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from kiosk.app import DocumentsWiring
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    RecordingDocumentSubmitter,
    SaneTestFeeder,
)
from tests.helpers.qt_kiosk import running_kiosk
from tests.helpers.speech_log import SpeechLog

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def test_documents_screens_are_read_heading_first_in_the_language_on_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wiring = DocumentsWiring(
        planner=SaneTestFeeder(max_pages=1), submitter=RecordingDocumentSubmitter()
    )
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, documents=wiring) as kiosk:
        assert kiosk.accessibility is not None
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.choose_language("uk")
        log = SpeechLog(kiosk.accessibility.speaker)

        citizen.tap("startDocuments")
        citizen.sees("docType_bank_statement")
        citizen.tap("readAloudButton")
        qtbot.waitUntil(lambda: log.readings_finished == 1)
        said = log.said()
        assert said[0] == "Що це за документ?"
        assert "Крок 1 з 4" in said
        assert not any("Welche Art" in text or "Schritt" in text for text in said)

        citizen.tap("docType_bank_statement")
        citizen.tap("docNextButton")
        citizen.scan_and_wait()
        citizen.sees("pageFinding_1")  # the test backend's grid is no real page
        citizen.tap("keep_1")
        citizen.tap("docNextButton")
        citizen.tap("docSendButton")
        citizen.sees("docReferenceCode")
        citizen.tap("readAloudButton")
        qtbot.waitUntil(lambda: log.readings_finished == 2)
        said = log.said()
        assert said[0] == "Ваші документи збережено, їх буде надіслано до джобцентру."
        assert "K 7 F - 3 Q X" in said  # letter by letter, to write it down while listening
        assert "Банківська виписка" in said
        # A screen reader jumping from heading to heading lands on the receipt's title too.
        title = QAccessible.queryAccessibleInterface(uidriver.find(kiosk.window, "docReceiptTitle"))
        assert title is not None and title.role() is QAccessible.Role.Heading
