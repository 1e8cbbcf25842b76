"""Staff accounts for the console: argon2 password hashes, never the password itself."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.clock import Clock
from backoffice.storage.models import StaffRole, StaffSource, StaffUser

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class StaffError(Exception):
    """A staff account cannot be created as asked. ``str()`` is the message for IT."""


def add_staff(
    session: Session,
    clock: Clock,
    hasher: PasswordHasher,
    username: str,
    display_name: str,
    password: str,
    role: StaffRole = StaffRole.CASEWORKER,
    more_roles: tuple[StaffRole, ...] = (),
) -> StaffUser:
    if not _USERNAME.match(username):
        raise StaffError(
            f"username {username!r}: use 2–64 lower-case letters, digits, '.', '_' or '-'"
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"password too short: at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(StaffUser).where(StaffUser.username == username)) is not None:
        raise StaffError(f"username {username!r} exists already")
    user = StaffUser(
        username=username,
        display_name=display_name or username,
        password_hash=hasher.hash(password),
        created_at=clock.now(),
        failed_logins=0,
        role=role,
        roles=list(dict.fromkeys(r.value for r in (role, *more_roles))),
        source=StaffSource.LOCAL,
        teams=[],
        directory_teams=[],
    )
    session.add(user)
    return user
