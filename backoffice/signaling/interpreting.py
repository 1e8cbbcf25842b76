"""The hub's rules for a third party in a call: an interpreter.

Staff in a call invite an interpreter of the office (an account with languages, shown to
staff as available or busy), or create a one-time link for an external interpreting service
(valid for this call only, for :attr:`HubSettings.guest_link_seconds`, and only once; the
link's token is kept as a hash). Whoever joins is announced to the terminal and to staff
(``joined``: name and language as they gave them), gets ICE servers of their own, and is
offered connections by both (a mesh: the terminal sends its media to each of them). Staff can
remove the interpreter, the interpreter can leave: the call goes on without them.
"""

from __future__ import annotations

import hashlib
import logging
import secrets

from backoffice.signaling import messages as m
from backoffice.signaling.calls import (
    Call,
    CallPhase,
    GuestInvite,
    GuestSession,
    PeerLink,
    StaffSession,
    error,
)
from backoffice.signaling.hub_parts import HubBase

log = logging.getLogger(__name__)

GUEST_PATH = "/call/join/"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


class InterpreterRules(HubBase):
    # ---- staff and office interpreters ----------------------------------------------------

    def _interpreter_message(self, session: StaffSession, message: m.StaffMessage) -> None:
        match message:
            case m.InviteInterpreter():
                call = _staffs_call(self, session, message.call_id)
                if call is not None:
                    _invite(self, call, session, message.staff_id)
            case m.CreateGuestLink():
                call = _staffs_call(self, session, message.call_id)
                if call is not None:
                    _create_guest_link(self, call, session)
            case m.RemoveInterpreter():
                call = _staffs_call(self, session, message.call_id)
                if call is not None and call.interpreter is not None:
                    log.info("call %s: staff removed the interpreter", call.id)
                    self._remove_interpreter(call, tell_interpreter=m.EndReason.REMOVED)
            case m.JoinCall():
                call = self._calls.get(message.call_id)
                if call is None or call.invited is not session or call.interpreter is not None:
                    session.link.send(m.Taken(call_id=message.call_id))
                    return
                languages = session.profile.interpreter_languages
                language = call.language if call.language in languages else languages[0]
                call.invited = None
                self._join(call, session, session.profile.display_name, language,
                           message.audio_only)  # fmt: skip
            case m.DeclineInvite():
                call = self._calls.get(message.call_id)
                if call is not None and call.invited is session:
                    call.invited = None
                    if call.staff is not None:
                        call.staff.link.send(m.Left(call_id=call.id, party=m.Party.INTERPRETER))
            case _:
                pass

    def _interpreter_gone(self, session: StaffSession) -> None:
        """An office interpreter's page closed: out of their call, their invitations void."""
        for call in list(self._calls.values()):
            if call.interpreter is session:
                self._remove_interpreter(call, tell_interpreter=None)
            elif call.invited is session:
                call.invited = None
                if call.staff is not None:
                    call.staff.link.send(m.Left(call_id=call.id, party=m.Party.INTERPRETER))
        if session.profile.interpreter:
            self._roster_changed()

    # ---- guests: external interpreters on a one-time link ---------------------------------

    def guest_link_open(self, token: str) -> bool:
        """Whether the link's token still lets someone join (for the page that asks for a
        name before the socket opens)."""
        return _call_for_token(self, token) is not None

    def guest_connected(self, link: PeerLink, token: str) -> GuestSession | None:
        """A socket on a one-time link: the session if the link is good, else ``None``."""
        call = _call_for_token(self, token)
        if call is None or call.guest_invite is None:
            return None
        call.guest_invite.used = True  # once opened, the link is spent
        log.info("call %s: an external interpreter opened the one-time link", call.id)
        session = GuestSession(link, call)
        self._guests.add(session)
        return session

    def guest_message(self, session: GuestSession, message: m.GuestMessage) -> None:
        match message:
            case m.Ping():
                session.link.send(m.Pong())
            case m.Pong():
                pass
            case m.GuestHello():
                call = session.call
                if call is None or call.phase is not CallPhase.ACCEPTED or call.interpreter:
                    session.link.send(error(m.ErrorCode.WRONG_MOMENT, "this call is over"))
                    session.link.close()
                    return
                session.display_name = message.display_name
                session.language = message.language
                session.audio_only = message.audio_only
                self._join(call, session, message.display_name, message.language,
                           message.audio_only)  # fmt: skip
            case m.Answer():
                call = session.call
                target = None if call is None else call.session_of(message.peer)
                if call is None or call.interpreter is not session or target is None:
                    session.link.send(error(m.ErrorCode.WRONG_MOMENT, "not in the call"))
                    return
                target.link.send(message.model_copy(update={"peer": m.Party.INTERPRETER}))
            case m.End():
                call = session.call
                if call is not None and call.interpreter is session:
                    self._remove_interpreter(call, tell_interpreter=None)
                session.link.close()

    def guest_gone(self, session: GuestSession) -> None:
        call = session.call
        if call is not None and call.interpreter is session:
            self._remove_interpreter(call, tell_interpreter=None)
        session.call = None
        self._guests.discard(session)

    # ---- joining and leaving -------------------------------------------------------------

    def _join(
        self,
        call: Call,
        session: StaffSession | GuestSession,
        name: str,
        language: str,
        audio_only: bool,
    ) -> None:
        call.interpreter = session
        call.interpreter_audio_only = audio_only
        session.call = call
        log.info("call %s: an interpreter joined (%s)", call.id, "audio" if audio_only else "video")
        self._send_ice(call, session, m.Party.INTERPRETER)
        joined = m.Joined(call_id=call.id, party=m.Party.INTERPRETER, display_name=name,
                          language=language, audio_only=audio_only)  # fmt: skip
        call.tell_others(session, joined)
        self._roster_changed()

    def _remove_interpreter(self, call: Call, tell_interpreter: m.EndReason | None) -> None:
        interpreter = call.interpreter
        if interpreter is None:
            return
        call.interpreter = None
        interpreter.call = None
        if tell_interpreter is not None:
            interpreter.link.send(m.Ended(call_id=call.id, reason=tell_interpreter))
        if isinstance(interpreter, GuestSession):
            interpreter.link.close()
        log.info("call %s: the interpreter left", call.id)
        call.tell_others(interpreter, m.Left(call_id=call.id, party=m.Party.INTERPRETER))
        self._roster_changed()


