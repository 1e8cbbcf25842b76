"""Every screen, in every language, standard and high contrast, normal and large text (1.5×).

One kiosk for the module (building the UI is the slow part); a citizen walks the callback
journey once, and on each screen every language and look is audited (tests/helpers/a11y_audit).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from kiosk import uidriver
from kiosk.app import KioskApp
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.a11y_audit import audit
from tests.helpers.qt_kiosk import Citizen, running_kiosk

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))
LANGUAGES = ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]
# (large text, high contrast): both colour sets, and both sizes. Colours do not move anything,
# so the large size is checked in high contrast (its thicker outlines are the tighter case).
LOOKS = [(False, False), (True, True)]


def _look_name(large: bool, contrast: bool) -> str:
    return f"{'large' if large else 'normal'}/{'contrast' if contrast else 'standard'}"


def audit_every_language_and_look(qtbot: QtBot, kiosk: KioskApp, screen: str) -> list[str]:
    assert kiosk.accessibility is not None
    problems = []
    for index, code in enumerate(LANGUAGES):
        kiosk.language.select(code)
        # Alternating the order saves a switch of look per language.
        for large, contrast in LOOKS if index % 2 == 0 else reversed(LOOKS):
            if kiosk.accessibility.largeText != large:
                kiosk.accessibility.toggleLargeText()
            if kiosk.accessibility.highContrast != contrast:
                kiosk.accessibility.toggleHighContrast()
            where = f"{screen} [{code}, {_look_name(large, contrast)}]"
            problems.extend(f"{where}: {problem}" for problem in audit(kiosk.window))
    kiosk.language.select("de")
    if kiosk.accessibility.largeText:
        kiosk.accessibility.toggleLargeText()
    if kiosk.accessibility.highContrast:
        kiosk.accessibility.toggleHighContrast()
    return problems


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskApp]:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as built:
        yield built


def test_callback_journey_screens_are_usable_by_everyone(qtbot: QtBot, kiosk: KioskApp) -> None:
    citizen = Citizen(qtbot, kiosk)
    problems = audit_every_language_and_look(qtbot, kiosk, "home")

    citizen.open_language_chooser()
    problems += audit_every_language_and_look(qtbot, kiosk, "language chooser")
    citizen.tap("closeLanguageChooser")

    citizen.tap("startCallback")
    citizen.sees("concern_payment")
    problems += audit_every_language_and_look(qtbot, kiosk, "concern")
    citizen.tap("concern_payment")
    citizen.enter_contact(phone="0171 23", bg="12345")  # errors shown: the longest version
    problems += audit_every_language_and_look(qtbot, kiosk, "contact with errors")
    citizen.type("phoneInput", "0171 2345678")
    citizen.type("bgInput", "12345BG1234567")
    citizen.tap("nextButton")
    citizen.choose_first_window()
    citizen.type("noteInput", "Bitte vormittags")
    problems += audit_every_language_and_look(qtbot, kiosk, "time")
    citizen.tap("nextButton")
    citizen.sees("privacyToggle")
    problems += audit_every_language_and_look(qtbot, kiosk, "privacy")
    citizen.agree_and_continue()
    problems += audit_every_language_and_look(qtbot, kiosk, "summary")
    citizen.tap("submitButton")
    citizen.sees("referenceCode")
    problems += audit_every_language_and_look(qtbot, kiosk, "receipt")

    assert not problems, "\n".join(problems)


@pytest.mark.xfail(
    strict=True,
    reason="documents journey (another helper's QML): type tiles have a fixed height and "
    "'Arbeitsunfähigkeitsbescheinigung' is wider than a tile at 1.5×",
)
def test_documents_start_screen_is_usable_by_everyone(qtbot: QtBot, kiosk: KioskApp) -> None:
    if not uidriver.exists(kiosk.window, "startDocuments"):
        pytest.skip("this build has no documents journey")
    Citizen(qtbot, kiosk).tap("startDocuments")
    qtbot.waitUntil(lambda: kiosk.shell.screen == "documents")
    problems = audit_every_language_and_look(qtbot, kiosk, "documents")
    assert not problems, "\n".join(problems)


def test_inactivity_warning_is_usable_by_everyone(qtbot: QtBot, tmp_path: Path) -> None:
    timing = SessionTiming(inactivity_ms=300, warning_ms=600_000, receipt_ms=600_000)
    with running_kiosk(qtbot, tmp_path, timing=timing, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.tap("startCallback")
        citizen.sees("moreTimeButton")
        problems = audit_every_language_and_look(qtbot, kiosk, "timeout warning")
        assert not problems, "\n".join(problems)
