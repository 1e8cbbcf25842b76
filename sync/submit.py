"""Handing a citizen's submission to the outbox: seal, store, and only then report success.

The UI calls :func:`submit` when the citizen confirms and says "saved" only if it returns. Every
failure is a :class:`SubmitError` whose ``reason`` picks the plain sentence the citizen sees.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import sqlite3
import uuid
from collections.abc import Callable

from pydantic import BaseModel

from sync.device import DeviceCredentials
from sync.outbox import Outbox
from sync.reference import normalize_reference_code
from sync.sealing import public_key_from_b64, seal
from sync.wire import SubmissionKind

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SubmitReason(enum.Enum):
    NOT_ENROLLED = "not_enrolled"
    STORAGE_FULL = "storage_full"
    STORAGE_FAILED = "storage_failed"


class SubmitError(Exception):
    """Nothing was stored. ``reason`` is for the citizen's message; ``str()`` is for IT."""

    def __init__(self, reason: SubmitReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason


def _storage_error(exc: BaseException) -> SubmitError:
    # Only the exception class and SQLite's own message: neither contains what was submitted.
    full = (isinstance(exc, sqlite3.Error) and exc.sqlite_errorcode == sqlite3.SQLITE_FULL) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
    )
    reason = SubmitReason.STORAGE_FULL if full else SubmitReason.STORAGE_FAILED
    return SubmitError(reason, f"{type(exc).__name__}: {exc}")


def submit(
    outbox: Outbox,
    device: DeviceCredentials | None,
    kind: SubmissionKind,
    payload: BaseModel,
    reference_code: str,
    clock: Clock = utc_now,
) -> uuid.UUID:
    """Seal ``payload`` to the backoffice's key and store it; returns the submission's id.

    On return the submission is committed to disk. ``reference_code`` must be valid (it was
    made by :func:`sync.reference.new_reference_code`); an invalid one is a programming error.
    """
    code = normalize_reference_code(reference_code)
    if code is None:
        raise ValueError("not a valid reference code")
    if device is None:
        raise SubmitError(SubmitReason.NOT_ENROLLED, "this terminal has not been enrolled")
    try:
        recipient = public_key_from_b64(device.backoffice_public_key)
    except ValueError as exc:
        raise SubmitError(
            SubmitReason.NOT_ENROLLED, f"stored backoffice key is unusable ({exc})"
        ) from None
    sealed = seal(payload.model_dump_json().encode("utf-8"), recipient)
    submission_id = uuid.uuid4()
    try:
        outbox.enqueue(
            submission_id=submission_id,
            kind=kind,
            reference_code=code,
            created_at=clock(),
            sealed_payload=sealed,
        )
    except (sqlite3.Error, OSError) as exc:
        raise _storage_error(exc) from None
    return submission_id
