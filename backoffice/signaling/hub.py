"""The call switchboard: who is available, which call rings where, who may talk to whom.

The hub is plain state; it never awaits, so every message is handled whole before the next
one. One process (SQLite, one worker) keeps it in memory on its event loop
(:class:`~backoffice.signaling.switchboard.LocalSwitchboard`). Several workers and nodes share
it through PostgreSQL (:mod:`backoffice.signaling.cluster`): each change is applied to the
hub's :class:`HubState` loaded under a row lock, so the same rules decide everywhere.

Its rules come in three parts: ringing, taking and ending calls (here); interpreters joining
and leaving (:mod:`backoffice.signaling.interpreting`); a terminal whose link dropped coming
back into its call (:mod:`backoffice.signaling.resuming`).

Nothing personal is logged: calls by id, terminals by device id, staff by account id.
"""

from __future__ import annotations

import logging
import uuid

from backoffice.signaling import messages as m
from backoffice.signaling.calls import (
    Call,
    CallPhase,
    GuestSession,
    HubState,
    KioskSession,
    PeerLink,
    Scheduler,
    StaffProfile,
    StaffSession,
    TimerHandle,
    error,
)
from backoffice.signaling.hub_parts import CallLog, HubSettings, IceIssuer
from backoffice.signaling.interpreting import InterpreterRules
from backoffice.signaling.resuming import ResumeRules

__all__ = [
    "Call",
    "CallLog",
    "CallPhase",
    "GuestSession",
    "HubSettings",
    "HubState",
    "IceIssuer",
    "KioskSession",
    "PeerLink",
    "Scheduler",
    "SignalingHub",
    "StaffProfile",
    "StaffSession",
    "TimerHandle",
]

log = logging.getLogger(__name__)


