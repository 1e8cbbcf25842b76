"""Read-aloud, large text and high contrast: chosen by the citizen, on every screen.

Each choice lasts for one citizen: the session reset puts everything back, so the next person
finds the terminal as usual. Once read-aloud was used, the session's timeouts grow (listening
to a screen takes longer than reading it; WCAG 2.2.1).
"""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEvent,
    QObject,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickWindow

from config.schema import AccessibilitySettings
from kiosk.reading import screen_reading
from kiosk.speech import Speaker
from kiosk.viewmodels.language import LanguageViewModel
from kiosk.viewmodels.session import SessionGuard

log = logging.getLogger(__name__)

ScreenReading = Callable[[], list[str]]


class AccessibilityViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        settings: AccessibilitySettings,
        speaker: Speaker,
        guard: SessionGuard,
        language: LanguageViewModel,
        on_screen_keyboard: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._speaker = speaker
        self._guard = guard
        self._language = language
        self._on_screen_keyboard = on_screen_keyboard
        self._read_screen: ScreenReading = list
        self._large_text = False
        self._high_contrast = False
        self._read_aloud_used = False
        self._stopped_by_this_touch = False
        speaker.speakingChanged.connect(self.changed)
        # Another language on screen: the old voice must not go on reading the old texts.
        language.changed.connect(speaker.stop)

    def set_screen_reading(self, read_screen: ScreenReading) -> None:
        """What the speaker button reads (set once the window exists)."""
        self._read_screen = read_screen

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    # ---- slots QML calls -------------------------------------------------------------------

    @Slot()
    def toggleLargeText(self) -> None:
        self._large_text = not self._large_text
        log.info("large text %s", "on" if self._large_text else "off")
        self.changed.emit()

    @Slot()
    def toggleHighContrast(self) -> None:
        self._high_contrast = not self._high_contrast
        log.info("high contrast %s", "on" if self._high_contrast else "off")
        self.changed.emit()

    @Slot()
    def toggleReading(self) -> None:
        """The speaker button: reads the screen, or (if this touch just silenced it) stays quiet."""
        if self._stopped_by_this_touch:
            self._stopped_by_this_touch = False
            return
        texts = self._read_screen()
        if not texts or not self._speaker.speak(texts, self._language.property("localeName")):
            return
        if not self._read_aloud_used:
            self._read_aloud_used = True
            self._guard.set_patience(self._settings.read_aloud_time_factor)
            self.changed.emit()

    def announce(self, text: str) -> None:
        """Something changed on screen by itself (an interpreter joined a call): a citizen
        who listens rather than reads hears it at once. Only once read-aloud was used in
        this session: everyone else gets no surprise voice in a waiting room."""
        if self._read_aloud_used and text:
            self._speaker.speak([text], self._language.property("localeName"))

    @Slot()
    def stopReading(self) -> None:
        self._speaker.stop()

    @Slot()
    def reset(self) -> None:
        self._speaker.stop()
        self._large_text = self._high_contrast = self._read_aloud_used = False
        self._guard.set_patience(1.0)
        self.changed.emit()

    def note_touch(self) -> None:
        """Any touch stops the reading; the speaker button must not restart it in that touch."""
        self._stopped_by_this_touch = self._speaker.speaking
        self._speaker.stop()

    # ---- properties ------------------------------------------------------------------------

    def _get_text_scale(self) -> float:
        return self._settings.large_text_scale if self._large_text else 1.0

    largeText = Property(bool, lambda self: self._large_text, notify=changed)
    highContrast = Property(bool, lambda self: self._high_contrast, notify=changed)
    textScale = Property(float, _get_text_scale, notify=changed)
    speaking = Property(bool, lambda self: self._speaker.speaking, notify=changed)
    readAloudUsed = Property(bool, lambda self: self._read_aloud_used, notify=changed)
    onScreenKeyboard = Property(bool, lambda self: self._on_screen_keyboard, constant=True)


class TouchStopsSpeech(QObject):
    """Application-wide event filter: a touch or click anywhere silences read-aloud."""

    _TOUCH = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})

    def __init__(self, accessibility: AccessibilityViewModel, parent: QObject | None = None):
        super().__init__(parent)
        self._accessibility = accessibility

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt delivers one press to the window and again to the item: count it once.
        if event.type() in self._TOUCH and watched.isWindowType():
            self._accessibility.note_touch()
        return False


def create_accessibility(
    settings: AccessibilitySettings,
    guard: SessionGuard,
    language: LanguageViewModel,
    parent: QObject,
) -> AccessibilityViewModel:
    # The keyboard panel only works when Qt loaded its input method (kiosk.app.run sets it).
    keyboard = os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
    speaker = Speaker(settings.speech_engine, parent)
    return AccessibilityViewModel(settings, speaker, guard, language, keyboard, parent)


def attach_accessibility(
    accessibility: AccessibilityViewModel, window: QQuickWindow, session_ended: SignalInstance
) -> Callable[[], None]:
    """Wires the view-model to the built window; returns what undoes it when the UI closes."""
    # Keeps Qt Quick's accessibility tree (names, roles, states) up to date even without a
    # screen reader attached: read-aloud speaks from that tree, just as AT-SPI would.
    QAccessible.setActive(True)
    accessibility.set_screen_reading(lambda: screen_reading(window))
    session_ended.connect(accessibility.reset)
    touches = TouchStopsSpeech(accessibility, accessibility)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(touches)

    def detach() -> None:
        accessibility.reset()
        if app is not None:
            app.removeEventFilter(touches)

    return detach
