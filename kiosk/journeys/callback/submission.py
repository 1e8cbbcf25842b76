"""The seam between the journey and the outbox: a submitter stores the payload for delivery.

The journey only knows this Protocol; ``kiosk.app`` wires the real one (``sync.submit``) and
tests pass named fakes (``tests/helpers/qt_fakes.py``).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from typing import Protocol

from contract.submissions import CallbackRequestPayload


class SubmitFailure(enum.Enum):
    NOT_ENROLLED = "not_enrolled"
    STORAGE_FULL = "storage_full"
    STORAGE_FAILED = "storage_failed"


class CallbackSubmitError(Exception):
    """Nothing was stored. ``reason`` picks the message the citizen sees."""

    def __init__(self, reason: SubmitFailure) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class StoredSubmission:
    submission_id: uuid.UUID
    reference_code: str


class CallbackSubmitter(Protocol):
    def __call__(self, payload: CallbackRequestPayload) -> StoredSubmission:
        """Stores the payload durably (or raises ``CallbackSubmitError``) before returning."""
        ...
