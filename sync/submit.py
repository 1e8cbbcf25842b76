"""Handing a citizen's submission to the outbox: seal, store, and only then report success.

The UI calls :func:`submit` when the citizen confirms and says "saved" only if it returns. Every
failure is a :class:`SubmitError` whose ``reason`` picks the plain sentence the citizen sees.

A document with its PDF::

    pdf = DocumentFile(attachment_id=uuid.uuid4(), file_name="scan.pdf",
                       media_type="application/pdf", sha256=..., size=...)
    payload = DocumentSubmissionPayload(..., files=[pdf])
    submission_id = submit(
        outbox, device, SubmissionKind.DOCUMENT, payload, code,
        attachments=[AttachmentSource(pdf.attachment_id, pdf_path)],  # a Path or bytes
    )

Each attachment is sealed in chunks to the backoffice's key into ``<data_dir>/blobs/`` and made
durable before the outbox row commits; after ``submit`` returns, the caller may delete its
plaintext file (it should: the terminal must keep nothing readable). The attachment ids must be
those of the payload's ``DocumentFile`` entries: the backoffice checks each file's plaintext
SHA-256 and size against them.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from contract.sealing import key_id, public_key_from_b64, seal, sealed_file_size
from contract.submissions import SubmissionKind
from sync.blobstore import StoredBlob
from sync.device import DeviceCredentials
from sync.outbox import Outbox
from sync.quota import StorageFullError
from sync.reference import normalize_reference_code

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


@dataclass(frozen=True)
class AttachmentSource:
    """A file to send with a submission: its id (a ``DocumentFile.attachment_id``) and content,
    as bytes or as the path of a plaintext file that is read in chunks."""

    attachment_id: uuid.UUID
    content: bytes | Path

    def plain_size(self) -> int:
        return len(self.content) if isinstance(self.content, bytes) else self.content.stat().st_size


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
    *,
    attachments: Sequence[AttachmentSource] = (),
) -> uuid.UUID:
    """Seal ``payload`` and ``attachments`` to the backoffice's key and store them; returns the
    submission's id.

    On return the submission is committed to disk. ``reference_code`` must be valid (it was
    made by :func:`sync.reference.new_reference_code`); an invalid one is a programming error,
    and so are two attachments with one id. When the queue quota or the disk is full, nothing
    is written and :class:`SubmitError` (``STORAGE_FULL``) is raised.
    """
    if len({source.attachment_id for source in attachments}) != len(attachments):
        raise ValueError("attachment ids must be unique within a submission")
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
    blobs: list[StoredBlob] = []
    try:
        _require_room(outbox, len(sealed), attachments)
        for source in attachments:
            blobs.append(outbox.blobs.write(source.attachment_id, source.content, recipient))
        outbox.enqueue(
            submission_id=submission_id,
            kind=kind,
            reference_code=code,
            created_at=clock(),
            sealed_payload=sealed,
            attachments=blobs,
            sealed_to=key_id(recipient),
        )
    except StorageFullError as exc:
        raise SubmitError(SubmitReason.STORAGE_FULL, str(exc)) from None
    except (sqlite3.Error, OSError) as exc:
        # No row refers to these files: remove them now rather than at the next start-up.
        outbox.blobs.delete(blob.path for blob in blobs)
        raise _storage_error(exc) from None
    return submission_id


# Room for the row itself, its index entries and the WAL frames of its commit.
_ROW_OVERHEAD_BYTES = 16 * 1024


def _require_room(
    outbox: Outbox, sealed_bytes: int, attachments: Sequence[AttachmentSource]
) -> None:
    needed = _ROW_OVERHEAD_BYTES + sealed_bytes
    needed += sum(sealed_file_size(source.plain_size()) for source in attachments)
    outbox.quota.require_room(outbox.path.parent, outbox.used_bytes(), needed)
