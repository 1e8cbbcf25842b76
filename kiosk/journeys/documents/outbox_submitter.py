"""The real submit step for documents: build the PDF/A and seal it with its payload into the
outbox (``sync.submit`` with an attachment). The PDF is handed over as bytes, so no readable
copy of it is ever written on the terminal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from config.schema import TerminalSettings
from contract.submissions import SubmissionKind
from kiosk.journeys.callback.outbox_access import TerminalOutbox
from kiosk.journeys.documents.assembly import DocumentOrder, prepare
from kiosk.journeys.documents.submission import StoredSubmission
from sync.quota import StorageQuota
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, submit

log = logging.getLogger(__name__)


class DocumentOutboxSubmitter:
    """Stores documents in the outbox under ``data_dir``; one instance per UI process.

    ``quota`` is the configured one (``StorageQuota.from_settings``); ``None`` means the
    defaults."""

    def __init__(self, data_dir: Path, quota: StorageQuota | None = None) -> None:
        self._outbox = TerminalOutbox(data_dir, quota, "document")

    def close(self) -> None:
        self._outbox.close()

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        device = self._outbox.device()
        prepared = prepare(order, str(device.device_id), new_reference_code())
        with self._outbox.storing() as outbox:
            submission_id = submit(
                outbox,
                device,
                SubmissionKind.DOCUMENT,
                prepared.payload,
                prepared.reference_code,
                attachments=[AttachmentSource(prepared.attachment_id, prepared.pdf.data)],
            )
        log.info("document of %d pages sealed for delivery", prepared.pdf.page_count)
        return StoredSubmission(submission_id=submission_id, reference_code=prepared.reference_code)


def outbox_submitter_for(
    data_dir: Path, settings: TerminalSettings, on_close: list[Callable[[], None]]
) -> DocumentOutboxSubmitter:
    """The terminal's own submitter, closed with the UI (``on_close``)."""
    submitter = DocumentOutboxSubmitter(data_dir, StorageQuota.from_settings(settings.sync))
    on_close.append(submitter.close)
    return submitter
