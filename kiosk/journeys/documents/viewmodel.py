"""The documents journey as QML sees it: type, BG number, scanning with checks, review, receipt.

One hand-in may hold several documents, each of its own kind (``hand_in.py``): the BG number
is asked once, with the first; from the review the citizen adds a further kind, which goes
through type and scan again. Each document is sent as its own submission
(``hand_in_sending.py``).
"""

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
from kiosk.journeys.documents.hand_in import DocumentDraft, HandIn
from kiosk.journeys.documents.hand_in_sending import HandInSending
from kiosk.journeys.documents.page_cards import document_rows, page_cards
from kiosk.journeys.documents.pages import Page, PageStack, encoded_image, new_page_id, turned
from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.scan_runs import ScanRuns
from kiosk.journeys.documents.scan_task import ReadyPage, RunOutcome, ScannerStateSink
from kiosk.journeys.documents.submission import DocumentSubmitter, SubmitFailure
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
        reception: bool = True,
    ) -> None:
        super().__init__(parent)
        self.changed.connect(self.progressChanged)  # a reset or a new page moves the bar too
        self.changed.connect(self.sendingChanged)
        self._settings = settings
        self._planner = planner
        self._workspace = workspace
        self._sending = HandInSending(submitter, self._order_for, self)
        self._sending.document_stored.connect(self._on_document_stored)
        self._sending.done.connect(self._on_all_stored)
        self._sending.refused.connect(self._on_refused)
        self._clock = clock
        self._language = language
        self._hotline = hotline
        self._reception = reception
        self._scans = ScanRuns(planner, workspace, self, scanner_state=scanner_state)
        self._scans.pageReady.connect(self._on_page)
        self._scans.progressed.connect(self._on_progress)
        self._scans.finished.connect(self._on_finished)
        self._hand_in = HandIn()
        self._cards: list[dict[str, Any]] = []
        self.changed.connect(self._update_cards)
        self._clear()

    def _clear(self) -> None:
        self._page = int(Step.TYPE)
        self._hand_in = HandIn()
        self._bg_text = ""
        self._problem = ""
        self._bg_problem = False
        self._editing = False  # changing one thing from the review: back there after it
        self._fault: ScanFault | None = None
        self._replacing: str | None = None
        self._scanning_page = 0
        self._progress = 0.0
        self._scans.forget_device()
        self._failure: SubmitFailure | None = None
        self._sending.forget()
        self._sent_at: dt.datetime | None = None

    @property
    def _pages(self) -> PageStack:
        """The pages of the document being worked on."""
        return self._hand_in.current.pages

    # ---- navigation ------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """Forget everything of this citizen: pages, previews, files, the running scan."""
        self._scans.stop()
        self._sending.settle()
        self._workspace.wipe()
        self._clear()
        self.changed.emit()

    @Slot()
    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(str)
    def chooseType(self, type_id: str) -> None:
        if self._find_type(type_id) is None:
            return
        self._hand_in.current.type_id = type_id
        if self._editing:
            self._go(Step.REVIEW)
        elif self._hand_in.current_index == 0:
            self._go(Step.BG)
        else:
            self._go(Step.SCAN)  # the BG number is the hand-in's, asked once

    @Slot(str)
    def setBgNumber(self, text: str) -> None:
        self._bg_text = text
        self._bg_problem = False
        self.changed.emit()

    @Slot()
    def next(self) -> None:
        if self._page > len(Step) or self.scanning:
            return
        self._settle_removal()
        step = Step(self._page)
        if step is Step.TYPE and self._find_type(self._hand_in.current.type_id) is None:
            self._problem = dtexts.no_type_text()
        elif step is Step.BG and check_bg_number(self._bg_text).problem is BgProblem.MALFORMED:
            self._bg_problem = True
        elif step is Step.SCAN and (problem := dtexts.scan_problem(self._pages.pages)):
            self._problem = problem
        elif step is not Step.REVIEW:
            self._go(Step.REVIEW if self._editing else Step(step + 1))
            return
        self.changed.emit()

    @Slot()
    def back(self) -> None:
        if self._page > len(Step) or self._sending.busy:
            return
        self._scans.stop()
        self._settle_removal()
        first = self._hand_in.current_index == 0
        if self._page == Step.TYPE and (self._editing or not first):
            self._hand_in.drop_unstarted()
            self._go(Step.REVIEW)
        elif self._page == Step.TYPE:
            self.cancelled.emit()
        elif self._page == Step.SCAN and not first:
            self._go(Step.TYPE)
        elif self._page == Step.REVIEW:
            self._hand_in.choose(len(self._hand_in.documents) - 1)
            self._go(Step.SCAN)
        else:
            self._go(Step(self._page - 1))

    @Slot(int)
    def edit(self, step: int) -> None:
        """From the review: change one thing (the BG number, or the first document)."""
        self.editDocument(0, step)

    @Slot(int, int)
    def editDocument(self, index: int, step: int) -> None:
        """From the review: change the kind or the pages of one document (or the BG number)."""
        if self._page != Step.REVIEW or self._sending.busy or step not in {s.value for s in Step}:
            return
        self._hand_in.choose(index)
        self._go(Step(step), editing=step != Step.REVIEW)

    @Slot()
    def addDocument(self) -> None:
        """From the review: a further kind of document in the same hand-in."""
        if self._page != Step.REVIEW or self._sending.busy:
            return
        self._hand_in.add_document()
        log.info("a further document added to the hand-in (%d)", len(self._hand_in.documents))
        self._go(Step.TYPE)

    def _go(self, step: Step, *, editing: bool = False) -> None:
        self._page = int(step)
        self._editing = editing
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
        if self._pages.index_of(page_id) is not None:
            self._start_scan(replacing=page_id)

    @Slot()
    def cancelScan(self) -> None:
        self._scans.cancel()

    @Slot(str)
    def rotate(self, page_id: str) -> None:
        index = self._pages.index_of(page_id)
        if index is None or self.scanning:
            return
        self._settle_removal()
        old = self._pages.pages[index]
        processed = turned(old.processed)
        preview = self._workspace.write_preview(encoded_image(processed))
        self._pages.put(Page(new_page_id(), processed, preview), replacing=page_id)
        self._workspace.discard(old.preview)
        self._problem = ""
        self.changed.emit()

    @Slot(str)
    def remove(self, page_id: str) -> None:
        """Takes the page out; it can come back with "Undo" until the next change."""
        if self.scanning:
            return
        self._settle_removal()
        if self._hand_in.remove_page(page_id) is not None:
            self._problem = ""
            self.changed.emit()

    @Slot()
    def undoRemove(self) -> None:
        if self._hand_in.undo_remove():
            log.info("removed page put back")
            self._problem = ""
            self.changed.emit()

    @Slot(str)
    def keep(self, page_id: str) -> None:
        self._settle_removal()
        self._pages.keep(page_id)
        self._problem = ""
        self.changed.emit()

    def _settle_removal(self) -> None:
        """Another change came: the page removed before it is gone for good."""
        page = self._hand_in.forget_removed()
        if page is not None:
            self._workspace.discard(page.preview)

    def _start_scan(self, replacing: str | None) -> None:
        if self.scanning or self._page != Step.SCAN:
            return
        self._settle_removal()
        if replacing is None and len(self._pages) >= self._settings.max_pages:
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
        old = self._pages.put(page, self._replacing)
        self._replacing = None  # a rescan replaces one page; more pages are added after it
        if old is not None:
            self._workspace.discard(old.preview)
        self._scanning_page = len(self._pages) + 1
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
        """Builds and stores each document on a worker; the receipt follows when all are."""
        drafts = self._hand_in.complete()
        if self._page != Step.REVIEW or not drafts or self._sending.busy:
            return  # (a double tap sends once)
        self._sent_at = self._clock()
        if self._sending.send(drafts):
            if self._failure is not None:  # the earlier refusal's sentence goes
                self._failure = None
                self.changed.emit()
            self.sendingChanged.emit()

    def _order_for(self, draft: DocumentDraft) -> DocumentOrder:
        chosen = self._find_type(draft.type_id)
        assert chosen is not None  # only complete drafts are sent
        return DocumentOrder(
            type_id=chosen.id,
            type_label_de=chosen.label["de"],  # the e-file and staff read German
            bg_number=check_bg_number(self._bg_text).normalised,
            language=self._language(),
            pages=[page.processed for page in draft.pages.pages],
            device=self._scans.device or "unknown",
            settings=self._scans.settings,
            scanned_at=self._sent_at or self._clock(),
        )

    def _on_refused(self, failure: SubmitFailure) -> None:
        self._failure = failure  # the pages stay: the citizen can try again
        self.changed.emit()  # (sendingChanged follows it)

    def _on_document_stored(self, draft: DocumentDraft) -> None:
        # The receipt needs none of its pages: they go now, not at the reset.
        for page in draft.pages.pages:
            self._workspace.discard(page.preview)
        self._hand_in.drop(draft)
        self.changed.emit()

    def _on_all_stored(self) -> None:
        self._settle_removal()
        self._workspace.wipe()
        self._page = RECEIPT_PAGE
        self.changed.emit()
        self.finished.emit()

    # ---- helpers ---------------------------------------------------------------------------

    def _update_cards(self) -> None:
        # QML's Repeater rebuilds every page card (and reloads every preview) whenever the list
        # is announced: only when a card really changed, not at every progress or scan end.
        cards = page_cards(self._pages.pages, self._replacing)
        if cards != self._cards:
            self._cards = cards
            self.pagesChanged.emit()

    def _find_type(self, type_id: str) -> DocumentType | None:
        return next((t for t in self._settings.types if t.id == type_id), None)

    def _label(self, entry: DocumentType) -> str:
        return entry.label.get(self._language()) or entry.label["de"]

    def _type_label(self, draft: DocumentDraft) -> str:
        return self._type_label_of(draft.type_id)

    def _type_label_of(self, type_id: str) -> str:
        chosen = self._find_type(type_id)
        return self._label(chosen) if chosen else ""

    # ---- properties ------------------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self._scans.running

    def _get_types(self) -> list[dict[str, Any]]:
        chosen = self._hand_in.current.type_id
        return [
            {"id": t.id, "label": self._label(t), "selected": t.id == chosen}
            for t in self._settings.types
        ]

    def _get_fault_message(self) -> str:
        if self._fault is None:
            return ""
        message = dtexts.fault_text(self._fault, self._reception)
        if self._pages.pages and self._fault is not ScanFault.CANCELLED:
            message += " " + dtexts.pages_kept_text(len(self._pages.pages))
        return message

    def _get_progress_text(self) -> str:
        return dtexts.progress_text(self._scanning_page) if self.scanning else ""

    def _get_submit_error(self) -> str:
        if self._failure is None:
            return ""
        return texts.submit_failure_text(self._failure, self._hotline, self._reception)

    def _get_documents(self) -> list[dict[str, Any]]:
        documents = [(self._type_label(d), d.pages.pages) for d in self._hand_in.documents]
        return document_rows(documents, self._hand_in.current_index)

    def _get_receipt(self) -> list[dict[str, Any]]:
        return [
            {
                "type": self._type_label_of(line.type_id),
                "pages": dtexts.pages_text(line.pages),
                "code": line.code,
            }
            for line in self._sending.stored
        ]

    def _get_removed_text(self) -> str:
        removed = self._hand_in.removed
        return dtexts.removed_text(removed.index + 1) if removed else ""

    page = Property(int, lambda self: self._page, notify=changed)
    stepCount = Property(int, lambda self: len(Step), constant=True)
    types = Property(list, _get_types, notify=changed)
    typeLabel = Property(str, lambda self: self._type_label(self._hand_in.current), notify=changed)
    documentNumber = Property(int, lambda self: self._hand_in.current_index + 1, notify=changed)
    documents = Property(list, _get_documents, notify=changed)
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
    pageCount = Property(int, lambda self: len(self._pages), notify=changed)
    removedText = Property(str, _get_removed_text, notify=changed)
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
    receipt = Property(list, _get_receipt, notify=changed)
    referenceCode = Property(
        str, lambda self: ", ".join(line.code for line in self._sending.stored), notify=changed
    )
    receiptWhen = Property(
        str,
        lambda self: texts.moment_label(self._language(), self._sent_at) if self._sent_at else "",
        notify=changed,
    )
