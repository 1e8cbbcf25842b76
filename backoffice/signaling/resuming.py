"""The hub's rules for a terminal whose link dropped during a call.

Its socket closes (or the hub stops hearing it), but the call is not over yet: the hub holds
it for :attr:`HubSettings.reconnect_seconds`, tells the others the terminal is reconnecting,
and hands the call to the terminal's next socket. The terminal says ``resume`` and gets fresh
ICE servers (its relay may be gone with the link), then offers new connections. Only when
the terminal is not back in time does the call end for the others (``peer_lost``).
"""

from __future__ import annotations

import logging

from backoffice.signaling import messages as m
from backoffice.signaling.calls import Call, CallPhase, KioskSession
from backoffice.signaling.hub_parts import HubBase

log = logging.getLogger(__name__)


class ResumeRules(HubBase):
    def _hold_call(self, session: KioskSession) -> bool:
        """The terminal's socket is gone: hold its call if it was under way."""
        call = session.call
        if call is None or call.kiosk is not session or call.phase is not CallPhase.ACCEPTED:
            return False
        log.info("call %s: the terminal's link dropped; holding the call", call.id)
        self._away(call)
        return True

    def _hand_over_call(self, previous: KioskSession, session: KioskSession) -> bool:
        """The terminal opened a new socket while the hub still had the old one."""
        call = previous.call
        if call is None or call.phase is not CallPhase.ACCEPTED:
            return False
        previous.call = None
        call.kiosk, session.call = session, call
        self._away(call)  # until it says "resume"
        return True

    def _pick_up_held_call(self, session: KioskSession) -> None:
        for call in self._calls.values():
            if call.kiosk_away and call.kiosk.device_id == session.device_id:
                call.kiosk, session.call = session, call
                return

    def _resume(self, session: KioskSession, call_id: str) -> None:
        call = session.call
        if call is None or call.id != call_id or call.phase is not CallPhase.ACCEPTED:
            # Held too long, or hung up by the others meanwhile.
            session.link.send(m.Ended(call_id=call_id, reason=m.EndReason.PEER_LOST))
            return
        if call.hold_timer is not None:
            call.hold_timer.cancel()
            call.hold_timer = None
        call.kiosk_away = False
        log.info("call %s: the terminal is back", call.id)
        session.link.send(m.Resumed(call_id=call.id))
        self._send_ice(call, session, m.Party.KIOSK)
        # Its connections are made anew: the others drop theirs to it and wait for offers.
        call.tell_others(session, m.Reconnecting(call_id=call.id, party=m.Party.KIOSK))

    def hold_timed_out(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is not None and call.kiosk_away:
            log.info("call %s: the terminal did not come back in time", call.id)
            self._end_for(call.kiosk, m.EndReason.PEER_LOST)

    def _away(self, call: Call) -> None:
        call.kiosk_away = True
        if call.hold_timer is None:
            call.hold_timer = self._scheduler.call_later(
                self._settings.reconnect_seconds, lambda: self.hold_timed_out(call.id)
            )
        call.tell_others(call.kiosk, m.Reconnecting(call_id=call.id, party=m.Party.KIOSK))
