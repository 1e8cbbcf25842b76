"""The call switchboard: who is available, which call rings where, who may talk to whom.

The hub is plain state; it never awaits, so every message is handled whole before the next
one. One process (SQLite, one worker) keeps it in memory on its event loop
(:class:`~backoffice.signaling.switchboard.LocalSwitchboard`). Several workers and nodes share
it through PostgreSQL (:mod:`backoffice.signaling.cluster`): each change is applied to the
hub's :class:`HubState` loaded under a row lock, so the same rules decide everywhere.

Nothing personal is logged: calls by id, terminals by device id, staff by account id.
"""

from __future__ import annotations

import enum
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from backoffice.signaling import messages as m

log = logging.getLogger(__name__)


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


@dataclass(eq=False)
class KioskSession:
    link: PeerLink
    device_id: uuid.UUID
    location: str
    call: Call | None = None


@dataclass(eq=False)
class StaffSession:
    link: PeerLink
    staff_id: int
    available: bool = False
    call: Call | None = None


@dataclass(eq=False)
class Call:
    id: str
    kiosk: KioskSession
    phase: CallPhase = CallPhase.RINGING
    rung: set[StaffSession] = field(default_factory=set)
    staff: StaffSession | None = None
    ring_timer: TimerHandle | None = None


def _error(code: m.ErrorCode, detail: str) -> m.Error:
    return m.Error(code=code, detail=detail)


@dataclass
class HubState:
    """Everything the hub knows: connected terminals and staff pages, and the calls."""

    kiosks: list[KioskSession]
    staff: list[StaffSession]
    calls: list[Call]


