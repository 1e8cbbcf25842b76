"""Pages the citizen shows during a video call: scan, show to the case worker, hand in.

Each page goes through the documents journey's scanner pipeline (``ScanTask``: SANE and the
page checks off the GUI thread, findings in the same plain words). A screen-sized JPEG of it
is made on this view-model's worker thread and shown to the staff page through the call
(``show_page``); the staff page's ``page_seen`` comes back through the ``MediaBridge``.

Showing is not handing in. A page only goes to the e-file when the citizen taps "Hand in these
pages": then the pages become one documents submission in the outbox, exactly as at the end of
the documents journey (PDF/A, sealed), built on the worker thread. Pages shown but not handed
in are deleted when the call ends. That is what a citizen expects from showing a paper across
a desk: the case worker looks at it, and it goes home again with its owner. Filing it without
being asked would surprise them (and file things they only wanted to ask about), and keeping
it on a public terminal after they left is out of the question. The panel says so beforehand.
"""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import datetime as dt
import io
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PIL import Image
from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

from config.documents import DocumentSettings
from kiosk.journeys.callback import texts
from kiosk.journeys.documents import texts as dtexts
from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.findings import finding_for
from kiosk.journeys.documents.pages import encoded_image
from kiosk.journeys.documents.preview_images import CALL_PROVIDER_ID, preview_source
from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.scan_runs import ScanRuns
from kiosk.journeys.documents.scan_task import ReadyPage, RunOutcome, ScannerStateSink
from kiosk.journeys.documents.submission import (
    DocumentSubmitError,
    DocumentSubmitter,
    StoredSubmission,
    SubmitFailure,
)
from kiosk.journeys.documents.workspace import Workspace
from scanner.faults import ScanFault
from scanner.options import Source
from scanner.pipeline import ProcessedPage
from video.page_share import MAX_PAGE_BYTES, PREVIEW_LONG_SIDE, SharedPage

log = logging.getLogger(__name__)


class ShowingCall(Protocol):
    """What this view-model asks of the call (``video.call.VideoCall``); none of it waits."""

    def show_page(self, page: SharedPage) -> None: ...
    def withdraw_page(self, page_id: str) -> None: ...
    def pages_handed_in(self, reference: str, count: int) -> None: ...


@dataclass(frozen=True)
class CallDocumentsWiring:
    settings: DocumentSettings
    planner: ScanPlanner
    workspace: Workspace  # its own folder: the documents journey wipes its own
    submitter: DocumentSubmitter
    clock: Callable[[], dt.datetime]
    language: Callable[[], str]
    hotline: str
    scanner_state: ScannerStateSink | None = None  # what IT's fleet page shows of the scanner


def staff_preview(processed: ProcessedPage) -> tuple[bytes, int, int]:
    """The page as the staff page shows it: the encoded page (straightened), screen-sized."""
    image = encoded_image(processed)
    image.thumbnail((PREVIEW_LONG_SIDE, PREVIEW_LONG_SIDE), Image.Resampling.LANCZOS)
    for quality in (60, 45, 30):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_PAGE_BYTES:
            break
    return out.getvalue(), image.width, image.height


@dataclass
class ShownPage:
    id: str  # 32 hex, as the staff page knows it
    number: int  # stays with the page: "page 3" means the same page on both screens
    processed: ProcessedPage
    preview: Path
    seen: bool = False  # the staff page has shown it


