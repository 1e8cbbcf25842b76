"""Kennzahlen counted by the database: days in the office's zone across the clock change,
concerns, locations, the first attempt's outcome and the median wait for it (real SQLite,
real intake and casework)."""

from __future__ import annotations

import base64
import datetime as dt
import uuid

import pytest
from argon2 import PasswordHasher
from nacl.public import PrivateKey
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console import casework, figures
from backoffice.console.casework import AttemptRules
from backoffice.console.formatting import OfficeTime
from backoffice.intake import SubmissionIntake
from backoffice.staff import add_staff
from backoffice.storage.models import CallbackRequest, Device, StaffUser
from backoffice.storage.work_models import AttemptOutcome
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()
UTC = dt.UTC
BERLIN = OfficeTime.named("Europe/Berlin")
NEW_YORK = OfficeTime.named("America/New_York")
RULES = AttemptRules(max_failed_attempts=3, retry_gap=dt.timedelta(hours=1))
# Berlin leaves summer time on 26 October 2025 at 01:00 UTC; New York a week later.
ARRIVALS = [
    (dt.datetime(2025, 10, 25, 22, 30, tzinfo=UTC), "payment"),  # Berlin 26th 00:30 CEST
    (dt.datetime(2025, 10, 26, 22, 30, tzinfo=UTC), "payment"),  # Berlin 26th 23:30 CET
    (dt.datetime(2025, 10, 26, 23, 30, tzinfo=UTC), "change"),  # Berlin 27th 00:30 CET
]


def _arrive(sessions: sessionmaker[Session]) -> list[int]:
    clock = FixedClock(ARRIVALS[0][0])
    device_id = uuid.uuid4()
    with sessions() as db, db.begin():
        db.add(
            Device(
                id=device_id,
                name="t",
                location="Wiesenburg",
                token_sha256=device_id.hex * 2,
                enrolled_at=clock.now(),
            )
        )
        add_staff(
            db,
            clock,
            PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
            "anna",
            "Anna",
            "richtiges-passwort",
        )
    intake = SubmissionIntake(sessions, KEY, clock)
    for received, concern in ARRIVALS:
        clock.moment = received
        payload = callback_payload(received, concern_id=concern, concern_label=concern.title())
        intake.receive(device_id, sealed_envelope(payload, PUBLIC, created_at=received))
    with sessions() as db:
        return list(db.scalars(select(CallbackRequest.id).order_by(CallbackRequest.id)))


def _attempt(
    sessions: sessionmaker[Session], request_id: int, after: dt.timedelta, outcome: AttemptOutcome
) -> None:
    with sessions() as db, db.begin():
        request = db.get(CallbackRequest, request_id)
        anna = db.query(StaffUser).filter_by(username="anna").one()
        assert request is not None
        casework.add_attempt(db, request, anna, outcome, request.received_at + after, RULES)


def test_days_follow_the_office_zone_across_the_clock_change(
    sessions: sessionmaker[Session],
) -> None:
    _arrive(sessions)
    period = figures.Period(dt.date(2025, 10, 25), dt.date(2025, 10, 27))
    with sessions() as db:
        berlin = figures.count(db, period, BERLIN)
        new_york = figures.count(db, period, NEW_YORK)
    days = [dt.date(2025, 10, 25), dt.date(2025, 10, 26), dt.date(2025, 10, 27)]
    assert [berlin.per_day[d] for d in days] == [0, 2, 1]
    assert [new_york.per_day[d] for d in days] == [1, 2, 0]
    assert berlin.requests == new_york.requests == 3
    assert berlin.per_concern == {"Payment": 2, "Change": 1}
    assert berlin.per_location == {"Wiesenburg": 3}
    # One day only: the clock-change day's 25 hours hold exactly its two requests.
    with sessions() as db:
        one_day = figures.count(db, figures.Period(days[1], days[1]), BERLIN)
    assert one_day.requests == 2 and one_day.per_day == {days[1]: 2}


def test_first_attempts_and_the_median_wait_for_them(sessions: sessionmaker[Session]) -> None:
    first, second, third = _arrive(sessions)
    _attempt(sessions, first, dt.timedelta(minutes=10), AttemptOutcome.NOT_REACHED)
    _attempt(sessions, first, dt.timedelta(minutes=90), AttemptOutcome.REACHED)
    _attempt(sessions, second, dt.timedelta(minutes=30), AttemptOutcome.REACHED)
    _attempt(sessions, third, dt.timedelta(minutes=50), AttemptOutcome.REACHED)
    with sessions() as db:
        counted = figures.count(
            db, figures.Period(dt.date(2025, 10, 25), dt.date(2025, 10, 27)), BERLIN
        )
    assert (counted.attempted, counted.reached_first) == (3, 2)
    assert counted.median_to_first_attempt == dt.timedelta(minutes=30)
    with sessions() as db:  # an even count: the mean of the middle two
        counted = figures.count(
            db, figures.Period(dt.date(2025, 10, 26), dt.date(2025, 10, 26)), BERLIN
        )
    assert counted.median_to_first_attempt == dt.timedelta(minutes=20)


def test_a_period_without_anything_counts_nothing(sessions: sessionmaker[Session]) -> None:
    with sessions() as db:
        counted = figures.count(
            db, figures.Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), BERLIN
        )
    assert counted.requests == 0 and len(counted.per_day) == 365
    assert counted.median_to_first_attempt is None and counted.median_wait is None
    assert (counted.attempted, counted.documents, counted.calls_answered) == (0, 0, 0)


def test_offset_stretches_cut_at_each_clock_change() -> None:
    begin = BERLIN.day_start(dt.date(2025, 1, 1))
    end = BERLIN.day_start(dt.date(2026, 1, 1))
    stretches = figures.offset_stretches(BERLIN.zone, begin, end)
    assert [(start, offset) for start, _, offset in stretches] == [
        (begin, 60),
        (dt.datetime(2025, 3, 30, 1, 0, tzinfo=UTC), 120),
        (dt.datetime(2025, 10, 26, 1, 0, tzinfo=UTC), 60),
    ]
    assert stretches[-1][1] == end


def test_a_part_the_database_itself_fails_leaves_the_other_parts_counted(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error inside the database (which on PostgreSQL spoils the rest of the transaction)
    marks only its own part as not counted; the parts after it still count."""

    def failing_documents(session: Session, *_: object) -> None:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT 1 / 0"))  # a data exception inside the database
        raise OverflowError("a value no timedelta holds")  # SQLite's 1 / 0 is NULL

    monkeypatch.setattr(figures, "_count_documents", failing_documents)
    _arrive(sessions)
    with sessions() as db:
        counted = figures.count(
            db, figures.Period(dt.date(2025, 10, 25), dt.date(2025, 10, 27)), BERLIN
        )
        assert db.scalar(select(func.count()).select_from(CallbackRequest)) == 3  # still usable
    assert counted.damaged == ["Unterlagen"]
    assert counted.requests == 3
