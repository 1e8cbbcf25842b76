"""Every screen, in every language, standard and high contrast, normal and large text (1.5×).

One kiosk per journey (building the UI is the slow part); a citizen walks the callback journey
and the documents journey once each, and on each screen every language and look is audited
(tests/helpers/a11y_audit).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from kiosk.app import DocumentsWiring, KioskApp
from kiosk.viewmodels.session import SessionTiming
from tests.helpers import pages
from tests.helpers.a11y_audit import audit
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    PnmPageFeed,
    RecordingDocumentSubmitter,
)
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
    problems: list[str] = []
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


def test_documents_journey_screens_are_usable_by_everyone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Type, BG number (with its error), scan (empty; pages with a finding and the step's
    error), review and receipt: every one in every language and both looks."""
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))
    files = [
        pages.write_pnm(pages.PAGES[name](), tmp_path / f"{name}.pnm")
        for name in ("letter", "missing_bottom")
    ]
    wiring = DocumentsWiring(planner=PnmPageFeed(files), submitter=RecordingDocumentSubmitter())
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, documents=wiring) as kiosk:
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.tap("startDocuments")
        citizen.sees("docType_sick_note")
        problems = audit_every_language_and_look(qtbot, kiosk, "documents type")

        citizen.tap("docType_sick_note")  # the longest label, shown again on review and receipt
        citizen.type("docBgInput", "12345 1234567")
        citizen.tap("docNextButton")
        citizen.sees("docBgError")
        problems += audit_every_language_and_look(qtbot, kiosk, "documents BG number with error")

        citizen.type("docBgInput", "12345BG1234567")
        citizen.tap("docNextButton")
        citizen.sees("noPagesYet")
        problems += audit_every_language_and_look(qtbot, kiosk, "documents scan, no pages")

        citizen.scan_and_wait()
        citizen.scan_and_wait()
        citizen.sees("pageFinding_2")
        citizen.tap("docNextButton")  # not yet: page 2 needs attention
        citizen.sees("scanStepError")
        problems += audit_every_language_and_look(qtbot, kiosk, "documents scan with a finding")

        citizen.tap("keep_2")
        citizen.tap("docNextButton")
        citizen.sees("docSendButton")
        problems += audit_every_language_and_look(qtbot, kiosk, "documents review")

        citizen.tap("docSendButton")
        citizen.sees("docReferenceCode")
        problems += audit_every_language_and_look(qtbot, kiosk, "documents receipt")

    assert not problems, "\n".join(problems)


def test_inactivity_warning_is_usable_by_everyone(qtbot: QtBot, tmp_path: Path) -> None:
    timing = SessionTiming(inactivity_ms=300, warning_ms=600_000, receipt_ms=600_000)
    with running_kiosk(qtbot, tmp_path, timing=timing, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.tap("startCallback")
        citizen.sees("moreTimeButton")
        problems = audit_every_language_and_look(qtbot, kiosk, "timeout warning")
        assert not problems, "\n".join(problems)
