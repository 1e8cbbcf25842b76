"""Named fakes for the kiosk UI: submitters and a clock (no MagicMock anywhere)."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from contract.submissions import CallbackRequestPayload
from kiosk.journeys.callback.submission import CallbackSubmitError, StoredSubmission, SubmitFailure

BERLIN = ZoneInfo("Europe/Berlin")
# A Monday morning before opening: every window of the default settings is on offer.
MONDAY_MORNING = dt.datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN)


class FixedClock:
    def __init__(self, now: dt.datetime = MONDAY_MORNING) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class RecordingSubmitter:
    """Stores nothing, remembers every payload, answers with predictable reference codes."""

    CODES = ("K7F-3QX", "M4T-9AC", "P6W-7RD")

    def __init__(self) -> None:
        self.payloads: list[CallbackRequestPayload] = []

    def __call__(self, payload: CallbackRequestPayload) -> StoredSubmission:
        self.payloads.append(payload)
        code = self.CODES[(len(self.payloads) - 1) % len(self.CODES)]
        return StoredSubmission(submission_id=uuid.uuid4(), reference_code=code)


class FailingSubmitter(RecordingSubmitter):
    """Fails the first ``failures`` attempts with ``reason``, then stores like its parent."""

    def __init__(self, failures: int = 1, reason: SubmitFailure = SubmitFailure.STORAGE_FULL):
        super().__init__()
        self.failures_left = failures
        self.reason = reason
        self.attempts = 0

    def __call__(self, payload: CallbackRequestPayload) -> StoredSubmission:
        self.attempts += 1
        if self.failures_left > 0:
            self.failures_left -= 1
            raise CallbackSubmitError(self.reason)
        return super().__call__(payload)
