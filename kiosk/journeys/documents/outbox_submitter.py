"""The real submit step for documents: build the PDF/A and seal it with its payload into the
outbox (``sync.submit`` with an attachment). The PDF is handed over as bytes, so no readable
copy of it is ever written on the terminal."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kiosk.journeys.documents.assembly import DocumentOrder, prepare
from kiosk.journeys.documents.submission import (
    DocumentSubmitError,
    StoredSubmission,
    SubmitFailure,
)
from sync.device import DeviceFileError, load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, SubmitError, SubmitReason, submit
from sync.wire import SubmissionKind

log = logging.getLogger(__name__)

_FAILURES = {
    SubmitReason.NOT_ENROLLED: SubmitFailure.NOT_ENROLLED,
    SubmitReason.STORAGE_FULL: SubmitFailure.STORAGE_FULL,
    SubmitReason.STORAGE_FAILED: SubmitFailure.STORAGE_FAILED,
}


class DocumentOutboxSubmitter:
    """Stores documents in the outbox under ``data_dir``; one instance per UI process."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._outbox: Outbox | None = None

    def close(self) -> None:
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    def _open_outbox(self) -> Outbox:
        if self._outbox is None:
            self._data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._outbox = Outbox(outbox_path(self._data_dir))
        return self._outbox

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        try:
            device = load_device(self._data_dir)
        except DeviceFileError as exc:
            log.error("device file unusable: %s", exc)
            raise DocumentSubmitError(SubmitFailure.NOT_ENROLLED) from None
        if device is None:
            log.error("document not stored: this terminal has not been enrolled")
            raise DocumentSubmitError(SubmitFailure.NOT_ENROLLED)
        prepared = prepare(order, str(device.device_id), new_reference_code())
        try:
            submission_id = submit(
                self._open_outbox(),
                device,
                SubmissionKind.DOCUMENT,
                prepared.payload,
                prepared.reference_code,
                attachments=[AttachmentSource(prepared.attachment_id, prepared.pdf.data)],
            )
        except SubmitError as exc:
            log.error("document not stored: %s", exc)
            raise DocumentSubmitError(_FAILURES[exc.reason]) from None
        except (OSError, sqlite3.Error) as exc:
            log.error("outbox cannot be opened: %s: %s", type(exc).__name__, exc)
            raise DocumentSubmitError(SubmitFailure.STORAGE_FAILED) from None
        log.info("document of %d pages sealed for delivery", prepared.pdf.page_count)
        return StoredSubmission(submission_id=submission_id, reference_code=prepared.reference_code)