class CallDocumentsViewModel(QObject):
    changed = Signal()
    scanFinished = Signal()  # a scan run ended (tests wait on it)
    handInFinished = Signal()  # the hand-in ended, stored or not (tests wait on it)
    # Worker thread → GUI thread (queued): session token, page id, SharedPage.
    _previewReady = Signal(int, str, object)
    _handedIn = Signal(int, object)  # session token, StoredSubmission | SubmitFailure

    def __init__(
        self,
        wiring: CallDocumentsWiring,
        call: Callable[[], ShowingCall | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._wiring = wiring
        self._call = call
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="call-documents")
        queued = Qt.ConnectionType.QueuedConnection
        self._previewReady.connect(self._share, queued)
        self._handedIn.connect(self._on_handed_in, queued)
        self._scans = ScanRuns(
            wiring.planner, wiring.workspace, self, scanner_state=wiring.scanner_state
        )
        self._scans.pageReady.connect(self._on_page)
        self._scans.finished.connect(self._on_scanned)
        self._session = 0  # a new one per citizen: late previews and hand-ins are dropped
        self._pages: list[ShownPage] = []
        self._clear()

    def _clear(self) -> None:
        self._open = False
        self._numbered = 0
        self._fault: ScanFault | None = None
        self._problem = ""
        self._handing_in = False
        self._failure: SubmitFailure | None = None
        self._reference = ""  # the last hand-in, as the panel lists it
        self._handed_count = 0
        self._handed_references: list[str] = []  # every hand-in of this call, for the end
        self._after_call: int | None = None  # the session of a hand-in the call's end overtook
        self._scans.forget_device()
        self._discarded = 0

    # ---- slots QML calls -------------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        self._open = True
        self.changed.emit()

    @Slot()
    def done(self) -> None:
        """Closes the panel; the pages stay listed (and shown) for "Show a document" again."""
        self._open = False
        self.changed.emit()

    @Slot()
    def scan(self) -> None:
        if self._scans.running or self._handing_in:
            return
        if len(self._pages) >= self._wiring.settings.max_pages:
            self._problem = dtexts.too_many_pages_text(self._wiring.settings.max_pages)
            self.changed.emit()
            return
        self._fault, self._problem, self._failure = None, "", None
        log.info("call document scan started")
        self._scans.start(single=True)
        self.changed.emit()

    @Slot(str)
    def remove(self, page_id: str) -> None:
        page = next((p for p in self._pages if p.id == page_id), None)
        if page is None or self._handing_in:
            return
        self._pages.remove(page)
        self._wiring.workspace.discard(page.preview)
        call = self._call()
        if call is not None:
            call.withdraw_page(page_id)
        self.changed.emit()

    @Slot()
    def handIn(self) -> None:
        if not self._pages or self._handing_in or self._scans.running:
            return
        kind = self._wiring.settings.call_type()
        order = DocumentOrder(
            type_id=kind.id,
            type_label_de=kind.label["de"],  # the e-file and staff read German
            bg_number=None,  # the case worker knows whose case it is
            language=self._wiring.language(),
            pages=[page.processed for page in self._pages],
            device=self._scans.device or "unknown",
            settings=self._scans.settings,
            scanned_at=self._wiring.clock(),
        )
        self._handing_in, self._failure, self._problem = True, None, ""
        self._worker.submit(self._store, self._session, order)
        self.changed.emit()

    # ---- what the call and the shell tell us ----------------------------------------------

    def page_seen(self, page_id: str) -> None:
        for page in self._pages:
            if page.id == page_id and not page.seen:
                page.seen = True
                self.changed.emit()

    def end_of_call(self) -> None:
        """The call is over: pages not handed in are deleted now, not at the session's end.

        A hand-in under way is not one of them: every listed page is in it (nothing can be
        added or removed meanwhile), it is finished on the worker, and the ended screen shows
        its reference when it is stored."""
        handing_in, session = self._handing_in, self._session
        discarded = 0 if handing_in else len(self._pages)
        references = list(self._handed_references)
        self.reset()
        # The ended screen says what became of the pages: deleted, or handed in under a code.
        self._discarded, self._handed_references = discarded, references
        if handing_in:
            self._handing_in, self._after_call = True, session
        if discarded:
            log.info("%d shown pages not handed in were deleted at the end of the call", discarded)
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """Nothing of this citizen stays: the scan stopped, pages and their files deleted."""
        self._scans.stop()
        self._session += 1  # a hand-in or preview still on the worker belongs to nobody
        self._pages.clear()
        self._wiring.workspace.wipe()
        self._clear()
        self.changed.emit()

    def close(self) -> None:
        """Shutdown only: waits for the worker (a hand-in under way is finished, not lost)."""
        self.reset()
        self._worker.shutdown(wait=True)

    @Slot()
    def retranslate(self) -> None:
        self.changed.emit()

    # ---- scan results (GUI thread) ---------------------------------------------------------

    def _on_page(self, ready: ReadyPage) -> None:
        self._numbered += 1
        page = ShownPage(uuid.uuid4().hex, self._numbered, ready.processed, ready.preview)
        self._pages.append(page)
        self._reference = ""  # a new batch: the last reference is no longer what is listed
        self._worker.submit(self._build_preview, self._session, page)
        self.changed.emit()

    def _on_scanned(self, outcome: RunOutcome) -> None:
        self._fault = outcome.fault
        if outcome.fault is not None:
            log.warning("call document scan ended: %s", outcome.fault.it_status)
        self.changed.emit()
        self.scanFinished.emit()

    # ---- the worker thread, and its results back on the GUI thread ------------------------

    def _build_preview(self, session: int, page: ShownPage) -> None:
        try:
            jpeg, width, height = staff_preview(page.processed)
            shared = SharedPage(page.id, page.number, jpeg, width, height)
        except Exception as exc:  # a broken page: it is still listed, only not shown
            log.error("a shown page could not be made for the staff page: %s", type(exc).__name__)
            return
        self._previewReady.emit(session, page.id, shared)

    def _share(self, session: int, page_id: str, shared: SharedPage) -> None:
        call = self._call()
        present = any(page.id == page_id for page in self._pages)
        if session == self._session and present and call is not None:
            call.show_page(shared)

    def _store(self, session: int, order: DocumentOrder) -> None:
        outcome: StoredSubmission | SubmitFailure
        try:
            outcome = self._wiring.submitter(order)
        except DocumentSubmitError as exc:
            outcome = exc.reason
        except Exception as exc:
            # The type only, as in the documents journey: an error's text could quote the page.
            log.error("call documents could not be stored: %s", type(exc).__name__)
            outcome = SubmitFailure.STORAGE_FAILED
        self._handedIn.emit(session, outcome)

    def _on_handed_in(self, session: int, outcome: StoredSubmission | SubmitFailure) -> None:
        if session == self._after_call:
            self._finish_after_call(outcome)
            return
        if session != self._session:
            return  # the session ended meanwhile; the submission (if stored) is delivered anyway
        self._handing_in = False
        if isinstance(outcome, SubmitFailure):
            log.warning("call documents not stored: %s", outcome.value)
            self._failure = outcome
        else:
            count = len(self._pages)
            log.info("call documents stored as submission %s", outcome.submission_id)
            call = self._call()
            if call is not None:
                call.pages_handed_in(outcome.reference_code, count)
            self._reference, self._handed_count = outcome.reference_code, count
            self._handed_references.append(outcome.reference_code)
            self._pages.clear()  # sealed in the outbox now: the previews have done their job
            self._wiring.workspace.wipe()
        self.changed.emit()
        self.handInFinished.emit()

    def _finish_after_call(self, outcome: StoredSubmission | SubmitFailure) -> None:
        """A hand-in the call's end overtook: the ended screen tells how it went."""
        self._handing_in, self._after_call = False, None
        if isinstance(outcome, SubmitFailure):
            # Its pages lived in memory only and are gone with it: say so, as for any page.
            log.warning("call documents not stored after the call: %s", outcome.value)
            self._discarded = 1
        else:
            log.info("call documents stored as submission %s after the call", outcome.submission_id)
            self._handed_references.append(outcome.reference_code)
        self.changed.emit()
        self.handInFinished.emit()

    # ---- properties ------------------------------------------------------------------------

    def _get_pages(self) -> list[dict[str, Any]]:
        shown = []
        for page in self._pages:
            finding = finding_for(page.processed.check)
            shown.append(
                {
                    "id": page.id,
                    "number": page.number,
                    "preview": preview_source(page.preview, CALL_PROVIDER_ID),
                    "finding": dtexts.finding_text(finding) if finding else "",
                    "seen": page.seen,
                }
            )
        return shown

    def _get_fault_message(self) -> str:
        if self._fault is None or self._fault is ScanFault.CANCELLED:
            return ""
        return dtexts.fault_text(self._fault)

    def _get_error(self) -> str:
        if self._failure is not None:
            return texts.submit_failure_text(self._failure, self._wiring.hotline)
        return self._problem

    panelOpen = Property(bool, lambda self: self._open, notify=changed)
    pages = Property(list, _get_pages, notify=changed)
    pageCount = Property(int, lambda self: len(self._pages), notify=changed)
    isScanning = Property(bool, lambda self: self._scans.running, notify=changed)
    isHandingIn = Property(bool, lambda self: self._handing_in, notify=changed)
    feeder = Property(
        bool, lambda self: self._wiring.planner.source is Source.FEEDER, constant=True
    )
    progressText = Property(
        str, lambda self: dtexts.progress_text(self._numbered + 1), notify=changed
    )
    faultMessage = Property(str, _get_fault_message, notify=changed)
    errorMessage = Property(str, _get_error, notify=changed)
    referenceCode = Property(str, lambda self: self._reference, notify=changed)
    handedInCount = Property(int, lambda self: self._handed_count, notify=changed)
    # Every reference handed in during the call, for the ended screen ("A, B").
    handedInReferences = Property(
        str, lambda self: ", ".join(self._handed_references), notify=changed
    )
    discardedAtEnd = Property(int, lambda self: self._discarded, notify=changed)
