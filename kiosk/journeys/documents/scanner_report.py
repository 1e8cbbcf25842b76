"""What each citizen's scan run shows about the scanner, written where the fleet page reads it.

The admin test scan writes the same file (``kiosk.scanner_health``); the heartbeat of
``kiosk sync`` carries it to the backoffice. So a jammed or unplugged scanner shows on the
fleet page after the next citizen meets it, without anyone running a test scan. Only the
device name, the health and the time are written: nothing about the citizen or the pages.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from scanner.faults import ScanFault
from sync.health import ScannerStatus, ScannerStatusFile, health_for_fault

log = logging.getLogger(__name__)

# Not a sign of the scanner's health either way: the citizen stopped the run.
_SAYS_NOTHING = frozenset({ScanFault.CANCELLED})


class ScannerReport:
    """Called on the scan thread at the end of every run (the file write stays off the GUI)."""

    def __init__(self, status_file: ScannerStatusFile, clock: Callable[[], dt.datetime]) -> None:
        self._file = status_file
        self._clock = clock

    def __call__(self, device: str, fault: ScanFault | None) -> None:
        if fault in _SAYS_NOTHING:
            return
        status = ScannerStatus(
            health=health_for_fault(None if fault is None else fault.it_status),
            device=device,
            at=self._clock(),
        )
        try:
            self._file.write(status)
        except OSError as exc:  # a full disk must not end the citizen's scan
            log.error("scanner status not written: %s", type(exc).__name__)
            return
        log.info("scanner %s after a scan run on %r", status.health.value, device)