class SignalingHub:
    def __init__(
        self,
        scheduler: Scheduler,
        new_call_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        state: HubState | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._new_call_id = new_call_id
        self._kiosks: dict[uuid.UUID, KioskSession] = {}
        self._staff: set[StaffSession] = set()
        self._calls: dict[str, Call] = {}
        if state is not None:
            self._kiosks = {kiosk.device_id: kiosk for kiosk in state.kiosks}
            self._staff = set(state.staff)
            self._calls = {call.id: call for call in state.calls}

    def state(self) -> HubState:
        return HubState(list(self._kiosks.values()), list(self._staff), list(self._calls.values()))

    # ---- connections -----------------------------------------------------------------------

    def kiosk_connected(self, link: PeerLink, device_id: uuid.UUID, location: str) -> KioskSession:
        previous = self._kiosks.get(device_id)
        if previous is not None:
            # The same terminal reconnected (restart, lost socket): the old link is stale.
            log.info("device %s reconnected; dropping its older link", device_id)
            self._end_for(previous, m.EndReason.REPLACED)
            previous.link.close()
        session = KioskSession(link, device_id, location)
        self._kiosks[device_id] = session
        return session

    def kiosk_gone(self, session: KioskSession) -> None:
        self._end_for(session, m.EndReason.PEER_LOST)
        if self._kiosks.get(session.device_id) is session:
            del self._kiosks[session.device_id]

    def staff_connected(self, link: PeerLink, staff_id: int) -> StaffSession:
        session = StaffSession(link, staff_id)
        self._staff.add(session)
        return session

    def staff_gone(self, session: StaffSession) -> None:
        self._staff.discard(session)
        session.available = False
        self._end_for(session, m.EndReason.PEER_LOST)
        self._unring(session)

    @property
    def available_staff(self) -> int:
        return sum(1 for s in self._staff if s.available and s.call is None)

    # ---- kiosk messages --------------------------------------------------------------------

    def kiosk_message(self, session: KioskSession, message: m.KioskMessage) -> None:
        match message:
            case m.Ping():
                session.link.send(m.Pong())
            case m.Pong():
                pass
            case m.CallRequest():
                self._request_call(session, message.ring_timeout_seconds)
            case m.Offer():
                call = self._own_call(session, message.call_id)
                if call is None:
                    return
                if call.phase is not CallPhase.ACCEPTED or call.staff is None:
                    session.link.send(_error(m.ErrorCode.WRONG_MOMENT, "call not accepted yet"))
                    return
                call.staff.link.send(message)
            case m.End():
                if self._own_call(session, message.call_id) is not None:
                    self._end_for(session, m.EndReason.HUNG_UP)

    def _request_call(self, session: KioskSession, ring_timeout: float) -> None:
        if session.call is not None:
            session.link.send(_error(m.ErrorCode.BUSY, "this terminal is already in a call"))
            return
        staff = [s for s in self._staff if s.available and s.call is None]
        if not staff:
            log.info("device %s called; nobody available", session.device_id)
            session.link.send(m.NobodyAvailable())
            return
        call = Call(id=self._new_call_id(), kiosk=session)
        self._calls[call.id] = call
        session.call = call
        call.ring_timer = self._scheduler.call_later(
            ring_timeout, lambda: self.ring_timed_out(call.id)
        )
        log.info("call %s from device %s rings %d staff", call.id, session.device_id, len(staff))
        session.link.send(m.Ringing(call_id=call.id, staff_count=len(staff)))
        for member in staff:
            self._ring(call, member)

    def _ring(self, call: Call, member: StaffSession) -> None:
        call.rung.add(member)
        member.link.send(m.Ring(call_id=call.id, location=call.kiosk.location))

    def ring_timed_out(self, call_id: str) -> None:
        """The call's ring time is over: if nobody accepted it yet, nobody will."""
        call = self._calls.get(call_id)
        if call is not None and call.phase is CallPhase.RINGING:
            log.info("call %s: no answer in time", call.id)
            call.kiosk.link.send(m.NoAnswer(call_id=call.id))
            for member in call.rung:
                member.link.send(m.Taken(call_id=call.id))
            self._finish(call)

    # ---- staff messages --------------------------------------------------------------------

    def staff_message(self, session: StaffSession, message: m.StaffMessage) -> None:
        match message:
            case m.Ping():
                session.link.send(m.Pong())
            case m.Pong():
                pass
            case m.Presence():
                self._set_presence(session, message.available)
            case m.Accept():
                self._accept(session, message.call_id)
            case m.Decline():
                self._decline(session, message.call_id)
            case m.Answer():
                call = self._own_call(session, message.call_id)
                if call is not None:
                    call.kiosk.link.send(message)
            case m.End():
                if self._own_call(session, message.call_id) is not None:
                    self._end_for(session, m.EndReason.HUNG_UP)

    def _set_presence(self, session: StaffSession, available: bool) -> None:
        session.available = available
        log.info("staff #%d %s", session.staff_id, "available" if available else "unavailable")
        session.link.send(m.AvailabilityChanged(available=available))
        if not available:
            self._unring(session)
        elif session.call is None:
            # Calls already ringing reach whoever becomes available while they ring.
            for call in self._calls.values():
                if call.phase is CallPhase.RINGING and session not in call.rung:
                    self._ring(call, session)

    def _accept(self, session: StaffSession, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None or call.phase is not CallPhase.RINGING:
            # Too late: someone else was quicker, or the citizen hung up.
            session.link.send(m.Taken(call_id=call_id))
            return
        if session not in call.rung:
            session.link.send(_error(m.ErrorCode.NOT_YOUR_CALL, "this call did not ring here"))
            return
        if session.call is not None:
            session.link.send(_error(m.ErrorCode.BUSY, "finish your current call first"))
            return
        call.phase = CallPhase.ACCEPTED
        call.staff = session
        session.call = call
        self._cancel_timer(call)
        log.info("call %s accepted by staff #%d", call.id, session.staff_id)
        for other in call.rung - {session}:
            other.link.send(m.Taken(call_id=call.id))
        call.rung = {session}
        call.kiosk.link.send(m.Accepted(call_id=call.id))
        # Those who had this call ringing may have other calls waiting for them.
        for other_call in self._calls.values():
            other_call.rung.discard(session)

    def _decline(self, session: StaffSession, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None or session not in call.rung or call.phase is not CallPhase.RINGING:
            return
        call.rung.discard(session)
        session.link.send(m.Taken(call_id=call.id))
        if not call.rung:
            log.info("call %s declined by everyone rung", call.id)
            call.kiosk.link.send(m.NoAnswer(call_id=call.id))
            self._finish(call)

    def _unring(self, session: StaffSession) -> None:
        for call in list(self._calls.values()):
            if call.phase is CallPhase.RINGING and session in call.rung:
                self._decline(session, call.id)

    # ---- shared ----------------------------------------------------------------------------

    def _own_call(self, session: KioskSession | StaffSession, call_id: str) -> Call | None:
        """The call if ``session`` is a party to it; otherwise tells the sender why not."""
        call = self._calls.get(call_id)
        if call is None:
            session.link.send(_error(m.ErrorCode.UNKNOWN_CALL, "no such call"))
            return None
        if session is not call.kiosk and session is not call.staff:
            # Someone else's call: refused without saying anything about it.
            log.warning("refused a message for call %s from a non-party", call.id)
            session.link.send(_error(m.ErrorCode.NOT_YOUR_CALL, "not a party to this call"))
            return None
        return call

    def _end_for(self, session: KioskSession | StaffSession, reason: m.EndReason) -> None:
        """Ends ``session``'s call, if any, and tells the other side."""
        call = session.call
        if call is None:
            return
        log.info("call %s ended: %s", call.id, reason.value)
        ended = m.Ended(call_id=call.id, reason=reason)
        if session is call.kiosk:
            if call.staff is not None:
                call.staff.link.send(ended)
            for member in call.rung - {call.staff}:
                member.link.send(m.Taken(call_id=call.id))
        else:
            call.kiosk.link.send(ended)
        self._finish(call)

    def _finish(self, call: Call) -> None:
        call.phase = CallPhase.ENDED
        self._cancel_timer(call)
        for member in call.rung:
            if member.call is call:
                member.call = None
        if call.staff is not None and call.staff.call is call:
            call.staff.call = None
        if call.kiosk.call is call:
            call.kiosk.call = None
        call.rung = set()
        self._calls.pop(call.id, None)

    @staticmethod
    def _cancel_timer(call: Call) -> None:
        if call.ring_timer is not None:
            call.ring_timer.cancel()
            call.ring_timer = None
