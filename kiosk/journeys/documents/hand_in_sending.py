"""Sending a hand-in: its documents one after another, each its own submission.

Each document is built and sealed on the worker of ``send_task`` (one at a time, as before);
when it is stored it leaves the hand-in and its receipt line is kept. If one is refused (disk
full, not enrolled), the documents stored before it stay stored and listed, the rest stay on
screen, and "Try again" sends only the rest: nothing twice, nothing lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.hand_in import DocumentDraft
from kiosk.journeys.documents.send_task import DocumentSending
from kiosk.journeys.documents.submission import DocumentSubmitter, StoredSubmission, SubmitFailure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceiptLine:
    """One stored document as the receipt names it. The kind is kept as its id, so the receipt
    names it in whatever language the citizen switches to while reading it."""

    type_id: str
    pages: int
    code: str


class HandInSending(QObject):
    """``send(drafts)`` stores them in order; ``done`` when all are, ``refused`` at the first
    that is not (the drafts before it are stored: see ``stored``)."""

    done = Signal()
    refused = Signal(object)  # SubmitFailure
    document_stored = Signal(object)  # the DocumentDraft that is now stored (leaves the hand-in)

    def __init__(
        self,
        submitter: DocumentSubmitter,
        order_for: Callable[[DocumentDraft], DocumentOrder],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sending = DocumentSending(submitter, self)
        self._sending.stored.connect(self._on_stored)
        self._sending.refused.connect(self._on_refused)
        self._order_for = order_for
        self._queue: list[DocumentDraft] = []
        self.stored: list[ReceiptLine] = []

    @property
    def busy(self) -> bool:
        return self._sending.busy

    def send(self, drafts: list[DocumentDraft]) -> bool:
        """Starts with the first; False (nothing happens) while a send is under way."""
        if self._sending.busy or not drafts:
            return False
        self._queue = list(drafts)
        return self._next()

    def settle(self) -> None:
        """The session ends: wait for the document being written, forget the rest."""
        self._queue = []
        self._sending.settle()

    def forget(self) -> None:
        self._queue = []
        self.stored = []

    def _next(self) -> bool:
        return self._sending.send(self._order_for(self._queue[0]))

    def _on_stored(self, stored: StoredSubmission) -> None:
        draft = self._queue.pop(0)
        log.info("document stored as submission %s", stored.submission_id)
        self.stored.append(ReceiptLine(draft.type_id, len(draft.pages), stored.reference_code))
        self.document_stored.emit(draft)
        if self._queue:
            self._next()
        else:
            self.done.emit()

    def _on_refused(self, failure: SubmitFailure) -> None:
        log.warning(
            "document not stored: %s (%d stored before it)", failure.value, len(self.stored)
        )
        self._queue = []
        self.refused.emit(failure)
