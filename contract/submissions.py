"""Wire models: the JSON bodies exchanged between terminal and backoffice over ``/api/v1``.

Changing a field here changes the protocol (see :mod:`contract.version`).

Flow of one submission::

    terminal                                   backoffice
    CallbackRequestPayload --seal()--> SubmissionEnvelope.sealed_payload
    POST /api/v1/submissions  (Authorization: Bearer <device token>,
                               Idempotency-Key: <submission_id>)
                                         <-- SubmissionReceipt (201; a replay gets the same)
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from contract.sealing import KEY_ID_PATTERN

API_PREFIX = "/api/v1"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# Reference codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
# 8/B, U/V), shown as "K7F-3QX"; the last character is a check character.
REFERENCE_PATTERN = r"^[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{3}$"
BG_NUMBER_PATTERN = r"^\d{5}BG\d{7}$"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubmissionKind(enum.StrEnum):
    CALLBACK = "callback"
    DOCUMENT = "document"


# ---- enrollment -------------------------------------------------------------------------------


class EnrollmentRequest(_Wire):
    token: Annotated[str, Field(min_length=8, max_length=200)]
    device_name: Annotated[str, Field(min_length=1, max_length=100)] = "terminal"


class EnrollmentResponse(_Wire):
    device_id: uuid.UUID
    # Bearer credential for every later call. Shown once; the backoffice keeps only a hash.
    device_token: str
    # X25519 public key (32 bytes), base64: the terminal seals every payload to it.
    backoffice_public_key: str
    office_name: str


# ---- callback request ------------------------------------------------------------------------


class TimeWindow(_Wire):
    start: dt.datetime  # timezone-aware
    end: dt.datetime


class CallbackRequestPayload(_Wire):
    """What the citizen entered. Travels only sealed; never stored in clear on the terminal."""

    concern_id: Annotated[str, Field(min_length=1, max_length=40)]
    # The concern's label as the citizen saw it, in German, for staff.
    concern_label: Annotated[str, Field(min_length=1, max_length=200)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    phone_e164: Annotated[str, Field(pattern=r"^\+[1-9]\d{5,14}$")]
    bg_number: Annotated[str, Field(pattern=BG_NUMBER_PATTERN)] | None = None
    time_windows: Annotated[list[TimeWindow], Field(min_length=1, max_length=50)]
    note: Annotated[str, Field(max_length=2000)] = ""
    language: Annotated[str, Field(min_length=2, max_length=10)]
    privacy_accepted_at: dt.datetime


# ---- documents -------------------------------------------------------------------------------


class DocumentFile(_Wire):
    """One file of a document submission; its bytes travel as an attachment (tus upload)."""

    attachment_id: uuid.UUID
    file_name: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")]
    media_type: Literal["application/pdf"]
    # SHA-256 (hex) and size of the plaintext file, checked by the backoffice after decryption.
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[int, Field(ge=1, le=500_000_000)]


class DocumentSubmissionPayload(_Wire):
    """What the citizen handed in at the scanner. Travels only sealed, like a callback."""

    document_type_id: Annotated[str, Field(min_length=1, max_length=40)]
    # The document type's label in German, for the e-file and staff.
    document_type_label: Annotated[str, Field(min_length=1, max_length=200)]
    bg_number: Annotated[str, Field(pattern=BG_NUMBER_PATTERN)] | None = None
    page_count: Annotated[int, Field(ge=1, le=1000)]
    files: Annotated[list[DocumentFile], Field(min_length=1, max_length=20)]
    language: Annotated[str, Field(min_length=2, max_length=10)]
    scanned_at: dt.datetime


# ---- submissions -----------------------------------------------------------------------------


class AttachmentRef(_Wire):
    """An encrypted file already uploaded with tus before the envelope is sent."""

    attachment_id: uuid.UUID
    # The tus upload's path on the backoffice, e.g. "/api/v1/uploads/<id>".
    upload_path: Annotated[str, Field(pattern=r"^/api/v1/uploads/[A-Za-z0-9_-]{1,100}$")]
    # Size and SHA-256 (hex) of the encrypted file as uploaded.
    size: Annotated[int, Field(ge=1)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class SubmissionEnvelope(_Wire):
    submission_id: uuid.UUID
    kind: SubmissionKind
    reference_code: Annotated[str, Field(pattern=REFERENCE_PATTERN)]
    created_at: dt.datetime
    # Base64 of a libsodium sealed box holding the payload's JSON (UTF-8).
    sealed_payload: Annotated[str, Field(min_length=1, max_length=2_000_000)]
    attachments: Annotated[list[AttachmentRef], Field(max_length=20)] = []
    # The office key the payload and files were sealed to (contract.sealing.key_id). Sent only
    # once the office has named its key (heartbeat answer): an older office knows no such
    # field, and an envelope without it is opened by trying each of the office's keys.
    key_id: Annotated[str, Field(pattern=KEY_ID_PATTERN)] | None = None

    def wire_json(self) -> str:
        """The JSON sent: without ``key_id`` when there is none (older offices refuse it)."""
        return self.model_dump_json(exclude={"key_id"} if self.key_id is None else None)


class SubmissionReceipt(_Wire):
    submission_id: uuid.UUID
    reference_code: str
    received_at: dt.datetime


class ProblemDetail(_Wire):
    """Error body for every 4xx/5xx the API answers itself (RFC 9457 shape, trimmed)."""

    title: str
    detail: str
    status: int


class Health(_Wire):
    status: str
    version: str
