"""The hub's state as JSON, for the switchboard row every node shares, and back.

Peers are known by an id (random, one per socket) and the node their socket is on; a restored
hub's peers have :class:`MailLink` links that collect what the hub says to them, for the
switchboard to deliver to the right node after the change is committed. A terminal whose
socket dropped during a call stays with the call (``held``) until it comes back or the call
ends; it is no connected peer any more.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from backoffice.signaling import messages as m
from backoffice.signaling.calls import (
    Call,
    CallPhase,
    GuestInvite,
    GuestSession,
    HubState,
    KioskSession,
    StaffProfile,
    StaffSession,
    TimerHandle,
)

Session = KioskSession | StaffSession | GuestSession


@dataclass(frozen=True)
class Letter:
    """One thing to tell a peer: a message in wire form, or ``None`` to hang up its socket."""

    peer: str
    node: str
    text: str | None


@dataclass
class Mailbag:
    letters: list[Letter] = field(default_factory=list)


class MailLink:
    """A peer's link inside a restored hub: what the hub sends goes into the mailbag."""

    def __init__(self, peer: str, node: str, bag: Mailbag) -> None:
        self.peer = peer
        self.node = node
        self._bag = bag

    def send(self, message: m.HubMessage) -> None:
        self._bag.letters.append(Letter(self.peer, self.node, message.model_dump_json()))

    def close(self) -> None:
        self._bag.letters.append(Letter(self.peer, self.node, None))


@dataclass
class StoredTimer:
    """A timer set by an earlier change: it runs on the node that made that change and finds
    the call answered, back or gone if it was; nothing to cancel from here. ``due`` (wall
    clock) tells a hold timer that is still meant from one set for an earlier drop."""

    due: float | None = None

    def cancel(self) -> None:
        pass


def _link(session: Session) -> MailLink:
    assert isinstance(session.link, MailLink)
    return session.link


def _peer(session: Session | None) -> str | None:
    return None if session is None else _link(session).peer


def _kiosk(kiosk: KioskSession, *, held: bool) -> dict[str, Any]:
    link = _link(kiosk)
    return {"node": link.node, "kind": "kiosk", "device": str(kiosk.device_id),
            "location": kiosk.location, "name": kiosk.name, "held": held}  # fmt: skip


def _staff(staff: StaffSession) -> dict[str, Any]:
    profile = staff.profile
    return {"node": _link(staff).node, "kind": "staff", "staff": staff.staff_id,
            "available": staff.available, "display_name": profile.display_name,
            "team": profile.team, "languages": list(profile.interpreter_languages)}  # fmt: skip


def _guest(guest: GuestSession) -> dict[str, Any]:
    return {"node": _link(guest).node, "kind": "guest",
            "call": None if guest.call is None else guest.call.id,
            "display_name": guest.display_name, "language": guest.language,
            "audio_only": guest.audio_only}  # fmt: skip


def _call(call: Call) -> dict[str, Any]:
    invite = call.guest_invite
    return {
        "kiosk": _link(call.kiosk).peer,
        "phase": call.phase.value,
        "rung": sorted(_link(member).peer for member in call.rung),
        "staff": _peer(call.staff),
        "language": call.language,
        "rang_at": call.rang_at,
        "interpreter": _peer(call.interpreter),
        "interpreter_audio_only": call.interpreter_audio_only,
        "invited": _peer(call.invited),
        "guest_invite": None if invite is None else {
            "token_sha256": invite.token_sha256, "expires_at": invite.expires_at,
            "used": invite.used},
        "kiosk_away": call.kiosk_away,
        "hold_due": getattr(call.hold_timer, "due", None),
    }  # fmt: skip


def dump(state: HubState) -> dict[str, Any]:
    peers: dict[str, dict[str, Any]] = {}
    for kiosk in state.kiosks:
        peers[_link(kiosk).peer] = _kiosk(kiosk, held=False)
    for call in state.calls:
        if _link(call.kiosk).peer not in peers:
            peers[_link(call.kiosk).peer] = _kiosk(call.kiosk, held=True)
    for staff in state.staff:
        peers[_link(staff).peer] = _staff(staff)
    for guest in state.guests:
        peers[_link(guest).peer] = _guest(guest)
    return {"peers": peers, "calls": {call.id: _call(call) for call in state.calls}}


def _session(link: MailLink, record: dict[str, Any]) -> Session:
    match record["kind"]:
        case "kiosk":
            return KioskSession(link, uuid.UUID(record["device"]), record["location"],
                                name=record.get("name", ""))  # fmt: skip
        case "staff":
            profile = StaffProfile(record.get("display_name", ""), record.get("team", ""),
                                   tuple(record.get("languages", ())))  # fmt: skip
            return StaffSession(link, int(record["staff"]), bool(record["available"]),
                                profile=profile)  # fmt: skip
        case _:
            return GuestSession(link, None, record["display_name"], record["language"],
                                bool(record["audio_only"]))  # fmt: skip


def _restore_call(call_id: str, record: dict[str, Any], by_peer: dict[str, Session]) -> Call:
    def staff(peer: str | None) -> StaffSession | None:
        session = None if peer is None else by_peer.get(peer)
        return session if isinstance(session, StaffSession) else None

    kiosk = by_peer[record["kiosk"]]
    assert isinstance(kiosk, KioskSession)
    interpreter = by_peer.get(record.get("interpreter") or "")
    assert interpreter is None or isinstance(interpreter, StaffSession | GuestSession)
    invite = record.get("guest_invite")
    ring: TimerHandle = StoredTimer()
    hold_due = record.get("hold_due")
    call = Call(
        call_id, kiosk, CallPhase(record["phase"]), staff=staff(record["staff"]),
        ring_timer=ring, language=record.get("language", "de"),
        rang_at=float(record.get("rang_at", 0.0)), interpreter=interpreter,
        interpreter_audio_only=bool(record.get("interpreter_audio_only", False)),
        invited=staff(record.get("invited")),
        guest_invite=None if invite is None else GuestInvite(**invite),
        kiosk_away=bool(record.get("kiosk_away", False)),
        hold_timer=None if hold_due is None else StoredTimer(float(hold_due)),
    )  # fmt: skip
    call.rung = {member for peer in record["rung"] if (member := staff(peer)) is not None}
    # As the hub links them: the terminal from its request on, staff from accepting on, an
    # interpreter from joining on.
    for party in (kiosk, call.staff, interpreter):
        if party is not None:
            party.call = call
    return call


def load(data: dict[str, Any], bag: Mailbag) -> tuple[HubState, dict[str, Session]]:
    """The state, and every connected peer's session by its id."""
    every: dict[str, Session] = {}
    held: set[str] = set()
    for peer, record in data.get("peers", {}).items():
        every[peer] = _session(MailLink(peer, record["node"], bag), record)
        if record.get("held"):
            held.add(peer)
    calls = {
        call_id: _restore_call(call_id, record, every)
        for call_id, record in data.get("calls", {}).items()
    }
    for peer, record in data.get("peers", {}).items():
        session = every[peer]
        if isinstance(session, GuestSession) and record.get("call") in calls:
            session.call = calls[record["call"]]
    by_peer = {peer: session for peer, session in every.items() if peer not in held}
    state = HubState(
        kiosks=[s for s in by_peer.values() if isinstance(s, KioskSession)],
        staff=[s for s in by_peer.values() if isinstance(s, StaffSession)],
        calls=list(calls.values()),
        guests=[s for s in by_peer.values() if isinstance(s, GuestSession)],
    )
    return state, by_peer
