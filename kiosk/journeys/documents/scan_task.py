"""One scan run off the GUI thread: SANE in one thread, page checks in another, results to Qt.

SANE blocks for seconds per page, so it never runs on the GUI thread. While the scanner feeds
the next sheet, the previous one is checked and encoded (and its preview written) in a second
thread. Results reach the view-model through queued Qt signals; a run that was cancelled or
belongs to an earlier session (``token``) is ignored there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.workspace import Workspace
from scanner.faults import ScanFault, ScanFaultError
from scanner.options import OptionError
from scanner.pipeline import ProcessedPage, process_page
from scanner.sane_device import ScannedPage, ScanRun, run_scan

log = logging.getLogger(__name__)

# Told at the end of every run which device it was and what fault ended it (None: no fault);
# called on the scan thread. ``kiosk.journeys.documents.scanner_report.ScannerReport`` writes
# it for the fleet page.
ScannerStateSink = Callable[[str, ScanFault | None], None]


@dataclass(frozen=True)
class ReadyPage:
    token: int
    processed: ProcessedPage
    preview: Path


@dataclass(frozen=True)
class RunOutcome:
    token: int
    fault: ScanFault | None
    device: str
    settings: dict[str, str]


class ProgressThrottle:
    """Lets a page's progress through only when it moved by a visible step.

    SANE reports progress once per scan line: thousands of times per page. Each report that
    reaches the GUI thread costs a QML update; unthrottled they queued up and froze the UI for
    seconds during a scan (tests/bench/bench_scan_ui.py).
    """

    STEP = 0.02

    def __init__(self) -> None:
        self._last: tuple[int, float] = (0, -1.0)

    def admits(self, number: int, share: float) -> bool:
        last_number, last_share = self._last
        if number != last_number or share >= 1.0 or share - last_share >= self.STEP:
            self._last = (number, share)
            return True
        return False


class ScanTask(QObject):
    """Start with :meth:`start`; stop with :meth:`cancel`, then :meth:`join` before exit."""

    pageReady = Signal(object)  # noqa: N815  (Qt signal names are camelCase)
    progressed = Signal(int, int, float)  # token, page number, share of that page
    finished = Signal(object)  # RunOutcome

    def __init__(
        self,
        token: int,
        planner: ScanPlanner,
        workspace: Workspace,
        single: bool,
        parent: QObject | None = None,
        *,
        scanner_state: ScannerStateSink | None = None,
    ) -> None:
        super().__init__(parent)
        self.token = token
        self._scanner_state = scanner_state
        self._planner = planner
        self._workspace = workspace
        self._single = single
        self._cancel = threading.Event()
        self._checks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-checks")
        self._thread = threading.Thread(target=self._run, name="scan-task", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def join(self, timeout: float = 10.0) -> None:
        self._thread.join(timeout)
        self._checks.shutdown(wait=True, cancel_futures=True)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        pending: list[Future[None]] = []
        throttle = ProgressThrottle()
        device_name = ""

        def report(number: int, share: float) -> None:
            if throttle.admits(number, share):
                self.progressed.emit(self.token, number, share)

        try:
            request = self._planner.request(self._single)
            device_name = request.device_name
            run = run_scan(
                request,
                self._cancel,
                on_page=lambda page: pending.append(self._checks.submit(self._check, page)),
                on_progress=report,
            )
        except ScanFaultError as exc:
            log.warning("scan not started: %s", exc.fault.it_status)
            run = ScanRun((), exc.fault, None)
        except OptionError as exc:  # a config mistake: IT's to fix, the citizen gets a way on
            log.error("scanner settings not accepted: %s", exc)
            run = ScanRun((), ScanFault.UNKNOWN, None)
        except Exception:
            log.exception("scan run failed")
            run = ScanRun((), ScanFault.UNKNOWN, None)
        for future in pending:
            future.result()  # every page is handed over before the run is reported finished
        device = run.device.label if run.device else ""
        self._report_scanner(run.device.name if run.device else device_name, run.fault)
        self.finished.emit(RunOutcome(self.token, run.fault, device, dict(run.settings)))

    def _report_scanner(self, device: str, fault: ScanFault | None) -> None:
        if self._scanner_state is None:
            return
        try:
            self._scanner_state(device, fault)
        except Exception:  # IT's status file must never cost the citizen the scan
            log.exception("scanner state not reported")

    def _check(self, page: ScannedPage) -> None:
        try:
            processed = process_page(page.image, page.dpi)
            preview = self._workspace.write_preview(page.image)
        except Exception:
            log.exception("page %d could not be checked", page.number)
            return
        self.pageReady.emit(ReadyPage(self.token, processed, preview))
