"""Keeps a hung SANE backend from hanging its caller.

Many SANE backends read the scanner in a reader thread made by ``sanei_thread``, which cancels
that thread *asynchronously* on ``sane_cancel`` (and at the end of every page). A thread killed
that way while it holds a libc lock (inside ``malloc``, the dynamic loader, ``strerror``) never
lets go of it, and the next ``sane_cancel``/``sane_exit`` waits for it forever. Nothing in
Python can interrupt such a call. So the SANE work of a run happens in its own thread, which
reports every sign of life here; the caller waits, and gives the run up as ``NOT_RESPONDING``
once the thread has been silent for ``stall_timeout`` seconds. The given-up thread still holds
the SANE library, so later runs say ``NOT_RESPONDING`` at once instead of queueing behind it;
if it ever comes back, the library is free again.

Limit: this only helps while the hung call has released the GIL (a ``sane_start`` or
``sane_read`` that waits on the device). python-sane 2.9.2 calls ``sane_cancel`` after a failed
read *with the GIL held*; if that one hangs, every Python thread stops, this watchdog included.
``SaneScanner._wait_for_first_data`` avoids the known way into that hang; only running SANE in
a separate process would contain it completely.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from scanner.faults import ScanFault, ScanFaultError

log = logging.getLogger(__name__)

STALL_TIMEOUT_S = 120.0  # no line, page or SANE call finished for this long: the backend hangs
_POLL_S = 0.2


class SaneGate:
    """One SANE user at a time, and whether the current holder has been given up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wedged = threading.Event()

    @contextmanager
    def held(self) -> Iterator[None]:
        # Waits for a healthy holder (a long feeder run is fine), never for a hung one.
        while not self._lock.acquire(timeout=_POLL_S):
            if self._wedged.is_set():
                raise ScanFaultError(
                    ScanFault.NOT_RESPONDING, "an earlier SANE call never returned"
                )
        try:
            yield
        finally:
            self._wedged.clear()
            self._lock.release()

    def mark_wedged(self) -> None:
        self._wedged.set()


class Liveness:
    """When the SANE thread last showed progress; touched from that thread, read by the caller."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last = clock()
        self.given_up = threading.Event()  # set by the watchdog: drop anything reported later

    def touch(self) -> None:
        self._last = self._clock()

    def silent_for(self) -> float:
        return self._clock() - self._last


def wait_watched(
    done: threading.Event,
    liveness: Liveness,
    stall_timeout: float,
    poll: float = _POLL_S,
) -> bool:
    """Waits until ``done``; False (and ``liveness.given_up`` set) once silent too long."""
    while not done.wait(poll):
        if liveness.silent_for() > stall_timeout:
            liveness.given_up.set()
            log.error("SANE silent for %.0f s: scan given up as not responding", stall_timeout)
            return False
    return True
