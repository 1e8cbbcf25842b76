"""What the hub's rule sets share: its records (terminals, staff pages, calls) and the steps
each of them takes (find the caller's call, hand out ICE servers, end a call, tell staff who
interprets). :class:`~.hub.SignalingHub` (ringing, taking, relaying), :class:`~.interpreting.
InterpreterRules` and :class:`~.resuming.ResumeRules` build on it."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from backoffice.signaling import messages as m
from backoffice.signaling.calls import (
    Call,
    CallPhase,
    GuestSession,
    HubState,
    KioskSession,
    Scheduler,
    StaffSession,
    error,
)

log = logging.getLogger("backoffice.signaling.hub")


class IceIssuer:
    """The ICE servers a party gets for a call; without a TURN service, none."""

    def issue(self, call_id: str, party: m.Party) -> list[m.IceServer]:
        return []


class CallLog(Protocol):
    """Where the hub notes each call's ring, accept and end (for the console's figures)."""

    def rang(self, call_id: str, device_id: uuid.UUID, location: str) -> None: ...

    def accepted(self, call_id: str, staff_id: int) -> None: ...

    def ended(self, call_id: str) -> None: ...


class NoCallLog:
    def rang(self, call_id: str, device_id: uuid.UUID, location: str) -> None:
        pass

    def accepted(self, call_id: str, staff_id: int) -> None:
        pass

    def ended(self, call_id: str) -> None:
        pass


@dataclass(frozen=True)
class HubSettings:
    # How long a call waits for a terminal whose link dropped (VideoSettings.reconnect_seconds).
    reconnect_seconds: float = 30.0
    # How long a one-time interpreter link can be opened.
    guest_link_seconds: float = 15 * 60.0


class HubBase:
    def __init__(
        self,
        scheduler: Scheduler,
        new_call_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        ice: IceIssuer | None = None,
        settings: HubSettings | None = None,
        wall_clock: Callable[[], float] = time.time,
        state: HubState | None = None,
        call_log: CallLog | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._call_log = call_log or NoCallLog()
        self._new_call_id = new_call_id
        self._ice = ice or IceIssuer()
        self._settings = settings or HubSettings()
        self._now = wall_clock
        self._kiosks: dict[uuid.UUID, KioskSession] = {}
        self._staff: set[StaffSession] = set()
        self._calls: dict[str, Call] = {}
        # Guests on a one-time link whose socket is open (joined or still giving their name).
        self._guests: set[GuestSession] = set()
        if state is not None:  # a region's hub, loaded for one change (signaling.cluster)
            self._kiosks = {kiosk.device_id: kiosk for kiosk in state.kiosks}
            self._staff = set(state.staff)
            self._calls = {call.id: call for call in state.calls}
            self._guests = set(state.guests)

    def state(self) -> HubState:
        return HubState(list(self._kiosks.values()), list(self._staff),
                        list(self._calls.values()), list(self._guests))  # fmt: skip

    def _own_call(
        self, session: KioskSession | StaffSession | GuestSession, call_id: str
    ) -> Call | None:
        """The call if ``session`` is a party to it; otherwise tells the sender why not."""
        call = self._calls.get(call_id)
        if call is None:
            session.link.send(error(m.ErrorCode.UNKNOWN_CALL, "no such call"))
            return None
        if call.party_of(session) is None:
            # Someone else's call: refused without saying anything about it.
            log.warning("refused a message for call %s from a non-party", call.id)
            session.link.send(error(m.ErrorCode.NOT_YOUR_CALL, "not a party to this call"))
            return None
        return call

    def _send_ice(
        self, call: Call, session: KioskSession | StaffSession | GuestSession, party: m.Party
    ) -> None:
        session.link.send(m.IceServers(call_id=call.id, servers=self._ice.issue(call.id, party)))

    def _end_for(
        self, session: KioskSession | StaffSession | GuestSession, reason: m.EndReason
    ) -> None:
        """Ends ``session``'s call, if any, and tells the others."""
        call = session.call
        if call is None or call.party_of(session) is m.Party.INTERPRETER:
            return
        log.info("call %s ended: %s", call.id, reason.value)
        call.tell_others(session, m.Ended(call_id=call.id, reason=reason))
        if session is call.kiosk:
            for member in call.rung - {call.staff}:
                member.link.send(m.Taken(call_id=call.id))
        self._finish(call)

    def _finish(self, call: Call) -> None:
        call.phase = CallPhase.ENDED
        self._call_log.ended(call.id)
        self._cancel_timer(call)
        if call.invited is not None:
            call.invited.link.send(m.Taken(call_id=call.id))
            call.invited = None
        for member in call.rung:
            if member.call is call:
                member.call = None
        for party in (call.staff, call.kiosk, call.interpreter):
            if party is not None and party.call is call:
                party.call = None
        if isinstance(call.interpreter, GuestSession):
            call.interpreter.link.close()
        had_interpreter = call.interpreter is not None
        call.interpreter = None
        call.rung = set()
        self._calls.pop(call.id, None)
        if had_interpreter:
            self._roster_changed()

    @staticmethod
    def _cancel_timer(call: Call) -> None:
        for timer in (call.ring_timer, call.hold_timer):
            if timer is not None:
                timer.cancel()
        call.ring_timer = call.hold_timer = None

    def _roster(self) -> m.Interpreters:
        """The office's interpreters whose page is open and available, busy or not."""
        listed = [
            m.Interpreter(
                staff_id=s.staff_id,
                display_name=s.profile.display_name,
                languages=list(s.profile.interpreter_languages),
                busy=s.call is not None,
            )
            for s in self._staff
            if s.profile.interpreter and s.available
        ]
        return m.Interpreters(interpreters=sorted(listed, key=lambda i: i.display_name))

    def _roster_changed(self) -> None:
        roster = self._roster()
        for member in self._staff:
            if not member.profile.interpreter:
                member.link.send(roster)