def _staffs_call(hub: HubBase, session: StaffSession, call_id: str) -> Call | None:
    """The accepted call ``session`` took; otherwise tells them why not."""
    call = hub._own_call(session, call_id)
    if call is None:
        return None
    if call.staff is not session or call.phase is not CallPhase.ACCEPTED:
        session.link.send(error(m.ErrorCode.WRONG_MOMENT, "only staff in the call can do that"))
        return None
    return call


def _invite(hub: HubBase, call: Call, staff: StaffSession, interpreter_id: int) -> None:
    if call.interpreter is not None or call.invited is not None:
        staff.link.send(error(m.ErrorCode.BUSY, "an interpreter is already in or invited"))
        return
    interpreter = next(
        (s for s in hub._staff
         if s.staff_id == interpreter_id and s.profile.interpreter and s.available
         and s.call is None),
        None,
    )  # fmt: skip
    if interpreter is None:
        staff.link.send(error(m.ErrorCode.BUSY, "that interpreter is not available"))
        return
    call.invited = interpreter
    log.info("call %s: staff #%d invites interpreter #%d", call.id, staff.staff_id, interpreter_id)
    interpreter.link.send(
        m.Invite(
            call_id=call.id,
            location=call.kiosk.location,
            language=call.language,
            staff_name=staff.profile.display_name,
        )
    )


def _create_guest_link(hub: HubBase, call: Call, staff: StaffSession) -> None:
    if call.interpreter is not None:
        staff.link.send(error(m.ErrorCode.BUSY, "an interpreter is already in the call"))
        return
    token = secrets.token_urlsafe(24)
    seconds = hub._settings.guest_link_seconds
    call.guest_invite = GuestInvite(_token_hash(token), hub._now() + seconds)
    log.info("call %s: one-time interpreter link created", call.id)
    staff.link.send(
        m.GuestLink(call_id=call.id, path=GUEST_PATH + token, expires_in_seconds=int(seconds))
    )


def _call_for_token(hub: HubBase, token: str) -> Call | None:
    if not token or len(token) > 100:
        return None
    wanted = _token_hash(token)
    for call in hub._calls.values():
        invite = call.guest_invite
        if invite is None or not secrets.compare_digest(invite.token_sha256, wanted):
            continue
        if invite.used or hub._now() > invite.expires_at:
            return None
        if call.phase is not CallPhase.ACCEPTED or call.interpreter is not None:
            return None
        return call
    return None
