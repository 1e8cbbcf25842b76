"""A scan run in a background thread, for callers that must never wait on the scanner.

The kiosk's own journeys use ``kiosk.journeys.documents.scan_task.ScanTask`` (the same run,
reporting through Qt signals); this is the plain-Python form of it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from scanner.faults import ScanFault
from scanner.sane_device import PageCallback, ProgressCallback, ScanRequest, ScanRun, run_scan

log = logging.getLogger(__name__)


class ScanWorker:
    """Runs ``run_scan`` in a background thread; the GUI thread never waits on the scanner."""

    def __init__(
        self,
        request: ScanRequest,
        on_page: PageCallback | None = None,
        on_progress: ProgressCallback | None = None,
        on_finished: Callable[[ScanRun], None] | None = None,
    ) -> None:
        self._request = request
        self._cancel = threading.Event()
        self._on_page = on_page
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.result: ScanRun | None = None
        self.error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="scan-worker", daemon=True)

    def start(self) -> ScanWorker:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> ScanRun | None:
        self._thread.join(timeout)
        return self.result

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.result = run_scan(self._request, self._cancel, self._on_page, self._on_progress)
        except Exception as exc:  # OptionError and anything unforeseen: reported, not raised
            log.warning("scan run failed: %s", exc)
            self.error = exc
            self.result = ScanRun((), ScanFault.UNKNOWN, None)
        if self._on_finished is not None:
            self._on_finished(self.result)
