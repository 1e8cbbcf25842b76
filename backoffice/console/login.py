"""Password checks for the console, with a growing wait after repeated failures.

After :data:`FREE_ATTEMPTS` failures in a row an account waits 30 s, then 60 s, 120 s, … up
to 15 minutes before the next attempt is even checked. A success resets the count.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from backoffice.clock import Clock
from backoffice.storage.models import StaffUser

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(minutes=15)


class LoginOutcome(enum.Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    LOCKED = "locked"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user_id: int | None = None
    locked_until: dt.datetime | None = None


def wait_after(failures: int) -> dt.timedelta:
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    doubled: dt.timedelta = FIRST_WAIT * (2 ** min(failures - FREE_ATTEMPTS, 16))
    return min(doubled, LONGEST_WAIT)


class LoginGuard:
    def __init__(self, hasher: PasswordHasher, clock: Clock) -> None:
        self._hasher = hasher
        self._clock = clock
        # Checked for unknown names too, so a wrong name costs as long as a wrong password.
        self._decoy_hash = hasher.hash("decoy password, never valid")

    def attempt(self, session: Session, username: str, password: str) -> LoginResult:
        user = session.scalar(select(StaffUser).where(StaffUser.username == username.strip()))
        if user is None:
            self._verify(self._decoy_hash, password)
            log.info("console login refused: unknown user name")
            return LoginResult(LoginOutcome.REFUSED)
        now = self._clock.now()
        if user.locked_until is not None and user.locked_until > now:
            log.info("console login for staff #%d refused: waiting after failures", user.id)
            return LoginResult(LoginOutcome.LOCKED, locked_until=user.locked_until)
        if not self._verify(user.password_hash, password):
            failures = _count_failure(session, user.id)
            wait = wait_after(failures)
            log.info("console login for staff #%d refused (%d in a row)", user.id, failures)
            if wait:
                locked_until = _lock_until(session, user.id, now + wait)
                return LoginResult(LoginOutcome.LOCKED, locked_until=locked_until)
            return LoginResult(LoginOutcome.REFUSED)
        user.failed_logins = 0
        user.locked_until = None
        if self._hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self._hasher.hash(password)
        log.info("console login for staff #%d", user.id)
        return LoginResult(LoginOutcome.ACCEPTED, user_id=user.id)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


# Guesses may reach several workers at once: the count moves in the database (n = n + 1), so no
# failure is lost to a concurrent one, and a wait only ever grows (a later, shorter one from a
# racing request does not shorten it).
_NO_SYNC = {"synchronize_session": False}


def _count_failure(session: Session, user_id: int) -> int:
    counted = session.execute(
        update(StaffUser)
        .where(StaffUser.id == user_id)
        .values(failed_logins=StaffUser.failed_logins + 1)
        .returning(StaffUser.failed_logins)
        .execution_options(**_NO_SYNC)
    )
    return int(counted.scalar_one())


def _lock_until(session: Session, user_id: int, until: dt.datetime) -> dt.datetime:
    session.execute(
        update(StaffUser)
        .where(
            StaffUser.id == user_id,
            or_(StaffUser.locked_until.is_(None), StaffUser.locked_until < until),
        )
        .values(locked_until=until)
        .execution_options(**_NO_SYNC)
    )
    stored = session.scalar(select(StaffUser.locked_until).where(StaffUser.id == user_id))
    return stored or until
