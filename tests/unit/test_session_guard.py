"""The inactivity guard on its own: warning, more time, expiry (real QTimers, short times)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import tests.helpers.qt_offscreen  # noqa: F401  (before any Qt application exists)
from kiosk.viewmodels.session import GuardState, SessionGuard, SessionTiming

TIMING = SessionTiming(inactivity_ms=100, warning_ms=400, receipt_ms=100)


def test_warning_then_more_time_then_expiry(qtbot: QtBot) -> None:
    guard = SessionGuard(TIMING)
    states: list[GuardState] = []
    guard.changed.connect(lambda: states.append(guard.state))
    guard.watch()
    qtbot.waitUntil(lambda: guard.warningVisible, timeout=2000)
    assert guard.secondsLeft == 1
    guard.moreTime()
    assert not guard.warningVisible
    with qtbot.waitSignal(guard.expired, timeout=3000):
        pass
    assert [s for i, s in enumerate(states) if i == 0 or states[i - 1] is not s] == [
        GuardState.WATCHING,
        GuardState.WARNING,
        GuardState.WATCHING,
        GuardState.WARNING,
        GuardState.OFF,
    ]


def test_activity_postpones_the_warning(qtbot: QtBot) -> None:
    guard = SessionGuard(SessionTiming(inactivity_ms=300, warning_ms=400, receipt_ms=100))
    guard.watch()
    for _ in range(4):
        qtbot.wait(100)
        guard.note_activity()
    assert not guard.warningVisible
    qtbot.waitUntil(lambda: guard.warningVisible, timeout=2000)
    guard.note_activity()  # a stray touch during the warning does not dismiss it
    assert guard.warningVisible
    guard.stop()