class SignalingHub(InterpreterRules, ResumeRules):
    # ---- connections -----------------------------------------------------------------------

    def kiosk_connected(
        self, link: PeerLink, device_id: uuid.UUID, location: str, name: str = ""
    ) -> KioskSession:
        session = KioskSession(link, device_id, location, name=name)
        previous = self._kiosks.get(device_id)
        if previous is not None:
            # The same terminal on a new socket (restart, lost link): the old one is stale.
            log.info("device %s reconnected; dropping its older link", device_id)
            if not self._hand_over_call(previous, session):
                self._end_for(previous, m.EndReason.REPLACED)
            previous.link.close()
        else:
            self._pick_up_held_call(session)
        self._kiosks[device_id] = session
        return session

    def kiosk_gone(self, session: KioskSession) -> None:
        if not self._hold_call(session):
            self._end_for(session, m.EndReason.PEER_LOST)
        if self._kiosks.get(session.device_id) is session:
            del self._kiosks[session.device_id]

    def staff_connected(
        self, link: PeerLink, staff_id: int, profile: StaffProfile | None = None
    ) -> StaffSession:
        session = StaffSession(link, staff_id, profile=profile or StaffProfile())
        self._staff.add(session)
        if not session.profile.interpreter:
            link.send(self._roster())
        return session

    def staff_gone(self, session: StaffSession) -> None:
        self._staff.discard(session)
        session.available = False
        self._end_for(session, m.EndReason.PEER_LOST)
        self._unring(session)
        self._interpreter_gone(session)

    @property
    def available_staff(self) -> int:
        return len(self._free_staff())

    def _free_staff(self) -> list[StaffSession]:
        """Who a terminal's call can ring: available, not in a call, not an interpreter."""
        return [
            s for s in self._staff if s.available and s.call is None and not s.profile.interpreter
        ]

    # ---- kiosk messages --------------------------------------------------------------------

    def kiosk_message(self, session: KioskSession, message: m.KioskMessage) -> None:
        match message:
            case m.Ping():
                session.link.send(m.Pong())
            case m.Pong():
                pass
            case m.CallRequest():
                self._request_call(session, message)
            case m.Offer():
                self._relay(session, message)
            case m.Resume():
                self._resume(session, message.call_id)
            case m.End():
                if self._own_call(session, message.call_id) is not None:
                    self._end_for(session, m.EndReason.HUNG_UP)

    def _request_call(self, session: KioskSession, request: m.CallRequest) -> None:
        if session.call is not None:
            if not session.call.kiosk_away:
                session.link.send(error(m.ErrorCode.BUSY, "this terminal is already in a call"))
                return
            # It gave up on the call it was away from and calls anew.
            self._end_for(session, m.EndReason.PEER_LOST)
        staff = self._free_staff()
        if not staff:
            log.info("device %s called; nobody available", session.device_id)
            session.link.send(m.NobodyAvailable())
            return
        call = Call(
            id=self._new_call_id(), kiosk=session, language=request.language, rang_at=self._now()
        )
        self._calls[call.id] = call
        session.call = call
        call.ring_timer = self._scheduler.call_later(
            request.ring_timeout_seconds, lambda: self.ring_timed_out(call.id)
        )
        log.info("call %s from device %s rings %d staff", call.id, session.device_id, len(staff))
        self._call_log.rang(call.id, session.device_id, session.location)
        session.link.send(m.Ringing(call_id=call.id, staff_count=len(staff)))
        # Sent now, so the terminal gathers its candidates (a relay) while it rings.
        self._send_ice(call, session, m.Party.KIOSK)
        for member in staff:
            self._ring(call, member)

    def _ring(self, call: Call, member: StaffSession) -> None:
        call.rung.add(member)
        member.link.send(
            m.Ring(
                call_id=call.id,
                location=call.kiosk.location,
                terminal=call.kiosk.name,
                language=call.language,
                waited_seconds=max(0, int(self._now() - call.rang_at)),
            )
        )

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
            case m.Offer() | m.Answer():
                self._relay(session, message)
            case m.End():
                self._party_leaves(session, message.call_id)
            case _:
                self._interpreter_message(session, message)

    def _set_presence(self, session: StaffSession, available: bool) -> None:
        session.available = available
        log.info("staff #%d %s", session.staff_id, "available" if available else "unavailable")
        session.link.send(m.AvailabilityChanged(available=available))
        if session.profile.interpreter:
            self._roster_changed()
            return
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
            session.link.send(error(m.ErrorCode.NOT_YOUR_CALL, "this call did not ring here"))
            return
        if session.call is not None:
            session.link.send(error(m.ErrorCode.BUSY, "finish your current call first"))
            return
        call.phase = CallPhase.ACCEPTED
        call.staff = session
        session.call = call
        self._cancel_timer(call)
        log.info("call %s accepted by staff #%d", call.id, session.staff_id)
        self._call_log.accepted(call.id, session.staff_id)
        for other in call.rung - {session}:
            other.link.send(m.Taken(call_id=call.id))
        call.rung = {session}
        self._send_ice(call, session, m.Party.STAFF)
        profile = session.profile
        call.kiosk.link.send(
            m.Accepted(call_id=call.id, staff_name=profile.display_name, team=profile.team)
        )
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

    def _relay(
        self, session: KioskSession | StaffSession | GuestSession, message: m.Offer | m.Answer
    ) -> None:
        """An offer or answer goes to the party it names, marked with who sent it."""
        call = self._own_call(session, message.call_id)
        if call is None:
            return
        sender = call.party_of(session)
        target = call.session_of(message.peer)
        if call.phase is not CallPhase.ACCEPTED or target is None or target is session:
            session.link.send(error(m.ErrorCode.WRONG_MOMENT, f"{message.peer} is not there"))
            return
        target.link.send(message.model_copy(update={"peer": sender}))

    def _party_leaves(self, session: StaffSession | GuestSession, call_id: str) -> None:
        """``end`` from staff ends the call; from its interpreter, only their part."""
        call = self._own_call(session, call_id)
        if call is None:
            return
        if call.party_of(session) is m.Party.INTERPRETER:
            self._remove_interpreter(call, tell_interpreter=None)
        else:
            self._end_for(session, m.EndReason.HUNG_UP)
