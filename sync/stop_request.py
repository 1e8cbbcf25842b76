"""SIGTERM and SIGINT for ``kiosk sync``: stop waiting at once, give a request in flight a moment.

systemd stops the daemon with SIGTERM and waits (``TimeoutStopSec=``) before it kills. Every
wait of the daemon is ``stop.wait(...)`` and ends the moment the signal comes. A request in
flight gets ``grace_seconds`` to bring its answer (a receipt that arrives spares a re-send),
then its socket is cut (:meth:`sync.office_link.OfficeLink.stop`), however slowly the office
trickles: the process ends within seconds either way, ``--once`` included.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

log = logging.getLogger("kiosk.sync")

STOP_GRACE_SECONDS = 3.0


class StopRequest:
    def __init__(self, grace_seconds: float = STOP_GRACE_SECONDS) -> None:
        self.event = threading.Event()
        self._grace = grace_seconds
        self._cuts: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    @classmethod
    def on_signals(cls) -> StopRequest:
        """A stop request set by SIGTERM or SIGINT (call from the main thread)."""
        request = cls()

        def handler(signum: int, frame: FrameType | None) -> None:
            log.info("%s received; stopping", signal.Signals(signum).name)
            request.stop()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)
        return request

    def is_set(self) -> bool:
        return self.event.is_set()

    def wait(self, seconds: float) -> bool:
        return self.event.wait(seconds)

    def when_stopping(self, cut: Callable[[], None]) -> None:
        """``cut`` runs ``grace_seconds`` after the stop request (or at once, if it is late)."""
        with self._lock:
            self._cuts.append(cut)
            late = self.event.is_set()
        if late:
            cut()

    def stop(self) -> None:
        if self.event.is_set():
            return
        self.event.set()
        timer = threading.Timer(self._grace, self._cut_all)
        timer.daemon = True
        timer.start()

    def _cut_all(self) -> None:
        with self._lock:
            cuts = list(self._cuts)
        for cut in cuts:
            cut()
