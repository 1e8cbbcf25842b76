"""The UI's systemd watchdog: ``WATCHDOG=1`` from a GUI-thread timer.

Because the timer runs on the GUI thread, the pings stop when the event loop stops (a slot that
hangs, a deadlock): systemd then restarts the UI. ``READY=1`` goes out once the window is up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from sync.sd_notify import Notifier, watchdog_interval_seconds

log = logging.getLogger(__name__)


class UiWatchdog(QObject):
    def __init__(self, notifier: Notifier | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier or Notifier()
        interval = watchdog_interval_seconds()
        self._timer = QTimer(self, interval=int((interval or 5.0) * 1000))
        self._timer.timeout.connect(self._notifier.ping)
        self._enabled = self._notifier.enabled and interval is not None

    def start(self) -> None:
        self._notifier.ready()
        if self._enabled:
            self._timer.start()
            log.info("watchdog pings every %d ms", self._timer.interval())

    def stop(self) -> None:
        self._timer.stop()
        self._notifier.stopping()
        self._notifier.close()
