"""Inactivity on a public terminal: warn with a countdown, then end the session.

WCAG 2.2.1 (timing adjustable): the warning is visible and one touch on "I need more time"
extends the session. The guard only measures time; what a reset wipes is up to its owner.
"""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from PySide6.QtCore import Property, QElapsedTimer, QEvent, QObject, QTimer, Signal, Slot

from config.schema import TimeoutSettings
from kiosk.durations import in_words

_TICK_MS = 200


@dataclass(frozen=True)
class SessionTiming:
    inactivity_ms: int
    warning_ms: int
    receipt_ms: int

    @classmethod
    def from_settings(cls, timeouts: TimeoutSettings) -> SessionTiming:
        return cls(
            timeouts.inactivity_seconds * 1000,
            timeouts.warning_seconds * 1000,
            timeouts.receipt_seconds * 1000,
        )


class GuardState(enum.Enum):
    OFF = "off"  # home screen, receipt: nothing to protect or its own timer runs
    WATCHING = "watching"
    WARNING = "warning"


class SessionGuard(QObject):
    """Emits ``expired`` after inactivity plus an ignored warning."""

    changed = Signal()
    expired = Signal()
    patienceChanged = Signal()  # read-aloud began: every timeout of this session grows

    def __init__(self, timing: SessionTiming, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timing = timing
        self._state = GuardState.OFF
        self._idle = QTimer(self, singleShot=True, interval=timing.inactivity_ms)
        self._idle.timeout.connect(self._warn)
        self._tick = QTimer(self, interval=_TICK_MS)
        self._tick.timeout.connect(self._count_down)
        self._warning_clock = QElapsedTimer()
        self._seconds_left = 0
        self._patience = 1.0

    @property
    def state(self) -> GuardState:
        return self._state

    def set_patience(self, factor: float) -> None:
        """Stretches inactivity and warning time (read-aloud users need longer), from now on."""
        self._patience = max(1.0, factor)
        self._idle.setInterval(round(self._timing.inactivity_ms * self._patience))
        if self._state is GuardState.WATCHING:
            self._idle.start()
        self.patienceChanged.emit()

    def _warning_ms(self) -> int:
        return round(self._timing.warning_ms * self._patience)

    def receipt_ms(self) -> int:
        """How long a receipt stays before it closes itself: stretched like the rest, so a
        read-aloud user can listen to the reference code and still write it down."""
        return round(self._timing.receipt_ms * self._patience)

    def watch(self) -> None:
        self._tick.stop()
        self._idle.start()
        self._set_state(GuardState.WATCHING)

    def stop(self) -> None:
        self._idle.stop()
        self._tick.stop()
        self._set_state(GuardState.OFF)

    def note_activity(self) -> None:
        # During the warning only the "more time" button counts: a stray touch on the dimmed
        # screen should not silently dismiss a message the citizen may not have read.
        if self._state is GuardState.WATCHING:
            self._idle.start()

    @Slot()
    def moreTime(self) -> None:
        if self._state is GuardState.WARNING:
            self.watch()

    def _warn(self) -> None:
        self._warning_clock.start()
        self._seconds_left = math.ceil(self._warning_ms() / 1000)
        self._tick.start()
        self._set_state(GuardState.WARNING)

    def _count_down(self) -> None:
        left_ms = self._warning_ms() - self._warning_clock.elapsed()
        if left_ms <= 0:
            self.stop()
            self.expired.emit()
            return
        seconds = math.ceil(left_ms / 1000)
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.changed.emit()

    def _set_state(self, state: GuardState) -> None:
        if state is not self._state:
            self._state = state
            self.changed.emit()

    def _get_warning_visible(self) -> bool:
        return self._state is GuardState.WARNING

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    warningVisible = Property(bool, _get_warning_visible, notify=changed)
    secondsLeft = Property(int, _get_seconds_left, notify=changed)
    # "2 Minuten", "45 Sekunden": a long warning (a site may set ten minutes) never reads
    # "600 Sekunden". Follows the countdown, so a new language shows within a second.
    timeLeft = Property(str, lambda self: in_words(self._seconds_left), notify=changed)


class ActivityFilter(QObject):
    """Application-wide event filter: every touch, click or key press counts as activity."""

    _ACTIVITY = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, guard: SessionGuard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY:
            self._guard.note_activity()
        return False
