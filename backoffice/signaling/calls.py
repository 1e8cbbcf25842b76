"""The hub's records: who is connected (terminals, staff pages, guests) and the calls.

A call has a terminal, the staff member who took it and, for a while, an interpreter (an
office account or a guest with a one-time link). Each party is reached through its socket's
:class:`PeerLink`; :meth:`Call.session_of` and :meth:`Call.party_of` translate between the
parties' roles (``m.Party``) and their sessions.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from backoffice.signaling import messages as m


class PeerLink(Protocol):
    """One connected WebSocket as the hub sees it: queue a message, or hang up."""

    def send(self, message: m.HubMessage) -> None: ...

    def close(self) -> None: ...


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


class Scheduler(Protocol):
    def call_later(self, delay: float, callback: Callable[[], None]) -> TimerHandle: ...


class CallPhase(enum.Enum):
    RINGING = "ringing"
    ACCEPTED = "accepted"
    ENDED = "ended"


@dataclass(frozen=True)
class StaffProfile:
    """What others may see of a staff member: the name and team they chose to show, and the
    languages they interpret (empty for everyone who is not an interpreter)."""

    display_name: str = ""
    team: str = ""
    interpreter_languages: tuple[str, ...] = ()

    @property
    def interpreter(self) -> bool:
        return bool(self.interpreter_languages)


@dataclass(eq=False)
class KioskSession:
    link: PeerLink
    device_id: uuid.UUID
    location: str
    call: Call | None = None
    name: str = ""  # the terminal's name at enrollment


@dataclass(eq=False)
class StaffSession:
    link: PeerLink
    staff_id: int
    available: bool = False
    call: Call | None = None  # the call they took, or interpret in
    profile: StaffProfile = field(default_factory=StaffProfile)


@dataclass(eq=False)
class GuestSession:
    """An external interpreter on a one-time link: no account, only this call."""

    link: PeerLink
    call: Call | None
    display_name: str = ""
    language: str = ""
    audio_only: bool = False


@dataclass
class GuestInvite:
    token_sha256: str  # the link's token is never kept, only its hash
    expires_at: float  # wall-clock seconds
    used: bool = False


Interpreting = StaffSession | GuestSession


@dataclass(eq=False)
class Call:
    id: str
    kiosk: KioskSession
    phase: CallPhase = CallPhase.RINGING
    rung: set[StaffSession] = field(default_factory=set)
    staff: StaffSession | None = None
    ring_timer: TimerHandle | None = None
    language: str = "de"  # on the citizen's screen when they called
    rang_at: float = 0.0  # wall-clock seconds
    interpreter: Interpreting | None = None
    interpreter_audio_only: bool = False
    invited: StaffSession | None = None  # an office interpreter asked, not yet answered
    guest_invite: GuestInvite | None = None
    # The terminal's socket dropped: the call is held for it to come back.
    kiosk_away: bool = False
    hold_timer: TimerHandle | None = None

    def party_of(self, session: object) -> m.Party | None:
        if session is self.kiosk:
            return m.Party.KIOSK
        if session is self.staff:
            return m.Party.STAFF
        if session is self.interpreter and session is not None:
            return m.Party.INTERPRETER
        return None

    def session_of(self, party: m.Party) -> KioskSession | StaffSession | GuestSession | None:
        """The party's session if it can be reached now."""
        match party:
            case m.Party.KIOSK:
                return None if self.kiosk_away else self.kiosk
            case m.Party.STAFF:
                return self.staff
            case m.Party.INTERPRETER:
                return self.interpreter
        return None

    def tell_others(self, session: object, message: m.HubMessage) -> None:
        """Sends ``message`` to every party of the call except ``session``."""
        for party in m.Party:
            other = self.session_of(party)
            if other is not None and other is not session:
                other.link.send(message)


@dataclass
class HubState:
    """Everything the hub knows: connected terminals, staff pages and guests, and the calls
    (what a region stores between changes, :mod:`backoffice.signaling.cluster_state`)."""

    kiosks: list[KioskSession]
    staff: list[StaffSession]
    calls: list[Call]
    guests: list[GuestSession] = field(default_factory=list)


def error(code: m.ErrorCode, detail: str) -> m.Error:
    return m.Error(code=code, detail=detail)
