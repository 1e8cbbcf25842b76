"""The hub's state as JSON, for the switchboard row every node shares, and back.

Peers are known by an id (random, one per socket) and the node their socket is on; a restored
hub's peers have :class:`MailLink` links that collect what the hub says to them, for the
switchboard to deliver to the right node after the change is committed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from backoffice.signaling import messages as m
from backoffice.signaling.hub import (
    Call,
    CallPhase,
    HubState,
    KioskSession,
    StaffSession,
    TimerHandle,
)


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


class StoredTimer:
    """A ring timer set by an earlier change: it runs on the node of the terminal that called,
    and finds the call answered or gone if it was; nothing to cancel from here."""

    def cancel(self) -> None:
        pass


def _link(session: KioskSession | StaffSession) -> MailLink:
    assert isinstance(session.link, MailLink)
    return session.link


def dump(state: HubState) -> dict[str, Any]:
    peers: dict[str, dict[str, Any]] = {}
    for kiosk in state.kiosks:
        link = _link(kiosk)
        peers[link.peer] = {
            "node": link.node,
            "kind": "kiosk",
            "device": str(kiosk.device_id),
            "location": kiosk.location,
        }
    for staff in state.staff:
        link = _link(staff)
        peers[link.peer] = {
            "node": link.node,
            "kind": "staff",
            "staff": staff.staff_id,
            "available": staff.available,
        }
    calls = {
        call.id: {
            "kiosk": _link(call.kiosk).peer,
            "phase": call.phase.value,
            "rung": sorted(_link(member).peer for member in call.rung),
            "staff": None if call.staff is None else _link(call.staff).peer,
        }
        for call in state.calls
    }
    return {"peers": peers, "calls": calls}


def load(
    data: dict[str, Any], bag: Mailbag
) -> tuple[HubState, dict[str, KioskSession | StaffSession]]:
    """The state, and every peer's session by its id."""
    by_peer: dict[str, KioskSession | StaffSession] = {}
    for peer, record in data.get("peers", {}).items():
        link = MailLink(peer, record["node"], bag)
        if record["kind"] == "kiosk":
            by_peer[peer] = KioskSession(link, uuid.UUID(record["device"]), record["location"])
        else:
            by_peer[peer] = StaffSession(link, int(record["staff"]), bool(record["available"]))
    calls = []
    for call_id, record in data.get("calls", {}).items():
        kiosk = by_peer[record["kiosk"]]
        assert isinstance(kiosk, KioskSession)
        staff = by_peer[record["staff"]] if record["staff"] else None
        assert staff is None or isinstance(staff, StaffSession)
        rung = {by_peer[peer] for peer in record["rung"]}
        timer: TimerHandle = StoredTimer()
        call = Call(call_id, kiosk, CallPhase(record["phase"]), set(), staff, timer)
        call.rung = {member for member in rung if isinstance(member, StaffSession)}
        # As the hub links them: the terminal from its request on, staff from accepting on.
        kiosk.call = call
        if staff is not None:
            staff.call = call
        calls.append(call)
    kiosks = [s for s in by_peer.values() if isinstance(s, KioskSession)]
    staff_sessions = [s for s in by_peer.values() if isinstance(s, StaffSession)]
    return HubState(kiosks, staff_sessions, calls), by_peer
