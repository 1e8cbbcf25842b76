"""The real submit step: seal the request into this terminal's outbox (``sync.submit``)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kiosk.journeys.callback.submission import CallbackSubmitError, StoredSubmission, SubmitFailure
from sync.device import DeviceFileError, load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import SubmitError, SubmitReason, submit
from sync.wire import CallbackRequestPayload, SubmissionKind

log = logging.getLogger(__name__)

_FAILURES = {
    SubmitReason.NOT_ENROLLED: SubmitFailure.NOT_ENROLLED,
    SubmitReason.STORAGE_FULL: SubmitFailure.STORAGE_FULL,
    SubmitReason.STORAGE_FAILED: SubmitFailure.STORAGE_FAILED,
}


class OutboxSubmitter:
    """Stores callback requests in the outbox under ``data_dir``; one instance per UI process."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._outbox: Outbox | None = None

    def __call__(self, payload: CallbackRequestPayload) -> StoredSubmission:
        try:
            # Read each time: the terminal may be enrolled while the UI is running.
            device = load_device(self._data_dir)
        except DeviceFileError as exc:
            log.error("device file unusable: %s", exc)
            raise CallbackSubmitError(SubmitFailure.NOT_ENROLLED) from None
        if device is None:
            log.error("submission not stored: this terminal has not been enrolled")
            raise CallbackSubmitError(SubmitFailure.NOT_ENROLLED)
        code = new_reference_code()
        try:
            submission_id = submit(
                self._open_outbox(), device, SubmissionKind.CALLBACK, payload, code
            )
        except SubmitError as exc:
            # str(exc) names the reason and the storage error only, never the payload.
            log.error("submission not stored: %s", exc)
            raise CallbackSubmitError(_FAILURES[exc.reason]) from None
        except (OSError, sqlite3.Error) as exc:
            log.error("outbox cannot be opened: %s: %s", type(exc).__name__, exc)
            raise CallbackSubmitError(SubmitFailure.STORAGE_FAILED) from None
        return StoredSubmission(submission_id=submission_id, reference_code=code)

    def close(self) -> None:
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    def _open_outbox(self) -> Outbox:
        if self._outbox is None:
            self._data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._outbox = Outbox(outbox_path(self._data_dir))
        return self._outbox
