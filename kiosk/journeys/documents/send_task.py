"""Sending off the GUI thread: the PDF/A is built and sealed into the outbox in a worker.

Building the PDF/A of a few pages and sealing it took a quarter of a second and more on the
GUI thread: the screen froze right after the citizen tapped "Send" (tests/bench/
bench_scan_ui.py). The submitter now runs in its own thread; its outcome comes back through a
queued Qt signal, as the scan's does (``scan_task.py``).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.submission import (
    DocumentSubmitError,
    DocumentSubmitter,
    StoredSubmission,
    SubmitFailure,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendOutcome:
    """Either ``stored`` (the document is durably in the outbox) or ``failure``."""

    token: int
    stored: StoredSubmission | None
    failure: SubmitFailure | None


# Below the UI service's WatchdogSec (30 s): the wait runs on the GUI thread, which pings.
SETTLE_SECONDS = 20.0


class SendTask(QObject):
    """Start with :meth:`start`; :meth:`join` waits for the outbox to have it (or to refuse)."""

    finished = Signal(object)  # SendOutcome, delivered on the thread that owns this object

    def __init__(
        self,
        token: int,
        submitter: DocumentSubmitter,
        order: DocumentOrder,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.token = token
        self._submit = submitter
        self._order = order
        self._thread = threading.Thread(target=self._run, name="document-send", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float | None = None) -> bool:
        """True once the send is over (stored or refused)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            stored = self._submit(self._order)
        except DocumentSubmitError as exc:
            self.finished.emit(SendOutcome(self.token, None, exc.reason))
            return
        except Exception as exc:  # a broken page or library: the citizen may try again
            # The type only: a validation error's text could quote the BG number.
            log.error("document could not be built: %s", type(exc).__name__)
            self.finished.emit(SendOutcome(self.token, None, SubmitFailure.STORAGE_FAILED))
            return
        self.finished.emit(SendOutcome(self.token, stored, None))


class DocumentSending(QObject):
    """One send at a time for the documents journey; outcomes of an ended session are dropped.

    ``stored`` carries the ``StoredSubmission``, ``refused`` the ``SubmitFailure``; both arrive
    on the GUI thread and only for the send still wanted (see :meth:`settle`).
    """

    stored = Signal(object)
    refused = Signal(object)

    def __init__(self, submitter: DocumentSubmitter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._submit = submitter
        self._task: SendTask | None = None
        self._token = 0

    @property
    def busy(self) -> bool:
        return self._task is not None

    def send(self, order: DocumentOrder) -> bool:
        """Starts the send; False (and nothing happens) while one is under way: a double tap
        on "Send" must not hand the document in twice."""
        if self._task is not None:
            return False
        self._token += 1
        task = SendTask(self._token, self._submit, order, parent=self)
        task.finished.connect(self._on_finished)
        self._task = task
        task.start()
        return True

    def settle(self, timeout: float = SETTLE_SECONDS) -> None:
        """At the end of a session: waits for a send under way, and forgets its outcome.

        Why wait rather than let it run on: the order holds its own copy of the pages, so
        wiping the previews cannot harm it, but the document must be in the outbox (or
        refused) before the terminal moves on: at shutdown the outbox is closed right after
        the reset, and the next citizen must not start while the last one's send still
        writes. The wait is one PDF build (a second or two). The inactivity reset cannot meet
        a send in practice (the tap on "Send" restarted its timer); admin mode and shutdown
        can. A document stored meanwhile stays stored: nothing is lost, no receipt is shown.
        """
        task, self._task = self._task, None
        if task is None:
            return
        self._token += 1  # the outcome, still queued, belongs to nobody now
        if task.join(timeout):
            task.deleteLater()
            return
        # Still writing (a very long document, a locked outbox): it finishes on its own and is
        # stored; the task object goes when its thread is done, never while it may still emit.
        log.error("a document send was still running when its session ended")
        task.finished.connect(task.deleteLater)

    def _on_finished(self, outcome: SendOutcome) -> None:
        if outcome.token != self._token or self._task is None:
            if outcome.stored is not None:
                log.info("document stored as submission %s after its session ended",
                         outcome.stored.submission_id)  # fmt: skip
            return
        self._task.join()
        self._task.deleteLater()
        self._task = None
        if outcome.stored is not None:
            self.stored.emit(outcome.stored)
        else:
            self.refused.emit(outcome.failure or SubmitFailure.STORAGE_FAILED)
