"""The real submit step: seal the request into this terminal's outbox (``sync.submit``)."""

from __future__ import annotations

from pathlib import Path

from contract.submissions import CallbackRequestPayload, SubmissionKind
from kiosk.journeys.callback.outbox_access import TerminalOutbox
from kiosk.journeys.callback.submission import StoredSubmission
from sync.quota import StorageQuota
from sync.reference import new_reference_code
from sync.submit import submit


class OutboxSubmitter:
    """Stores callback requests in the outbox under ``data_dir``; one instance per UI process.

    ``quota`` is the configured one (``StorageQuota.from_settings``); ``None`` means the
    defaults."""

    def __init__(self, data_dir: Path, quota: StorageQuota | None = None) -> None:
        self._outbox = TerminalOutbox(data_dir, quota, "submission")

    def __call__(self, payload: CallbackRequestPayload) -> StoredSubmission:
        device = self._outbox.device()
        code = new_reference_code()
        with self._outbox.storing() as outbox:
            submission_id = submit(outbox, device, SubmissionKind.CALLBACK, payload, code)
        return StoredSubmission(submission_id=submission_id, reference_code=code)

    def close(self) -> None:
        self._outbox.close()
