"""Idempotency rules of :class:`backoffice.intake.SubmissionIntake` on a real SQLite file."""

from __future__ import annotations

import base64
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from nacl.public import PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.intake import (
    IdempotencyConflictError,
    InvalidSubmissionError,
    SubmissionIntake,
    envelope_fingerprint,
)
from backoffice.storage.models import CallbackRequest, CallbackStatus, Device, Submission
from contract.sealing import key_id
from contract.submissions import SubmissionEnvelope
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.at_wall_clock()


def _device(sessions: sessionmaker[Session], clock: FixedClock) -> uuid.UUID:
    device_id = uuid.uuid4()
    with sessions() as session, session.begin():
        session.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    return device_id


def _records(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions() as session:
        submissions = session.scalar(select(func.count()).select_from(Submission))
        callbacks = session.scalar(select(func.count()).select_from(CallbackRequest))
    return submissions or 0, callbacks or 0


def test_first_delivery_stores_the_callback(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    device = _device(sessions, clock)
    envelope = sealed_envelope(callback_payload(name="Erika Mustermann"), PUBLIC)
    answer = SubmissionIntake(sessions, KEY, clock).receive(device, envelope)
    assert answer.status == 201
    assert json.loads(answer.body)["reference_code"] == envelope.reference_code
    with sessions() as session:
        stored = session.scalars(select(CallbackRequest)).one()
    assert (stored.name, stored.status, stored.received_at) == (
        "Erika Mustermann",
        CallbackStatus.OPEN,
        clock.now(),
    )


def test_replay_gets_the_stored_answer_even_later(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    device = _device(sessions, clock)
    intake = SubmissionIntake(sessions, KEY, clock)
    envelope = sealed_envelope(callback_payload(), PUBLIC)
    first = intake.receive(device, envelope)
    clock.advance(hours=5)
    assert intake.receive(device, envelope) == first
    assert _records(sessions) == (1, 1)


def test_same_id_with_other_content_is_a_conflict(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    device = _device(sessions, clock)
    intake = SubmissionIntake(sessions, KEY, clock)
    submission_id = uuid.uuid4()
    intake.receive(device, sealed_envelope(callback_payload(), PUBLIC, submission_id))
    with pytest.raises(IdempotencyConflictError):
        intake.receive(device, sealed_envelope(callback_payload(), PUBLIC, submission_id))
    assert _records(sessions) == (1, 1)


def test_same_id_from_another_device_is_its_own_submission(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    intake = SubmissionIntake(sessions, KEY, clock)
    envelope = sealed_envelope(callback_payload(), PUBLIC)
    intake.receive(_device(sessions, clock), envelope)
    intake.receive(_device(sessions, clock), envelope)
    assert _records(sessions) == (2, 2)


def test_fingerprint_ignores_key_order_and_whitespace() -> None:
    envelope = sealed_envelope(callback_payload(), PUBLIC)
    shuffled = json.dumps(dict(reversed(list(envelope.model_dump(mode="json").items()))), indent=3)
    assert envelope_fingerprint(SubmissionEnvelope.model_validate_json(shuffled)) == (
        envelope_fingerprint(envelope)
    )


def test_payload_sealed_to_another_key_is_refused_and_not_stored(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    other = base64.b64encode(bytes(PrivateKey.generate().public_key)).decode()
    with pytest.raises(InvalidSubmissionError, match="another key"):
        SubmissionIntake(sessions, KEY, clock).receive(
            _device(sessions, clock), sealed_envelope(callback_payload(), other)
        )
    assert _records(sessions) == (0, 0)


def test_invalid_payload_names_fields_but_not_values(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    fields = callback_payload().model_dump(mode="json")
    fields["bg_number"] = "99999XX0000000"
    del fields["name"]
    envelope = sealed_envelope(json.dumps(fields).encode(), PUBLIC)
    with pytest.raises(InvalidSubmissionError) as refused:
        SubmissionIntake(sessions, KEY, clock).receive(_device(sessions, clock), envelope)
    assert "bg_number" in refused.value.detail
    assert "name" in refused.value.detail
    assert "99999XX" not in refused.value.detail


def test_concurrent_replays_store_one_record(
    sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    device = _device(sessions, clock)
    envelope = sealed_envelope(callback_payload(), PUBLIC)

    def deliver(_: int) -> str:
        # Each thread its own intake, as each HTTP request gets its own.
        return SubmissionIntake(sessions, KEY, clock).receive(device, envelope).body

    with ThreadPoolExecutor(8) as pool:
        bodies = set(pool.map(deliver, range(24)))
    assert len(bodies) == 1
    assert _records(sessions) == (1, 1)


@pytest.mark.parametrize("named_first", [False, True], ids=["unnamed-first", "named-first"])
def test_naming_the_key_between_two_tries_is_still_a_replay(
    sessions: sessionmaker[Session], clock: FixedClock, named_first: bool
) -> None:
    """A terminal learns that the office names its keys between two tries of one item: the
    second try (with or without ``key_id``) is the same submission, not a reused id."""
    device = _device(sessions, clock)
    intake = SubmissionIntake(sessions, KEY, clock)
    unnamed = sealed_envelope(callback_payload(), PUBLIC)
    named = unnamed.model_copy(update={"key_id": key_id(KEY.public_key)})
    first, second = (named, unnamed) if named_first else (unnamed, named)
    answer = intake.receive(device, first)
    assert intake.receive(device, second) == answer
    assert _records(sessions) == (1, 1)
    with sessions() as session:
        stored = session.scalars(select(Submission)).one()
    assert stored.envelope_sha256 == envelope_fingerprint(first)  # as sent, as before
