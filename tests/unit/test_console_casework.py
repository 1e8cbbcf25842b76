"""Working a request to its end, logins that never lock a colleague out, and figures whose CSV
a spreadsheet cannot run (real SQLite, real intake)."""

from __future__ import annotations

import base64
import datetime as dt
import uuid

from argon2 import PasswordHasher
from nacl.public import PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console import casework, figures
from backoffice.console.call_log import OfficeCallLog
from backoffice.console.casework import AttemptRules, ClaimResult
from backoffice.console.formatting import OfficeTime
from backoffice.console.login import LoginGuard, LoginOutcome
from backoffice.intake import SubmissionIntake
from backoffice.staff import add_staff
from backoffice.storage.models import CallbackRequest, CallbackStatus, Device, StaffUser
from backoffice.storage.work_models import ActivityKind, AttemptOutcome, RecordKind
from contract.submissions import TimeWindow
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()
RULES = AttemptRules(max_failed_attempts=3, retry_gap=dt.timedelta(hours=1))
HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
UTC = dt.UTC


def _windows(*hours: tuple[int, int]) -> list[TimeWindow]:
    day = dt.date(2025, 11, 24)
    return [
        TimeWindow(
            start=dt.datetime.combine(day, dt.time(a), UTC),
            end=dt.datetime.combine(day, dt.time(b), UTC),
        )
        for a, b in hours
    ]


def _request(sessions: sessionmaker[Session], clock: FixedClock) -> int:
    device_id = uuid.uuid4()
    with sessions() as session, session.begin():
        session.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
        add_staff(session, clock, HASHER, "anna", "Anna", "richtiges-passwort")
        add_staff(session, clock, HASHER, "ben", "Ben", "richtiges-passwort")
    payload = callback_payload(time_windows=_windows((8, 10), (13, 15)))
    SubmissionIntake(sessions, KEY, clock).receive(device_id, sealed_envelope(payload, PUBLIC))
    return 1


def _staff(session: Session, name: str) -> StaffUser:
    user = session.query(StaffUser).filter_by(username=name).one()
    return user


