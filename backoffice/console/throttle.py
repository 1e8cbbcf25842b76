"""Slows password guessing without letting anyone lock a colleague out.

Failed logins are counted per account name AND source address. From the fourth failure in a
row that pair waits 30 s, then 60 s, … up to 15 minutes before the next attempt is checked.
Failures from sources the account has never logged in from also count together (source
``*``), so guessing from many addresses is slowed as well. A source the account HAS logged in
from is judged by its own count alone: someone hammering the account from elsewhere never
keeps its owner out at their usual desk. Unknown account names are counted the same way, so
the answers do not tell which names exist.

Counters rise inside the database (``failures = failures + 1``): workers on PostgreSQL lose
no count to each other.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.storage.work_models import KnownLoginSource, LoginThrottle

FREE_ATTEMPTS = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(minutes=15)
UNKNOWN_SOURCES = "*"


def wait_after(failures: int) -> dt.timedelta:
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    doubled: dt.timedelta = FIRST_WAIT * (2 ** min(failures - FREE_ATTEMPTS, 16))
    return min(doubled, LONGEST_WAIT)


def account_key(username: str) -> str:
    return username.strip().casefold()[:200]


class LoginThrottler:
    def _known(self, db: Session, account: str, source: str) -> bool:
        return db.get(KnownLoginSource, (account, source)) is not None

    def _counters(self, db: Session, account: str, source: str) -> list[str]:
        if self._known(db, account, source):
            return [source]
        return [source, UNKNOWN_SOURCES]

    def waiting_until(
        self, db: Session, username: str, source: str, now: dt.datetime
    ) -> dt.datetime | None:
        account = account_key(username)
        waits = db.scalars(
            select(LoginThrottle.wait_until).where(
                LoginThrottle.account == account,
                LoginThrottle.source.in_(self._counters(db, account, source)),
            )
        ).all()
        later = [w for w in waits if w is not None and w > now]
        return max(later) if later else None

    def failed(
        self, db: Session, username: str, source: str, now: dt.datetime
    ) -> dt.datetime | None:
        """Counts a failure; when the pair must wait now, until when."""
        account = account_key(username)
        until: dt.datetime | None = None
        for counter in self._counters(db, account, source):
            failures = self._count_up(db, account, counter, now)
            wait = wait_after(failures)
            if wait:
                moment = now + wait
                db.execute(
                    update(LoginThrottle)
                    .where(LoginThrottle.account == account, LoginThrottle.source == counter)
                    .values(wait_until=moment)
                )
                until = moment if until is None else max(until, moment)
        return until

    def _count_up(self, db: Session, account: str, source: str, now: dt.datetime) -> int:
        for _ in range(2):
            raised = db.execute(
                update(LoginThrottle)
                .where(LoginThrottle.account == account, LoginThrottle.source == source)
                .values(failures=LoginThrottle.failures + 1, updated_at=now)
                .returning(LoginThrottle.failures)
            ).scalar()
            if raised is not None:
                return int(raised)
            try:
                with db.begin_nested():
                    db.add(
                        LoginThrottle(account=account, source=source, failures=1, updated_at=now)
                    )
                return 1
            except IntegrityError:
                continue  # a concurrent failure made the row first: count on it
        return FREE_ATTEMPTS  # unreachable in practice; err on the slow side

    def succeeded(self, db: Session, username: str, source: str, now: dt.datetime) -> None:
        account = account_key(username)
        db.execute(
            delete(LoginThrottle).where(
                LoginThrottle.account == account, LoginThrottle.source == source
            )
        )
        known = db.get(KnownLoginSource, (account, source))
        if known is None:
            try:
                with db.begin_nested():
                    db.add(KnownLoginSource(account=account, source=source, last_login_at=now))
            except IntegrityError:
                pass  # the same account logged in from there a moment ago
        else:
            known.last_login_at = now
