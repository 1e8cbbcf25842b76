"""The seam between the documents journey and the outbox (see the callback's submission.py).

Failures reuse the callback journey's reasons, so the citizen meets the same sentences.
"""

from __future__ import annotations

from typing import Protocol

from kiosk.journeys.callback.submission import CallbackSubmitError, StoredSubmission, SubmitFailure
from kiosk.journeys.documents.assembly import DocumentOrder

__all__ = ["DocumentSubmitError", "DocumentSubmitter", "StoredSubmission", "SubmitFailure"]

DocumentSubmitError = CallbackSubmitError


class DocumentSubmitter(Protocol):
    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        """Builds the PDF/A, stores it and its payload durably (or raises
        ``DocumentSubmitError``) before returning."""
        ...
