"""Who may open a signaling socket: terminals by device token, staff by console session and
the role that answers calls (``backoffice.console.signed_in.ANSWERS_CALLS``).

The hub only sees these small protocols, so it is tested with named fakes and wired to the
office's database and console session in :mod:`backoffice.signaling.mount`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from backoffice.signaling.calls import StaffProfile


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: uuid.UUID
    # Where the terminal stands, shown to staff when it rings; set by IT at enrollment.
    location: str
    name: str = ""  # the terminal's name at enrollment, also shown when it rings


@dataclass(frozen=True)
class StaffIdentity:
    staff_id: int
    profile: StaffProfile = field(default_factory=StaffProfile)


@dataclass(frozen=True)
class StaffWithoutCalls:
    """Signed in, but without the role that answers calls (e.g. IT only): refused, and sent
    to ``home``, where their own work is. ``missing_languages``: an interpreter whose account
    names no languages yet (nobody could invite them), told so rather than sent in a circle."""

    home: str
    missing_languages: bool = False


class DeviceAuthenticator(Protocol):
    def authenticate(self, bearer_token: str) -> DeviceIdentity | None:
        """The active device holding this token, or ``None``."""
        ...


class StaffAuthenticator(Protocol):
    def authenticate(self, cookies: Mapping[str, str]) -> StaffIdentity | StaffWithoutCalls | None:
        """The staff member whose valid console session these cookies carry, if they answer
        calls; ``StaffWithoutCalls`` if they do not; ``None`` without a valid session."""
        ...


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
