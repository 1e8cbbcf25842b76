"""German formatting in the console, and the growing wait after failed logins."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console import formatting
from backoffice.console.login import LoginGuard, LoginOutcome, wait_after
from backoffice.staff import add_staff
from tests.helpers.backoffice import FixedClock

UTC = dt.UTC


def test_time_window_in_office_time() -> None:
    start = dt.datetime(2025, 11, 24, 7, 0, tzinfo=UTC)  # 08:00 in Berlin (winter)
    assert formatting.time_window(start, start + dt.timedelta(hours=2)) == "Mo 24.11. 08:00–10:00"


def test_time_window_in_summer_time() -> None:
    start = dt.datetime(2025, 7, 1, 6, 0, tzinfo=UTC)  # 08:00 in Berlin (summer)
    assert formatting.time_window(start, start + dt.timedelta(hours=2)) == "Di 01.07. 08:00–10:00"


def test_inbox_says_today_and_yesterday() -> None:
    today = dt.date(2025, 11, 21)
    assert formatting.short_moment(dt.datetime(2025, 11, 21, 9, 14, tzinfo=UTC), today) == (
        "heute, 10:14"
    )
    assert formatting.short_moment(dt.datetime(2025, 11, 20, 15, 2, tzinfo=UTC), today) == (
        "gestern, 16:02"
    )
    assert formatting.short_moment(dt.datetime(2025, 11, 17, 8, 30, tzinfo=UTC), today) == (
        "Mo 17.11., 09:30"
    )


def test_phone_numbers_read_as_in_germany() -> None:
    assert formatting.phone("+4951219690123") == "05121 9690123"
    assert formatting.phone("+380441234567").startswith("+380 ")


def test_wait_grows_and_is_capped() -> None:
    waits = [wait_after(n).total_seconds() for n in range(1, 10)]
    assert waits[:2] == [0, 0]
    assert waits[2:6] == [30, 60, 120, 240]
    assert max(waits) == 900


def test_locked_account_opens_again_after_the_wait(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    guard = LoginGuard(hasher, clock)
    with sessions() as session, session.begin():
        add_staff(session, clock, hasher, "anna", "Anna", "richtiges-passwort")

    def attempt(password: str) -> LoginOutcome:
        with sessions() as session, session.begin():
            return guard.attempt(session, "anna", password).outcome

    outcomes = [attempt("falsch") for _ in range(3)]
    assert outcomes == [LoginOutcome.REFUSED, LoginOutcome.REFUSED, LoginOutcome.LOCKED]
    assert attempt("richtiges-passwort") is LoginOutcome.LOCKED
    clock.advance(seconds=31)
    assert attempt("richtiges-passwort") is LoginOutcome.ACCEPTED
    assert attempt("falsch") is LoginOutcome.REFUSED  # the count started again
