"""Builds the real kiosk UI (real QML, offscreen) for a test, and drives it like a citizen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

import tests.helpers.qt_offscreen  # noqa: F401  (before any Qt application exists)
from config.schema import TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp, build_application
from kiosk.journeys.callback.submission import CallbackSubmitter
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.qt_fakes import FixedClock, RecordingSubmitter

# Long enough that no warning interrupts a journey test; session tests pass their own.
CALM = SessionTiming(inactivity_ms=600_000, warning_ms=600_000, receipt_ms=600_000)


@contextmanager
def running_kiosk(
    qtbot: QtBot,
    tmp_path: Path,
    submitter: CallbackSubmitter | None = None,
    timing: SessionTiming = CALM,
    settings: TerminalSettings | None = None,
    size: tuple[int, int] = (1920, 1080),
    **kwargs: Any,
) -> Iterator[KioskApp]:
    kiosk = build_application(
        settings or TerminalSettings(),
        tmp_path / "data",
        submitter or RecordingSubmitter(),
        timing=timing,
        clock=FixedClock(),
        **kwargs,
    )
    kiosk.window.resize(*size)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    try:
        yield kiosk
    finally:
        kiosk.close()


class Citizen:
    """Taps and types on the real window, waiting for what a person would wait for."""

    def __init__(self, qtbot: QtBot, kiosk: KioskApp) -> None:
        self.qtbot = qtbot
        self.kiosk = kiosk
        self.window = kiosk.window

    def sees(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: uidriver.exists(self.window, name), timeout=5000)

    def tap(self, name: str) -> None:
        self.sees(name)
        uidriver.tap(self.window, name)

    def type(self, name: str, text: str) -> None:
        self.sees(name)
        uidriver.type_into(self.window, name, text)

    def text(self, name: str) -> str:
        """What the item shows, as read off the screen (no invisible direction marks)."""
        self.sees(name)
        return uidriver.shown_text(self.window, name)

    def step_title(self) -> str:
        return self.text("stepTitle")

    def open_language_chooser(self) -> None:
        self.tap("languageButton")
        self.sees("languageChooser")

    def choose_language(self, code: str) -> None:
        """The language button, then the language in its own name, as a citizen does."""
        self.open_language_chooser()
        self.tap(f"lang_{code}")
        self.qtbot.waitUntil(lambda: self.kiosk.language.current() == code)
        self.qtbot.waitUntil(lambda: not uidriver.exists(self.window, "languageChooser"))

    # -- whole steps, for tests that need to get somewhere --------------------------------

    def start_and_choose_concern(self, concern_id: str = "payment") -> None:
        self.tap("startCallback")
        self.tap(f"concern_{concern_id}")
        self.sees("phoneInput")

    def enter_contact(self, phone: str = "0171 2345678", bg: str = "") -> None:
        self.type("nameInput", "Erika Mustermann")
        self.type("phoneInput", phone)
        if bg:
            self.type("bgInput", bg)
        self.tap("nextButton")

    def choose_first_window(self) -> str:
        self.qtbot.waitUntil(lambda: bool(self.kiosk.journey.days))
        key = str(self.kiosk.journey.days[0]["windows"][0]["key"])
        self.tap(f"window_{key}")
        return key

    def agree_and_continue(self) -> None:
        self.tap("privacyToggle")
        self.tap("nextButton")
        self.sees("submitButton")
