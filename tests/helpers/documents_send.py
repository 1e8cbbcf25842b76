"""Named fakes for sending documents: a submitter that holds the send until told, one that
refuses one document once, a disk whose free space a test sets."""

from __future__ import annotations

import threading
from pathlib import Path

from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.submission import (
    DocumentSubmitError,
    StoredSubmission,
    SubmitFailure,
)
from tests.helpers.documents import RecordingDocumentSubmitter

GATE_TIMEOUT_S = 30.0


class GatedDocumentSubmitter(RecordingDocumentSubmitter):
    """Builds the real PDF/A like :class:`RecordingDocumentSubmitter`, but only once the test
    opens the gate: the "Sending …" state stays on screen as long as the test needs it.

    Run on the GUI thread, a closed gate would freeze the window; the tests use that: the
    screen can only show the sending state if the send runs elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.calls = 0
        self.threads: list[str] = []

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        self.calls += 1
        self.threads.append(threading.current_thread().name)
        if not self.gate.wait(GATE_TIMEOUT_S):
            raise TimeoutError("the test never let the send finish")
        return super().__call__(order)


class AdjustableDisk:
    """``StorageQuota.free_space``: as many bytes free as the test says."""

    def __init__(self, free_bytes: int) -> None:
        self.free_bytes = free_bytes

    def __call__(self, folder: Path) -> int:
        return self.free_bytes


class RefusingOnceSubmitter(RecordingDocumentSubmitter):
    """Builds and records like :class:`RecordingDocumentSubmitter`, but refuses the document
    number ``refuse_at`` (counted from 1) the first time it comes, as a full disk would."""

    def __init__(self, refuse_at: int) -> None:
        super().__init__()
        self.refuse_at = refuse_at
        self.calls = 0

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        self.calls += 1
        if self.calls == self.refuse_at:
            raise DocumentSubmitError(SubmitFailure.STORAGE_FULL)
        return super().__call__(order)
