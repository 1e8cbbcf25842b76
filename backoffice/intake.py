"""Receiving a sealed submission exactly once.

Rules (the terminal retries until it gets an answer, so every answer must be repeatable):

- A submission is stored once per (device, submission_id); the database's unique constraint
  decides, so concurrent replays cannot make two records.
- A replay of the same envelope gets the stored status and the byte-identical stored body.
- The same submission_id with a different envelope is refused (:class:`IdempotencyConflictError`).
- A payload that cannot be opened or is not valid for its kind is refused for good
  (:class:`InvalidSubmissionError`); the terminal quarantines it. Nothing of it is stored.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nacl.public import PrivateKey
from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.attachments import AttachmentError, AttachmentIntake
from backoffice.clock import Clock
from backoffice.console.indexing import index_callback, index_document
from backoffice.efile.records import document_records
from backoffice.storage.models import CallbackRequest, CallbackStatus, Submission
from config.console import ConsoleSettings
from contract.bounds import checked_at, field_problems
from contract.sealing import Keys, UnsealError, key_id, unseal
from contract.submissions import (
    CallbackRequestPayload,
    DocumentSubmissionPayload,
    SubmissionEnvelope,
    SubmissionKind,
    SubmissionReceipt,
)

log = logging.getLogger(__name__)

CREATED = 201


class IntakeError(Exception):
    """A submission refused for good. ``detail`` is safe to send back: it has no payload data."""

    def __init__(self, title: str, detail: str) -> None:
        super().__init__(detail)
        self.title = title
        self.detail = detail


class IdempotencyConflictError(IntakeError):
    """The submission_id was used before for a different envelope."""


class InvalidSubmissionError(IntakeError):
    """The sealed payload cannot be opened, or its content is not valid for its kind."""


@dataclass(frozen=True)
class StoredAnswer:
    status: int
    body: str  # JSON text, returned byte for byte on every replay


def envelope_fingerprint(envelope: SubmissionEnvelope) -> str:
    """SHA-256 of the envelope's canonical JSON: key order and whitespace do not matter.

    Of the fields as sent (``wire_json``): an envelope without ``key_id`` has the fingerprint
    an office before key rotation stored, so its replay after an upgrade is still a replay."""
    return _fingerprint(json.loads(envelope.wire_json()))


def replay_fingerprints(envelope: SubmissionEnvelope, key_ids: Iterable[str]) -> set[str]:
    """The fingerprints a stored try of this same submission may have: as sent, and with or
    without naming a key of the office. A terminal starts naming the key an item is sealed to
    once it learns that the office names its keys, which may happen between two tries; the
    name only says which key to try first, so the content is the same either way."""
    fields = json.loads(envelope.wire_json())
    fields.pop("key_id", None)
    variants = [fields] + [fields | {"key_id": named} for named in key_ids]
    return {envelope_fingerprint(envelope)} | {_fingerprint(v) for v in variants}


def _fingerprint(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


Payload = CallbackRequestPayload | DocumentSubmissionPayload


def _unseal_payload(envelope: SubmissionEnvelope, keys: Keys) -> bytes:
    try:
        sealed = base64.b64decode(envelope.sealed_payload, validate=True)
        plaintext = unseal(sealed, keys)
    except (binascii.Error, ValueError, UnsealError):
        raise InvalidSubmissionError(
            "Payload cannot be opened",
            "The sealed payload is damaged or was sealed to another key.",
        ) from None
    return plaintext


def _refused_fields(exc: ValidationError, title: str) -> InvalidSubmissionError:
    # Field paths and what is wrong with them, never the values: they may be personal data.
    problems = field_problems(exc.errors(include_input=False))
    return InvalidSubmissionError(title, f"Refused fields: {'; '.join(problems)}.")


def _open[Payload: BaseModel](
    envelope: SubmissionEnvelope,
    keys: Keys,
    model: type[Payload],
    what: str,
    now: dt.datetime,
) -> Payload:
    plaintext = _unseal_payload(envelope, keys)
    try:
        return model.model_validate_json(plaintext, context=checked_at(now))
    except ValidationError as exc:
        raise _refused_fields(exc, f"Payload is not a valid {what}") from None


def open_callback(
    envelope: SubmissionEnvelope, keys: Keys, now: dt.datetime
) -> CallbackRequestPayload:
    return _open(envelope, keys, CallbackRequestPayload, "callback request", now)


def open_document(
    envelope: SubmissionEnvelope, keys: Keys, now: dt.datetime
) -> DocumentSubmissionPayload:
    return _open(envelope, keys, DocumentSubmissionPayload, "document submission", now)


def check_envelope_times(envelope: SubmissionEnvelope, now: dt.datetime) -> None:
    """The envelope's own times against the office's clock (FastAPI parsed it without one)."""
    try:
        SubmissionEnvelope.model_validate(envelope.model_dump(), context=checked_at(now))
    except ValidationError as exc:
        raise _refused_fields(exc, "Envelope is not valid") from None


class SubmissionIntake:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        keys: Keys,
        clock: Clock,
        attachments: AttachmentIntake | None = None,
        console: ConsoleSettings | None = None,
    ) -> None:
        self._sessions = sessions
        # The office's keys, the one the envelope names first (backoffice.keyring).
        self._keys = keys
        self._key_ids = [
            key_id(k.public_key) for k in ([keys] if isinstance(keys, PrivateKey) else keys)
        ]
        self._clock = clock
        self._attachments = attachments
        # Search keys and team routing for the console (backoffice.console.indexing).
        self._console = console or ConsoleSettings()

    def receive(self, device_id: uuid.UUID, envelope: SubmissionEnvelope) -> StoredAnswer:
        fingerprint = envelope_fingerprint(envelope)
        replays = replay_fingerprints(envelope, self._key_ids)
        earlier = self._stored_answer(device_id, envelope.submission_id, replays)
        if earlier is not None:
            return earlier
        payload = self._open(device_id, envelope)
        try:
            answer = self._store(device_id, envelope, fingerprint, payload)
        except IntegrityError:
            # A concurrent replay stored it first: answer as a replay does.
            earlier = self._stored_answer(device_id, envelope.submission_id, replays)
            if earlier is None:
                raise
            return earlier
        if self._attachments is not None:
            self._attachments.release(envelope.attachments)
        return answer

    def _open(self, device_id: uuid.UUID, envelope: SubmissionEnvelope) -> Payload:
        now = self._clock.now()
        check_envelope_times(envelope, now)
        match envelope.kind:
            case SubmissionKind.CALLBACK:
                if envelope.attachments:
                    raise InvalidSubmissionError(
                        "Attachments not allowed", "A callback request has no attachments."
                    )
                return open_callback(envelope, self._keys, now)
            case SubmissionKind.DOCUMENT:
                document = open_document(envelope, self._keys, now)
                if self._attachments is None:
                    raise InvalidSubmissionError(
                        "Documents not accepted", "This backoffice takes no attachments."
                    )
                try:
                    self._attachments.receive(
                        device_id,
                        envelope.submission_id,
                        envelope.attachments,
                        document.files,
                        document.page_count,
                    )
                except AttachmentError as refusal:
                    raise InvalidSubmissionError(refusal.title, refusal.detail) from None
                return document

    def _stored_answer(
        self, device_id: uuid.UUID, submission_id: uuid.UUID, fingerprints: set[str]
    ) -> StoredAnswer | None:
        with self._sessions() as session:
            record = session.scalar(
                select(Submission).where(
                    Submission.device_id == device_id, Submission.submission_id == submission_id
                )
            )
        if record is None:
            return None
        if record.envelope_sha256 not in fingerprints:
            log.warning("submission %s from device %s: key reused", submission_id, device_id)
            raise IdempotencyConflictError(
                "Idempotency key reused",
                "This submission_id was already used for a different submission.",
            )
        log.info("submission %s from device %s: replay answered", submission_id, device_id)
        return StoredAnswer(record.response_status, record.response_body)

    def _store(
        self,
        device_id: uuid.UUID,
        envelope: SubmissionEnvelope,
        fingerprint: str,
        payload: Payload,
    ) -> StoredAnswer:
        now = self._clock.now()
        receipt = SubmissionReceipt(
            submission_id=envelope.submission_id,
            reference_code=envelope.reference_code,
            received_at=now,
        )
        answer = StoredAnswer(CREATED, receipt.model_dump_json())
        with self._sessions() as session, session.begin():
            submission = Submission(
                device_id=device_id,
                submission_id=envelope.submission_id,
                envelope_sha256=fingerprint,
                kind=envelope.kind.value,
                reference_code=envelope.reference_code,
                received_at=now,
                response_status=answer.status,
                response_body=answer.body,
            )
            session.add(submission)
            session.flush()
            if isinstance(payload, CallbackRequestPayload):
                request = _callback_record(submission, payload, now)
                session.add(request)
                session.flush()
                index_callback(session, request, device_id, self._console)
            else:
                documents = document_records(submission, payload, now)
                for document in documents:
                    index_document(document, self._console)
                session.add_all(documents)
            # A document's files wait under <data>/attachments/ (backoffice.attachments).
        log.info(
            "submission %s from device %s stored: %s %s",
            envelope.submission_id,
            device_id,
            envelope.kind.value,
            envelope.reference_code,
        )
        return answer


def _callback_record(
    submission: Submission, payload: CallbackRequestPayload, now: dt.datetime
) -> CallbackRequest:
    return CallbackRequest(
        submission_pk=submission.id,
        reference_code=submission.reference_code,
        concern_id=payload.concern_id,
        concern_label=payload.concern_label,
        name=payload.name,
        phone_e164=payload.phone_e164,
        bg_number=payload.bg_number,
        time_windows=[w.model_dump(mode="json") for w in payload.time_windows],
        note=payload.note,
        language=payload.language,
        privacy_accepted_at=payload.privacy_accepted_at,
        received_at=now,
        status=CallbackStatus.OPEN,
    )
