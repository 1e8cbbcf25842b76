"""The whole callback journey in Arabic (right to left) and in Ukrainian, tapped like a citizen:
the layout mirrors, the receipt speaks the citizen's language, the request records it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp
from tests.helpers.qt_fakes import RecordingSubmitter
from tests.helpers.qt_kiosk import Citizen, running_kiosk

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))


def _centre_x(kiosk: KioskApp, name: str) -> float:
    item = uidriver.find(kiosk.window, name)
    return float(item.mapToScene(item.boundingRect().center()).x())


def _complete_journey(citizen: Citizen) -> None:
    citizen.tap("concern_payment")
    citizen.enter_contact(phone="0171 2345678", bg="12345BG1234567")
    citizen.choose_first_window()
    citizen.tap("nextButton")
    citizen.agree_and_continue()
    citizen.tap("submitButton")
    citizen.sees("referenceCode")


def test_callback_journey_in_arabic_mirrors_and_answers_in_arabic(
    qtbot: QtBot, tmp_path: Path
) -> None:
    submitter = RecordingSubmitter()
    with running_kiosk(qtbot, tmp_path, submitter, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("ar")
        assert kiosk.language.rightToLeft
        citizen.start_and_choose_concern("payment")
        assert citizen.step_title() == "كيف يمكننا الوصول إليك؟"
        # Mirrored: "back" sits on the right, "next" on the left.
        assert _centre_x(kiosk, "backButton") > 960 > _centre_x(kiosk, "nextButton")
        citizen.tap("backButton")  # in the mirrored layout, too
        assert citizen.step_title() == "ما موضوع الاتصال؟"
        _complete_journey(citizen)

        first = citizen.text("callbackSentence_0")
        assert first.startswith("سنتصل بك يوم الاثنين")
        assert citizen.text("receiptTitle") == "تم حفظ طلبك."
        [payload] = submitter.payloads
        assert payload.language == "ar"  # staff see which language to call back in


def test_callback_journey_in_ukrainian_answers_in_ukrainian(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = RecordingSubmitter()
    with running_kiosk(qtbot, tmp_path, submitter, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("uk")
        assert not kiosk.language.rightToLeft
        citizen.tap("startCallback")
        _complete_journey(citizen)

        assert citizen.text("callbackSentence_0") == (
            "Ми зателефонуємо вам: понеділок, 23 листопада, з 08:00 до 10:00."
        )
        assert citizen.text("receiptTitle") == "Ваш запит збережено."
        assert submitter.payloads[0].language == "uk"


def test_keyboard_layout_follows_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        # Hidden until a field needs it, but it follows the language all the time.
        [keyboard] = [
            item
            for item in uidriver.all_items(kiosk.window)
            if item.objectName() == "onScreenKeyboard"
        ]
        for code, layout in (("uk", "uk_UA"), ("ar", "ar_AR"), ("de-LS", "de_DE"), ("tr", "tr_TR")):
            citizen.choose_language(code)
            qtbot.waitUntil(lambda layout=layout: keyboard.property("layout") == layout)
        # A hardware keyboard still types into the field the on-screen one serves.
        citizen.start_and_choose_concern()
        citizen.type("nameInput", "Ayşe")
        assert kiosk.journey.name == "Ayşe"
