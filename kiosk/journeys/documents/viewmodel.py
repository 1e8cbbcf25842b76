"""The documents journey as QML sees it: type, BG number, scanning with checks, review, receipt."""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from config.documents import DocumentSettings, DocumentType
from kiosk.journeys.callback import texts
from kiosk.journeys.callback.contact import BgProblem, check_bg_number
from kiosk.journeys.callback.draft import Problem
from kiosk.journeys.documents import texts as dtexts
from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.page_cards import page_cards
from kiosk.journeys.documents.pages import Page, PageStack, encoded_image, new_page_id, turned
from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.scan_runs import ScanRuns
from kiosk.journeys.documents.scan_task import ReadyPage, RunOutcome, ScannerStateSink
from kiosk.journeys.documents.send_task import DocumentSending
from kiosk.journeys.documents.submission import (
    DocumentSubmitter,
    StoredSubmission,
    SubmitFailure,
)
from kiosk.journeys.documents.workspace import Workspace
from scanner.faults import ScanFault
from scanner.options import Source

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


class Step(enum.IntEnum):
    TYPE = 1
    BG = 2
    SCAN = 3
    REVIEW = 4


RECEIPT_PAGE = len(Step) + 1


class DocumentsJourneyViewModel(QObject):
    changed = Signal()
    # Progress alone: redrawing the bar must not make QML re-read the page list.
    progressChanged = Signal()
    # The sending state alone, for the same reason: on "Send", re-reading the page list would
    # rebuild every thumbnail and stall the screen for a tenth of a second.
    sendingChanged = Signal()
    pagesChanged = Signal()  # the page cards alone (see _update_cards)
    finished = Signal()  # the receipt is showing
    cancelled = Signal()  # back from the first step
    scanFinished = Signal()  # a scan run ended (tests and the autopilot wait on it)

    def __init__(
        self,
        settings: DocumentSettings,
        planner: ScanPlanner,
        workspace: Workspace,
        submitter: DocumentSubmitter,
        clock: Clock,
        language: Callable[[], str],
        hotline: str,
        parent: QObject | None = None,
        *,
        scanner_state: ScannerStateSink | None = None,
    ) -> None:
        super().__init__(parent)
        self.changed.connect(self.progressChanged)  # a reset or a new page moves the bar too
        self.changed.connect(self.sendingChanged)
        self._settings = settings
        self._planner = planner
        self._workspace = workspace
        self._sending = DocumentSending(submitter, self)
        self._sending.stored.connect(self._on_stored)
        self._sending.refused.connect(self._on_refused)
        self._clock = clock
        self._language = language
        self._hotline = hotline
        self._scans = ScanRuns(planner, workspace, self, scanner_state=scanner_state)
        self._scans.pageReady.connect(self._on_page)
        self._scans.progressed.connect(self._on_progress)
        self._scans.finished.connect(self._on_finished)
        self._stack = PageStack()
        self._cards: list[dict[str, Any]] = []
        self.changed.connect(self._update_cards)
        self._clear()

    def _clear(self) -> None:
        self._page = int(Step.TYPE)
        self._type_id = ""
        self._bg_text = ""
        self._problem = ""
        self._bg_problem = False
        self._fault: ScanFault | None = None
        self._replacing: str | None = None
        self._scanning_page = 0
        self._progress = 0.0
        self._scans.forget_device()
        self._failure: SubmitFailure | None = None
        self._receipt: dict[str, str] = {}
        self._sent_at: dt.datetime | None = None

    # ---- navigation ------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """Forget everything of this citizen: pages, previews, files, the running scan."""
        self._scans.stop()
        self._sending.settle()
        self._stack.clear()
        self._workspace.wipe()
        self._clear()
        self.changed.emit()

    @Slot()
    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(str)
    def chooseType(self, type_id: str) -> None:
        if self._find_type(type_id) is not None:
            self._type_id = type_id
            self._go(Step.BG)

    @Slot(str)
    def setBgNumber(self, text: str) -> None:
        self._bg_text = text
        self._bg_problem = False
        self.changed.emit()

    @Slot()
    def next(self) -> None:
        if self._page > len(Step) or self.scanning:
            return
        step = Step(self._page)
        if step is Step.TYPE and self._find_type(self._type_id) is None:
            self._problem = dtexts.no_type_text()
        elif step is Step.BG and check_bg_number(self._bg_text).problem is BgProblem.MALFORMED:
            self._bg_problem = True
        elif step is Step.SCAN and (problem := dtexts.scan_problem(self._stack.pages)):
            self._problem = problem
        elif step is not Step.REVIEW:
            self._go(Step(step + 1))
            return
        self.changed.emit()

    @Slot()
    def back(self) -> None:
        if self._page > len(Step) or self._sending.busy:
            return
        self._scans.stop()
        if self._page == Step.TYPE:
            self.cancelled.emit()
            return
        self._go(Step(self._page - 1))

    @Slot(int)
    def edit(self, step: int) -> None:
        """From the review: go back to one step to change it."""
        if self._page == Step.REVIEW and step in {s.value for s in Step} and not self._sending.busy:
            self._go(Step(step))

    def _go(self, step: Step) -> None:
        self._page = int(step)
        self._problem = ""
        self._bg_problem = False
        self._failure = None
        self.changed.emit()

    # ---- pages -----------------------------------------------------------------------------

    @Slot()
    def scan(self) -> None:
        """Scan more pages: one from the glass, or all the feeder holds."""
        self._start_scan(replacing=None)

    @Slot(str)
    def rescan(self, page_id: str) -> None:
        if self._stack.index_of(page_id) is not None:
            self._start_scan(replacing=page_id)

    @Slot()
    def cancelScan(self) -> None:
        self._scans.cancel()

    @Slot(str)
    def rotate(self, page_id: str) -> None:
        index = self._stack.index_of(page_id)
        if index is None or self.scanning:
            return
        old = self._stack.pages[index]
        processed = turned(old.processed)
        preview = self._workspace.write_preview(encoded_image(processed))
        self._stack.put(Page(new_page_id(), processed, preview), replacing=page_id)
        self._workspace.discard(old.preview)
        self._problem = ""
        self.changed.emit()

    @Slot(str)
    def remove(self, page_id: str) -> None:
        if self.scanning:
            return
        removed = self._stack.remove(page_id)
        if removed is not None:
            self._workspace.discard(removed.preview)
            self._problem = ""
            self.changed.emit()

    @Slot(str)
    def keep(self, page_id: str) -> None:
        self._stack.keep(page_id)
        self._problem = ""
        self.changed.emit()

    def _start_scan(self, replacing: str | None) -> None:
        if self.scanning or self._page != Step.SCAN:
            return
        if replacing is None and len(self._stack) >= self._settings.max_pages:
            self._problem = dtexts.too_many_pages_text(self._settings.max_pages)
            self.changed.emit()
            return
        self._replacing = replacing
        self._fault, self._problem = None, ""
        self._scanning_page, self._progress = 1, 0.0
        log.info("scan started (%s)", "rescan" if replacing else "add")
        self._scans.start(single=replacing is not None or self._planner.source is Source.FLATBED)
        self.changed.emit()

    def _on_page(self, ready: ReadyPage) -> None:
        page = Page(new_page_id(), ready.processed, ready.preview)
        old = self._stack.put(page, self._replacing)
        self._replacing = None  # a rescan replaces one page; more pages are added after it
        if old is not None:
            self._workspace.discard(old.preview)
        self._scanning_page = len(self._stack) + 1
        self.changed.emit()

    def _on_progress(self, number: int, share: float) -> None:
        self._progress = share
        self.progressChanged.emit()

    def _on_finished(self, outcome: RunOutcome) -> None:
        self._replacing = None
        self._fault = outcome.fault
        if outcome.fault is not None:
            log.warning("scan ended: %s", outcome.fault.it_status)
        self.changed.emit()
        self.scanFinished.emit()

    # ---- sending ---------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Builds and stores the document on a worker; the receipt follows when it is stored."""
        chosen = self._find_type(self._type_id)
        if self._page != Step.REVIEW or chosen is None or not self._stack.pages:
            return
        if self._sending.busy:  # a double tap sends once
            return
        order = DocumentOrder(
            type_id=chosen.id,
            type_label_de=chosen.label["de"],  # the e-file and staff read German
            bg_number=check_bg_number(self._bg_text).normalised,
            language=self._language(),
            pages=[page.processed for page in self._stack.pages],
            device=self._scans.device or "unknown",
            settings=self._scans.settings,
            scanned_at=self._clock(),
        )
        if self._sending.send(order):
            self._sent_at = order.scanned_at
            if self._failure is not None:  # the earlier refusal's sentence goes
                self._failure = None
                self.changed.emit()
            self.sendingChanged.emit()

    def _on_refused(self, failure: SubmitFailure) -> None:
        log.warning("document not stored: %s", failure.value)
        self._failure = failure  # the pages stay: the citizen can try again
        self.changed.emit()  # (sendingChanged follows it)

    def _on_stored(self, stored: StoredSubmission) -> None:
        log.info("document stored as submission %s", stored.submission_id)
        chosen = self._find_type(self._type_id)
        self._receipt = {
            "code": stored.reference_code,
            "type": self._label(chosen) if chosen else "",
            "pages": str(len(self._stack.pages)),
            "when": texts.moment_label(self._language(), self._sent_at or self._clock()),
        }
        # The receipt needs none of the pages: forget them now, not at the reset.
        self._stack.clear()
        self._workspace.wipe()
        self._page = RECEIPT_PAGE
        self.changed.emit()
        self.finished.emit()

    # ---- helpers ---------------------------------------------------------------------------

    def _update_cards(self) -> None:
        # QML's Repeater rebuilds every page card (and reloads every preview) whenever the list
        # is announced: only when a card really changed, not at every progress or scan end.
        cards = page_cards(self._stack.pages, self._replacing)
        if cards != self._cards:
            self._cards = cards
            self.pagesChanged.emit()

    def _find_type(self, type_id: str) -> DocumentType | None:
        return next((t for t in self._settings.types if t.id == type_id), None)

    def _label(self, entry: DocumentType) -> str:
        return entry.label.get(self._language()) or entry.label["de"]

    # ---- properties ------------------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self._scans.running

    def _get_types(self) -> list[dict[str, Any]]:
        return [
            {"id": t.id, "label": self._label(t), "selected": t.id == self._type_id}
            for t in self._settings.types
        ]

    def _get_type_label(self) -> str:
        chosen = self._find_type(self._type_id)
        return self._label(chosen) if chosen else ""

    def _get_fault_message(self) -> str:
        if self._fault is None:
            return ""
        message = dtexts.fault_text(self._fault)
        if self._stack.pages and self._fault is not ScanFault.CANCELLED:
            message += " " + dtexts.pages_kept_text(len(self._stack.pages))
        return message

    def _get_progress_text(self) -> str:
        return dtexts.progress_text(self._scanning_page) if self.scanning else ""

    def _get_submit_error(self) -> str:
        if self._failure is None:
            return ""
        return texts.submit_failure_text(self._failure, self._hotline)

    page = Property(int, lambda self: self._page, notify=changed)
    stepCount = Property(int, lambda self: len(Step), constant=True)
    types = Property(list, _get_types, notify=changed)
    typeLabel = Property(str, _get_type_label, notify=changed)
    bgNumber = Property(str, lambda self: self._bg_text, notify=changed)
    bgDisplay = Property(
        str, lambda self: check_bg_number(self._bg_text).normalised or "", notify=changed
    )
    bgError = Property(
        str,
        lambda self: texts.problem_text(Problem.BG_MALFORMED, 0) if self._bg_problem else "",
        notify=changed,
    )
    pages = Property(list, lambda self: self._cards, notify=pagesChanged)
    pageCount = Property(int, lambda self: len(self._stack), notify=changed)
    isScanning = Property(bool, lambda self: self.scanning, notify=changed)
    isSending = Property(bool, lambda self: self._sending.busy, notify=sendingChanged)
    isRescanning = Property(bool, lambda self: self._replacing is not None, notify=changed)
    progress = Property(float, lambda self: self._progress, notify=progressChanged)
    progressText = Property(str, _get_progress_text, notify=changed)
    feeder = Property(bool, lambda self: self._planner.source is Source.FEEDER, constant=True)
    faultMessage = Property(str, _get_fault_message, notify=changed)
    stepError = Property(str, lambda self: self._problem, notify=changed)
    privacyNotice = Property(
        str,
        lambda self: (
            self._settings.privacy_notice.get(self._language())
            or self._settings.privacy_notice["de"]
        ),
        notify=changed,
    )
    submitError = Property(str, _get_submit_error, notify=changed)
    canRetry = Property(
        bool,
        lambda self: self._failure is not None and self._failure is not SubmitFailure.NOT_ENROLLED,
        notify=changed,
    )
    referenceCode = Property(str, lambda self: self._receipt.get("code", ""), notify=changed)
    receiptType = Property(str, lambda self: self._receipt.get("type", ""), notify=changed)
    receiptPages = Property(str, lambda self: self._receipt.get("pages", ""), notify=changed)
    receiptWhen = Property(str, lambda self: self._receipt.get("when", ""), notify=changed)
