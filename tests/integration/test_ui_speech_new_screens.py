"""Read-aloud reads what the new screens say: the help from a person, the question before
starting over, the lost call, the receipt's QR code and its closing time, in the language on
screen (Qt's mock speech engine)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.speech_log import SpeechLog

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))


def read(citizen: Citizen, log: SpeechLog) -> list[str]:
    done = log.readings_finished
    citizen.tap("readAloudButton")
    # The mock engine "speaks" word by word: a whole receipt takes a while.
    citizen.qtbot.waitUntil(lambda: log.readings_finished == done + 1, timeout=60_000)
    return log.said()


def test_the_help_the_question_and_the_receipt_are_read_aloud(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        assert kiosk.accessibility is not None
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen = Citizen(qtbot, kiosk)
        citizen.tap("startCallback")

        citizen.tap("helpButton")
        said = read(citizen, log)
        assert said[0] == "Hilfe von einer Person"  # the dialog's heading first
        assert (
            "Bitte fragen Sie am Empfang. Unsere Mitarbeiterinnen und Mitarbeiter helfen Ihnen "
            "gern." in said
        )
        assert not any("Worum geht es" in text for text in said)  # not the page behind it
        citizen.tap("helpCloseButton")

        citizen.tap("startOverButton")
        said = read(citizen, log)
        assert said[:2] == [
            "Neu beginnen?",
            "Alles, was Sie hier eingegeben haben, wird gelöscht. "
            "Dann können Sie von vorn beginnen.",
        ]
        citizen.tap("startOverNo")

        citizen.tap("concern_payment")
        citizen.enter_contact()
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")
        citizen.sees("referenceCode")
        said = read(citizen, log)
        assert said[0] == "Ihre Anfrage ist gespeichert."
        assert "K 7 F - 3 Q X" in said  # the code letter by letter
        assert (
            "Fotografieren Sie diesen Code mit Ihrem Handy: Er enthält die Vorgangsnummer und "
            "unsere Telefonnummer." in said
        )
        assert any(text.startswith("Diese Anzeige schließt sich in") for text in said)
