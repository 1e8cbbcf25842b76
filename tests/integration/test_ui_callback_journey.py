"""The callback journey on the real QML (offscreen), tapped and typed like a citizen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from demo import uidriver
from kiosk.journeys.callback.submission import SubmitFailure
from tests.helpers.qt_fakes import MONDAY_MORNING, FailingSubmitter, RecordingSubmitter
from tests.helpers.qt_kiosk import Citizen, running_kiosk


def test_wrong_inputs_keep_the_citizen_on_the_step_with_a_sentence(
    qtbot: QtBot, tmp_path: Path
) -> None:
    submitter = RecordingSubmitter()
    with running_kiosk(qtbot, tmp_path, submitter) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        assert citizen.text("stepIndicator") == "Schritt 2 von 5"

        citizen.enter_contact(phone="0171 23", bg="12345-1234567")
        assert citizen.text("phoneError") == (
            "Diese Telefonnummer ist nicht vollständig. Bitte prüfen Sie die Ziffern."
        )
        assert citizen.text("bgError").startswith("Diese BG-Nummer stimmt so nicht.")
        assert citizen.step_title() == "Wie erreichen wir Sie?"

        citizen.type("phoneInput", "0171 2345678")
        citizen.type("bgInput", "12345//1234567")
        citizen.tap("nextButton")
        assert citizen.step_title() == "Wann dürfen wir Sie anrufen?"

        citizen.tap("nextButton")  # no window chosen
        assert citizen.text("timeError").startswith("Bitte wählen Sie mindestens eine Zeit")
        assert citizen.step_title() == "Wann dürfen wir Sie anrufen?"
        citizen.choose_first_window()
        assert not uidriver.exists(kiosk.window, "timeError")
        citizen.tap("nextButton")

        citizen.tap("nextButton")  # privacy not agreed
        assert citizen.text("privacyError").startswith("Wir können Sie nur zurückrufen")
        assert citizen.step_title() == "Ihre Daten sind geschützt"
        assert submitter.payloads == []


def test_confirmed_request_carries_what_the_citizen_entered(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = RecordingSubmitter()
    with running_kiosk(qtbot, tmp_path, submitter) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern("payment")
        citizen.enter_contact(phone="0171 2345678", bg="12345 bg 1234567")
        key = citizen.choose_first_window()
        citizen.type("noteInput", "Bitte vormittags")
        assert citizen.text("noteCounter") == "16 / 300"
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        assert "+49 171 2345678" in str(
            uidriver.find(kiosk.window, "summaryContact").property("value")
        )
        citizen.tap("submitButton")
        citizen.sees("referenceCode")

        assert citizen.text("referenceCode") == "K7F-3QX"
        assert citizen.text("callbackSentence_0") == (
            "Wir rufen Sie am Montag, 23. November zwischen 08:00 und 10:00 Uhr an."
        )
        [payload] = submitter.payloads
        assert payload.concern_id == "payment"
        assert payload.concern_label == "Frage zur Zahlung"
        assert payload.name == "Erika Mustermann"
        assert payload.phone_e164 == "+491712345678"
        assert payload.bg_number == "12345BG1234567"
        assert payload.note == "Bitte vormittags"
        assert payload.language == "de"
        assert payload.privacy_accepted_at == MONDAY_MORNING
        [window] = payload.time_windows
        assert window.start == MONDAY_MORNING.replace(hour=8)
        assert window.end - window.start == dt.timedelta(hours=2)
        assert key == "2026-11-23T08:00"

        citizen.tap("doneButton")
        qtbot.waitUntil(lambda: kiosk.shell.screen == "home")


def test_failed_save_says_so_keeps_everything_and_retry_works(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = FailingSubmitter(failures=1, reason=SubmitFailure.STORAGE_FULL)
    with running_kiosk(qtbot, tmp_path, submitter) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.enter_contact()
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")

        citizen.sees("submitError")
        assert "konnte gerade nicht gespeichert werden" in citizen.text("submitError")
        # The hotline as shown: one left-to-right unit that never breaks across lines.
        assert "+49\xa05121\xa0969-0" in citizen.text("submitError")
        assert "\u2066+49\xa05121\xa0969-0\u2069" in uidriver.text_of(kiosk.window, "submitError")
        assert not uidriver.exists(kiosk.window, "referenceCode")
        assert citizen.text("submitButton") == "Noch einmal versuchen"
        assert kiosk.journey.name == "Erika Mustermann"

        citizen.tap("submitButton")
        citizen.sees("referenceCode")
        assert submitter.attempts == 2
        assert len(submitter.payloads) == 1


def test_not_enrolled_offers_the_hotline_instead_of_retrying(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = FailingSubmitter(failures=5, reason=SubmitFailure.NOT_ENROLLED)
    with running_kiosk(qtbot, tmp_path, submitter) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.enter_contact()
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")
        assert "Empfang" in citizen.text("submitError")
        assert not uidriver.exists(kiosk.window, "submitButton")
        assert uidriver.exists(kiosk.window, "backButton")


def test_change_from_summary_returns_to_summary(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = RecordingSubmitter()
    with running_kiosk(qtbot, tmp_path, submitter) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.enter_contact()
        citizen.choose_first_window()
        citizen.tap("nextButton")
        citizen.agree_and_continue()

        citizen.tap("edit_2")
        assert citizen.step_title() == "Wie erreichen wir Sie?"
        assert uidriver.text_of(kiosk.window, "phoneInput") == "0171 2345678"
        citizen.type("phoneInput", "05121 969 0")
        assert citizen.text("nextButton") == "Zurück zur Übersicht"
        citizen.tap("nextButton")
        citizen.sees("submitButton")
        citizen.tap("submitButton")
        citizen.sees("referenceCode")
        assert submitter.payloads[0].phone_e164 == "+495121969" + "0"
