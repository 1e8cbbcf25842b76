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

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contract.bounds import (
    MAX_STORED_INT,
    ComingTime,
    Identifier,
    Language,
    PastTime,
    Text,
)
from contract.sealing import KEY_ID_PATTERN

API_PREFIX = "/api/v1"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# Reference codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
# 8/B, U/V), shown as "K7F-3QX"; the last character is a check character.
REFERENCE_PATTERN = r"^[34679ACDEFGHJKMNPQRTWXY]{3}-[34679ACDEFGHJKMNPQRTWXY]{3}$"
BG_NUMBER_PATTERN = r"^[0-9]{5}BG[0-9]{7}$"
# E.164: a plus, a country code not starting with 0, at most 15 digits (ASCII only).
PHONE_PATTERN = r"^\+[1-9][0-9]{5,14}$"
# Longest time window a citizen can choose (windows lie within one day).
MAX_WINDOW = dt.timedelta(hours=24)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubmissionKind(enum.StrEnum):
    CALLBACK = "callback"
    DOCUMENT = "document"


# ---- enrollment -------------------------------------------------------------------------------


class EnrollmentRequest(_Wire):
    # Printed by ``backoffice enrollment-token``: URL-safe characters only.
    token: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.~-]{8,200}$")]
    device_name: Annotated[str, Text(100, min_length=1)] = "terminal"


class EnrollmentResponse(_Wire):
    device_id: uuid.UUID
    # Bearer credential for every later call. Shown once; the backoffice keeps only a hash.
    device_token: str
    # X25519 public key (32 bytes), base64: the terminal seals every payload to it.
    backoffice_public_key: str
    office_name: str


# ---- callback request ------------------------------------------------------------------------


class TimeWindow(_Wire):
    start: ComingTime
    end: ComingTime

    @model_validator(mode="after")
    def _ordered(self) -> TimeWindow:
        if not self.start < self.end <= self.start + MAX_WINDOW:
            raise ValueError("a window ends after it starts, within a day")
        return self


class CallbackRequestPayload(_Wire):
    """What the citizen entered. Travels only sealed; never stored in clear on the terminal."""

    concern_id: Identifier
    # The concern's label as the citizen saw it, in German, for staff.
    concern_label: Annotated[str, Text(200, min_length=1)]
    name: Annotated[str, Text(200, min_length=1)]
    phone_e164: Annotated[str, StringConstraints(pattern=PHONE_PATTERN)]
    bg_number: Annotated[str, StringConstraints(pattern=BG_NUMBER_PATTERN)] | None = None
    time_windows: Annotated[list[TimeWindow], Field(min_length=1, max_length=50)]
    note: Annotated[str, Text(2000, multiline=True)] = ""
    language: Language
    privacy_accepted_at: PastTime


# ---- documents -------------------------------------------------------------------------------

# A document is a scan: a few hundred pages at most, a few hundred MB at the very most.
MAX_PAGES = 1000
MAX_FILE_BYTES = 500_000_000
# Plain ASCII names: safe in a header, a ZIP, an XML message and any file system.
FILE_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$"


class DocumentFile(_Wire):
    """One file of a document submission; its bytes travel as an attachment (tus upload)."""

    attachment_id: uuid.UUID
    file_name: Annotated[str, Field(pattern=FILE_NAME_PATTERN)]
    media_type: Literal["application/pdf"]
    # SHA-256 (hex) and size of the plaintext file, checked by the backoffice after decryption.
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[int, Field(ge=1, le=MAX_FILE_BYTES, strict=True)]


class DocumentSubmissionPayload(_Wire):
    """What the citizen handed in at the scanner. Travels only sealed, like a callback."""

    document_type_id: Identifier
    # The document type's label in German, for the e-file and staff.
    document_type_label: Annotated[str, Text(200, min_length=1)]
    bg_number: Annotated[str, StringConstraints(pattern=BG_NUMBER_PATTERN)] | None = None
    # Pages of all files together; the office counts them in the PDFs.
    page_count: Annotated[int, Field(ge=1, le=MAX_PAGES, strict=True)]
    files: Annotated[list[DocumentFile], Field(min_length=1, max_length=20)]
    language: Language
    scanned_at: PastTime


# ---- submissions -----------------------------------------------------------------------------


class AttachmentRef(_Wire):
    """An encrypted file already uploaded with tus before the envelope is sent."""

    attachment_id: uuid.UUID
    # The tus upload's path on the backoffice, e.g. "/api/v1/uploads/<id>".
    upload_path: Annotated[str, Field(pattern=r"^/api/v1/uploads/[A-Za-z0-9_-]{1,100}$")]
    # Size and SHA-256 (hex) of the encrypted file as uploaded.
    size: Annotated[int, Field(ge=1, le=MAX_STORED_INT, strict=True)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class SubmissionEnvelope(_Wire):
    submission_id: uuid.UUID
    kind: SubmissionKind
    reference_code: Annotated[str, Field(pattern=REFERENCE_PATTERN)]
    created_at: PastTime
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
