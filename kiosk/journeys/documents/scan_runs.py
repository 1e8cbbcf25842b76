"""One scan run at a time for a view-model that scans (the documents journey, "Show a document"
during a call).

Each run gets a new token; what a stopped run still delivers (a page, a progress step, its end)
carries an old token and is dropped here, its preview file deleted. The view-models see only the
current run's pages, progress and outcome, and the device and settings it scanned with.
"""

# ruff: noqa: N815  (Qt signal names are camelCase)

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.scan_task import ReadyPage, RunOutcome, ScannerStateSink, ScanTask
from kiosk.journeys.documents.workspace import Workspace


class ScanRuns(QObject):
    pageReady = Signal(object)  # ReadyPage of the current run
    progressed = Signal(int, float)  # page number, share of that page
    finished = Signal(object)  # RunOutcome of the current run, after its thread ended

    def __init__(
        self,
        planner: ScanPlanner,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        scanner_state: ScannerStateSink | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._workspace = workspace
        self._scanner_state = scanner_state
        self._task: ScanTask | None = None
        self._token = 0
        self.forget_device()

    @property
    def running(self) -> bool:
        return self._task is not None

    def forget_device(self) -> None:
        """A new citizen: the next document names the device of its own scans only."""
        self.device = ""
        self.settings: dict[str, str] = {}

    def start(self, single: bool) -> None:
        """Starts a run (one page, or as many as the feeder holds); ignored while one runs."""
        if self._task is not None:
            return
        self._token += 1
        task = ScanTask(
            self._token,
            self._planner,
            self._workspace,
            single,
            parent=self,
            scanner_state=self._scanner_state,
        )
        task.pageReady.connect(self._on_page)
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        self._task = task
        task.start()

    def cancel(self) -> None:
        """Asks the run to end after the current line; its outcome still arrives."""
        if self._task is not None:
            self._task.cancel()

    def stop(self) -> None:
        """Ends the run now and waits for its thread (a cancel ends SANE within a line); whatever
        it still delivers belongs to nobody."""
        task, self._task = self._task, None
        self._token += 1
        if task is not None:
            task.cancel()
            task.join()
            task.deleteLater()

    def _on_page(self, ready: ReadyPage) -> None:
        if ready.token != self._token:
            self._workspace.discard(ready.preview)
            return
        self.pageReady.emit(ready)

    def _on_progress(self, token: int, number: int, share: float) -> None:
        if token == self._token:
            self.progressed.emit(number, share)

    def _on_finished(self, outcome: RunOutcome) -> None:
        if outcome.token != self._token or self._task is None:
            return
        self._task.join()
        self._task.deleteLater()
        self._task = None
        if outcome.device:
            self.device, self.settings = outcome.device, outcome.settings
        self.finished.emit(outcome)