def test_two_failed_attempts_then_reached_then_done(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock(dt.datetime(2025, 11, 24, 8, 15, tzinfo=UTC))
    request_id = _request(sessions, clock)
    with sessions() as db, db.begin():
        callback = casework.find(db, request_id)
        assert callback is not None
        anna = _staff(db, "anna")
        assert casework.claim(db, callback, anna, clock.now()) is ClaimResult.CLAIMED
        assert casework.claim(db, callback, _staff(db, "ben"), clock.now()) is ClaimResult.TAKEN
        casework.add_attempt(db, callback, anna, AttemptOutcome.NOT_REACHED, clock.now(), RULES)
        # An hour later is still inside the first window (08:00–10:00).
        assert callback.due_at == dt.datetime(2025, 11, 24, 9, 15, tzinfo=UTC)
        clock.advance(minutes=80)  # 09:35: the next try would be 10:35, after the window
        casework.add_attempt(db, callback, anna, AttemptOutcome.NOT_REACHED, clock.now(), RULES)
        assert callback.due_at == dt.datetime(2025, 11, 24, 13, 0, tzinfo=UTC)
        assert callback.status is CallbackStatus.OPEN
        clock.moment = dt.datetime(2025, 11, 24, 13, 5, tzinfo=UTC)
        casework.add_attempt(db, callback, anna, AttemptOutcome.REACHED, clock.now(), RULES)
        casework.mark_done(db, callback, anna, clock.now())
        history = casework.activities(db, RecordKind.CALLBACK, request_id)
    assert [a.kind for a in history][::-1] == [
        ActivityKind.CLAIMED,
        ActivityKind.ATTEMPT,
        ActivityKind.ATTEMPT,
        ActivityKind.ATTEMPT,
        ActivityKind.DONE,
    ]
    assert all(a.staff is not None and a.staff.username == "anna" for a in history)
    assert callback.status is CallbackStatus.DONE and callback.attempts == 3


def test_the_offices_number_of_failed_attempts_closes_the_request(
    sessions: sessionmaker[Session],
) -> None:
    clock = FixedClock(dt.datetime(2025, 11, 24, 8, 15, tzinfo=UTC))
    request_id = _request(sessions, clock)
    with sessions() as db, db.begin():
        callback = casework.find(db, request_id)
        assert callback is not None
        anna = _staff(db, "anna")
        for _ in range(3):
            casework.add_attempt(db, callback, anna, AttemptOutcome.NOT_REACHED, clock.now(), RULES)
            clock.advance(hours=2)
    assert callback.status is CallbackStatus.UNREACHED
    assert callback.failed_attempts == 3


def test_a_wrong_number_closes_at_once(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock(dt.datetime(2025, 11, 24, 8, 15, tzinfo=UTC))
    request_id = _request(sessions, clock)
    with sessions() as db, db.begin():
        callback = db.get(CallbackRequest, request_id)
        assert callback is not None
        casework.add_attempt(
            db, callback, _staff(db, "anna"), AttemptOutcome.WRONG_NUMBER, clock.now(), RULES
        )
    assert callback.status is CallbackStatus.UNREACHED


def test_hammering_from_elsewhere_never_locks_the_owner_out(
    sessions: sessionmaker[Session],
) -> None:
    clock = FixedClock()
    guard = LoginGuard(HASHER, clock)
    with sessions() as session, session.begin():
        add_staff(session, clock, HASHER, "anna", "Anna", "richtiges-passwort")

    def attempt(password: str, source: str, name: str = "anna") -> LoginOutcome:
        with sessions() as session, session.begin():
            return guard.attempt(session, name, password, source).outcome

    assert attempt("richtiges-passwort", "10.0.0.5") is LoginOutcome.ACCEPTED  # her desk
    hammering = [attempt("geraten", "192.0.2.66") for _ in range(6)]
    assert hammering[-1] is LoginOutcome.LOCKED
    # From a third, never-seen address the guesser is slowed too (the account's "*" count).
    assert attempt("geraten", "198.51.100.7") is LoginOutcome.LOCKED
    # Anna at her desk gets in at once.
    assert attempt("richtiges-passwort", "10.0.0.5") is LoginOutcome.ACCEPTED
    # An unknown name answers the same way as a known one.
    unknown = [attempt("geraten", "192.0.2.66", "niemand") for _ in range(3)]
    known = [attempt("geraten", "203.0.113.9", "anna") for _ in range(1)]
    assert unknown == [LoginOutcome.REFUSED, LoginOutcome.REFUSED, LoginOutcome.LOCKED]
    assert known == [LoginOutcome.LOCKED]  # an unknown source of anna: the "*" count holds


def test_csv_cells_cannot_run_as_formulas() -> None:
    period = figures.Period(dt.date(2025, 11, 1), dt.date(2025, 11, 2))
    counted = figures.Figures(period)
    counted.per_concern['=HYPERLINK("http://x")'] = 2
    counted.per_location["+1 Standort"] = 1
    counted.per_location["@SUM(A1)"] = 1
    counted.per_location["-2"] = 1
    out = figures.as_csv(counted)
    cells = [cell for line in out.splitlines() for cell in line.split(";")]
    assert '\'=HYPERLINK(""http://x"")"' not in cells
    assert not any(cell.lstrip('"').startswith(("=", "+", "@", "-")) for cell in cells)
    assert "'+1 Standort" in out and "'@SUM(A1)" in out and "'-2" in out


def test_calls_count_answered_missed_and_waits(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock(dt.datetime(2025, 11, 21, 9, 0, tzinfo=UTC))
    calls = OfficeCallLog(sessions, clock)
    device = uuid.uuid4()
    calls.rang("a", device, "Wiesenburg")
    clock.advance(seconds=40)
    calls.accepted("a", 7)
    clock.advance(minutes=5)
    calls.ended("a")
    calls.rang("b", device, "Wiesenburg")
    clock.advance(seconds=45)
    calls.ended("b")
    with sessions() as db:
        counted = figures.count(
            db,
            figures.Period(dt.date(2025, 11, 21), dt.date(2025, 11, 21)),
            OfficeTime.named("Europe/Berlin"),
        )
    assert (counted.calls_answered, counted.calls_missed) == (1, 1)
    assert counted.longest_wait == dt.timedelta(seconds=45)
