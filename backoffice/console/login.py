"""Console logins: local accounts (argon2) and the office directory, slowed per account and
source (``throttle``).

Local accounts are checked first, so an emergency account works while the directory is down.
Every other name goes to the directory when one is configured; without one, the password is
checked against a decoy hash so that a wrong name costs as long as a wrong password. A member
of staff from the directory gets (or updates) an account row here with the roles and teams
their groups give; no password of theirs is kept.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.clock import Clock
from backoffice.console.directory import (
    DirectoryAccount,
    DirectoryUnavailableError,
    OfficeDirectory,
)
from backoffice.console.throttle import LoginThrottler
from backoffice.storage.models import StaffRole, StaffSource, StaffUser
from config.console import ConsoleSettings

log = logging.getLogger(__name__)

# Never a valid argon2 hash: a directory account cannot log in with a local password.
NO_LOCAL_PASSWORD = "!directory"  # noqa: S105 (a marker, not a password)


class LoginOutcome(enum.Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    LOCKED = "locked"
    # The password was right, but no directory group gives a console role.
    NO_ROLE = "no_role"
    DIRECTORY_DOWN = "directory_down"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user_id: int | None = None
    locked_until: dt.datetime | None = None


class LoginGuard:
    def __init__(
        self,
        hasher: PasswordHasher,
        clock: Clock,
        settings: ConsoleSettings | None = None,
        directory: OfficeDirectory | None = None,
    ) -> None:
        self._hasher = hasher
        self._clock = clock
        self._settings = settings or ConsoleSettings()
        self._directory = directory
        self._throttle = LoginThrottler()
        self._decoy_hash = hasher.hash("decoy password, never valid")

    def attempt(
        self, session: Session, username: str, password: str, source: str = "unknown"
    ) -> LoginResult:
        now = self._clock.now()
        waiting = self._throttle.waiting_until(session, username, source, now)
        if waiting is not None:
            log.info("console login refused: waiting after failures")
            return LoginResult(LoginOutcome.LOCKED, locked_until=waiting)
        name = username.strip()
        local = session.scalar(
            select(StaffUser).where(
                StaffUser.username == name, StaffUser.source == StaffSource.LOCAL
            )
        )
        if local is not None:
            accepted = self._verify(local.password_hash, password)
            user = local if accepted else None
            if accepted and self._hasher.check_needs_rehash(local.password_hash):
                local.password_hash = self._hasher.hash(password)
        elif self._directory is not None and self._directory.configured:
            try:
                account = self._directory.authenticate(name, password)
            except DirectoryUnavailableError:
                return LoginResult(LoginOutcome.DIRECTORY_DOWN)
            user = None if account is None else self._directory_user(session, account, now)
            if account is not None and user is None:
                log.info("directory login refused: no console role in the account's groups")
                return LoginResult(LoginOutcome.NO_ROLE)
        else:
            self._verify(self._decoy_hash, password)
            user = None
        if user is None:
            until = self._throttle.failed(session, username, source, now)
            log.info("console login refused")
            if until is not None:
                return LoginResult(LoginOutcome.LOCKED, locked_until=until)
            return LoginResult(LoginOutcome.REFUSED)
        self._throttle.succeeded(session, username, source, now)
        log.info("console login for staff #%d", user.id)
        return LoginResult(LoginOutcome.ACCEPTED, user_id=user.id)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _directory_user(
        self, session: Session, account: DirectoryAccount, now: dt.datetime
    ) -> StaffUser | None:
        directory = self._settings.directory
        roles: set[StaffRole] = set()
        for group, granted in directory.group_roles.items():
            if group.casefold() in account.groups:
                roles.update(granted)
        if not roles:
            return None
        teams = [
            team_id
            for team_id, team in self._settings.teams.items()
            if any(g.casefold() in account.groups for g in team.directory_groups)
        ]
        ordered = [role.value for role in StaffRole if role in roles]
        user = session.scalar(select(StaffUser).where(StaffUser.username == account.username))
        if user is None:
            user = StaffUser(
                username=account.username[:64],
                display_name=account.display_name,
                password_hash=NO_LOCAL_PASSWORD,
                created_at=now,
                failed_logins=0,
                source=StaffSource.DIRECTORY,
                teams=[],
            )
            session.add(user)
        user.role = StaffRole(ordered[0])
        user.roles = ordered
        user.directory_teams = teams
        session.flush()
        return user
