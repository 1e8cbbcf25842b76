"""The hub's rules for calls as job centres need them: who is calling (ring details), who took
the call (name and team to the citizen), a third party (an office interpreter or a guest on a
one-time link), offers and answers between any two parties, per-party ICE servers, and a
terminal whose link dropped coming back into the same call."""

from __future__ import annotations

import pytest

from backoffice.signaling import messages as m
from backoffice.signaling.calls import GuestSession, KioskSession, StaffSession
from backoffice.signaling.hub import SignalingHub, StaffProfile
from tests.helpers.video_signaling_fakes import (
    ManualScheduler,
    RecordingCallLog,
    RecordingLink,
    connect_kiosk,
    connect_staff,
    new_hub,
    place_call,
)

SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"
ANNA = StaffProfile(display_name="Anna Schmidt", team="Team Leistung")
OLENA = StaffProfile(display_name="Olena K.", interpreter_languages=("uk", "ru"))


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def scheduler() -> ManualScheduler:
    return ManualScheduler()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hub(scheduler: ManualScheduler, clock: Clock) -> SignalingHub:
    return new_hub(scheduler, clock)


class InCall:
    """A terminal's call taken by Anna, with the links of both."""

    def __init__(self, hub: SignalingHub, language: str = "uk") -> None:
        self.anna, self.anna_link = connect_staff(hub, 1, profile=ANNA)
        self.kiosk, self.kiosk_link = connect_kiosk(hub)
        self.call_id = place_call(hub, self.kiosk, self.kiosk_link, language)
        hub.staff_message(self.anna, m.Accept(call_id=self.call_id))


def test_ringing_staff_see_terminal_location_language_and_waiting_time(
    hub: SignalingHub, clock: Clock
) -> None:
    connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link, language="ar")
    clock.now += 40
    _, late_link = connect_staff(hub, 2)  # available only now: the call has rung 40 s
    ring = late_link.last(m.Ring)
    assert (ring.call_id, ring.location, ring.terminal, ring.language, ring.waited_seconds) == (
        call_id, "Kabine Dorfplatz", "kabine-3", "ar", 40,
    )  # fmt: skip


def test_the_citizen_learns_who_took_the_call(hub: SignalingHub) -> None:
    call = InCall(hub)
    accepted = call.kiosk_link.last(m.Accepted)
    assert (accepted.staff_name, accepted.team) == ("Anna Schmidt", "Team Leistung")


def test_each_party_gets_its_own_ice_servers(hub: SignalingHub) -> None:
    call = InCall(hub)
    assert call.kiosk_link.last(m.IceServers).servers[0].username == f"1:{call.call_id}.kiosk"
    assert call.anna_link.last(m.IceServers).servers[0].username == f"1:{call.call_id}.staff"
    # The terminal had them while it rang: it gathers its relay before anyone accepts.
    types = call.kiosk_link.types()
    assert types.index("ice_servers") < types.index("accepted")


def _interpreter(hub: SignalingHub, available: bool = True) -> tuple[StaffSession, RecordingLink]:
    return connect_staff(hub, 9, available=available, profile=OLENA)


def test_staff_see_which_interpreters_are_available_or_busy(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, _ = _interpreter(hub)
    roster = call.anna_link.last(m.Interpreters).interpreters
    assert [(i.display_name, i.languages, i.busy) for i in roster] == [
        ("Olena K.", ["uk", "ru"], False)
    ]
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    assert call.anna_link.last(m.Interpreters).interpreters[0].busy
    hub.staff_message(olena, m.Presence(available=False))
    assert call.anna_link.last(m.Interpreters).interpreters == []


def test_interpreters_are_never_rung_for_a_terminal(hub: SignalingHub) -> None:
    _, olena_link = _interpreter(hub)
    session, link = connect_kiosk(hub)
    hub.kiosk_message(session, m.CallRequest())
    assert link.types()[-1] == "nobody_available"
    assert "ring" not in olena_link.types()


def test_an_invited_interpreter_joins_and_everyone_is_told(hub: SignalingHub) -> None:
    call = InCall(hub, language="uk")
    olena, olena_link = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    invite = olena_link.last(m.Invite)
    assert (invite.location, invite.language, invite.staff_name) == (
        "Kabine Dorfplatz", "uk", "Anna Schmidt"
    )  # fmt: skip
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id, audio_only=True))
    for link in (call.kiosk_link, call.anna_link):
        joined = link.last(m.Joined)
        assert (joined.party, joined.display_name, joined.language, joined.audio_only) == (
            m.Party.INTERPRETER, "Olena K.", "uk", True
        )  # fmt: skip
    assert olena_link.last(m.IceServers).servers[0].username.endswith(".interpreter")  # type: ignore[union-attr]


def test_offers_and_answers_go_between_the_parties_they_name(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, olena_link = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    hub.kiosk_message(call.kiosk, m.Offer(call_id=call.call_id, sdp=SDP, peer=m.Party.INTERPRETER))
    assert olena_link.last(m.Offer).peer is m.Party.KIOSK
    hub.staff_message(olena, m.Answer(call_id=call.call_id, sdp=SDP, peer=m.Party.KIOSK))
    assert call.kiosk_link.last(m.Answer).peer is m.Party.INTERPRETER
    hub.staff_message(call.anna, m.Offer(call_id=call.call_id, sdp=SDP, peer=m.Party.INTERPRETER))
    assert olena_link.last(m.Offer).peer is m.Party.STAFF
    # Nobody can send to themselves or to a party that is not there.
    hub.staff_message(call.anna, m.Offer(call_id=call.call_id, sdp=SDP, peer=m.Party.STAFF))
    assert call.anna_link.last(m.Error).code is m.ErrorCode.WRONG_MOMENT


def test_staff_remove_the_interpreter_and_the_call_goes_on(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, olena_link = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    hub.staff_message(call.anna, m.RemoveInterpreter(call_id=call.call_id))
    assert olena_link.last(m.Ended).reason == m.EndReason.REMOVED
    assert call.kiosk_link.last(m.Left).party is m.Party.INTERPRETER
    assert "ended" not in call.kiosk_link.types()
    hub.kiosk_message(call.kiosk, m.Offer(call_id=call.call_id, sdp=SDP))
    assert call.anna_link.last(m.Offer).sdp == SDP
    # Olena is free again: she can be invited anew.
    assert not call.anna_link.last(m.Interpreters).interpreters[0].busy


def test_an_interpreter_leaving_does_not_end_the_call(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, _ = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    hub.staff_message(olena, m.End(call_id=call.call_id))
    assert call.anna_link.last(m.Left).party is m.Party.INTERPRETER
    assert "ended" not in call.kiosk_link.types() + call.anna_link.types()


def test_hanging_up_ends_the_call_for_the_interpreter_too(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, olena_link = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    hub.kiosk_message(call.kiosk, m.End(call_id=call.call_id))
    assert olena_link.last(m.Ended).reason == m.EndReason.HUNG_UP
    assert olena.call is None


def test_only_the_staff_member_in_the_call_can_invite(hub: SignalingHub) -> None:
    call = InCall(hub)
    _interpreter(hub)
    ben, ben_link = connect_staff(hub, 2)
    hub.staff_message(ben, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(ben, m.CreateGuestLink(call_id=call.call_id))
    assert ben_link.types().count("error") == 2
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=77))
    assert call.anna_link.last(m.Error).code is m.ErrorCode.BUSY  # no such interpreter free


def test_a_declined_invitation_is_told_to_staff(hub: SignalingHub) -> None:
    call = InCall(hub)
    olena, _ = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.DeclineInvite(call_id=call.call_id))
    assert call.anna_link.last(m.Left).party is m.Party.INTERPRETER
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))  # too late: declined
    assert "joined" not in call.kiosk_link.types()


# ---- guests on a one-time link ---------------------------------------------------------------


def _guest_link(hub: SignalingHub, call: InCall) -> str:
    hub.staff_message(call.anna, m.CreateGuestLink(call_id=call.call_id))
    link = call.anna_link.last(m.GuestLink)
    assert link.path.startswith("/call/join/") and link.expires_in_seconds == 600
    return link.path.removeprefix("/call/join/")


def _guest(hub: SignalingHub, token: str) -> tuple[GuestSession | None, RecordingLink]:
    link = RecordingLink("guest")
    return hub.guest_connected(link, token), link


def test_a_guest_joins_once_with_the_name_and_language_they_give(hub: SignalingHub) -> None:
    call = InCall(hub)
    token = _guest_link(hub, call)
    assert hub.guest_link_open(token)
    guest, guest_link = _guest(hub, token)
    assert guest is not None
    assert not hub.guest_link_open(token)  # once opened, the link is spent
    assert _guest(hub, token)[0] is None
    hub.guest_message(guest, m.GuestHello(display_name="Dolmetschdienst Nord", language="ar"))
    joined = call.kiosk_link.last(m.Joined)
    assert (joined.display_name, joined.language) == ("Dolmetschdienst Nord", "ar")
    assert guest_link.last(m.IceServers).call_id == call.call_id
    hub.staff_message(call.anna, m.RemoveInterpreter(call_id=call.call_id))
    assert guest_link.closed and call.anna_link.last(m.Left).party is m.Party.INTERPRETER


def test_a_guest_link_expires_and_is_only_for_its_call(hub: SignalingHub, clock: Clock) -> None:
    call = InCall(hub)
    token = _guest_link(hub, call)
    clock.now += 601
    assert not hub.guest_link_open(token)
    assert _guest(hub, token)[0] is None
    fresh = _guest_link(hub, call)
    hub.kiosk_message(call.kiosk, m.End(call_id=call.call_id))
    assert not hub.guest_link_open(fresh)  # the call is over
    assert not hub.guest_link_open("made-up-token") and not hub.guest_link_open("")


def test_a_guest_can_answer_but_not_address_anyone_before_joining(hub: SignalingHub) -> None:
    call = InCall(hub)
    guest, guest_link = _guest(hub, _guest_link(hub, call))
    assert guest is not None
    hub.guest_message(guest, m.Answer(call_id=call.call_id, sdp=SDP, peer=m.Party.KIOSK))
    assert guest_link.last(m.Error).code is m.ErrorCode.WRONG_MOMENT
    assert "answer" not in call.kiosk_link.types()


# ---- a terminal whose link dropped -----------------------------------------------------------


def _drop_and_return(hub: SignalingHub, call: InCall) -> tuple[KioskSession, RecordingLink]:
    hub.kiosk_gone(call.kiosk)
    return connect_kiosk(hub, "kiosk-again", device=call.kiosk.device_id)


def test_a_dropped_terminal_resumes_the_same_call(hub: SignalingHub) -> None:
    call = InCall(hub)
    hub.kiosk_gone(call.kiosk)
    assert call.anna_link.last(m.Reconnecting).party is m.Party.KIOSK
    assert "ended" not in call.anna_link.types()
    back, back_link = connect_kiosk(hub, "kiosk-again", device=call.kiosk.device_id)
    hub.kiosk_message(back, m.Resume(call_id=call.call_id))
    assert back_link.types()[-2:] == ["resumed", "ice_servers"]
    hub.kiosk_message(back, m.Offer(call_id=call.call_id, sdp=SDP))
    assert call.anna_link.last(m.Offer).peer is m.Party.KIOSK
    hub.staff_message(call.anna, m.Answer(call_id=call.call_id, sdp=SDP, peer=m.Party.KIOSK))
    assert back_link.last(m.Answer).sdp == SDP


def test_a_new_socket_before_the_old_one_is_noticed_takes_the_call_over(
    hub: SignalingHub,
) -> None:
    call = InCall(hub)
    back, back_link = connect_kiosk(hub, "kiosk-again", device=call.kiosk.device_id)
    assert call.kiosk_link.closed and "ended" not in call.anna_link.types()
    hub.kiosk_gone(call.kiosk)  # the old socket's end, noticed late, changes nothing
    hub.kiosk_message(back, m.Resume(call_id=call.call_id))
    assert back_link.last(m.Resumed).call_id == call.call_id


def test_a_terminal_not_back_in_time_ends_the_call_for_the_others(
    hub: SignalingHub, scheduler: ManualScheduler
) -> None:
    call = InCall(hub)
    olena, olena_link = _interpreter(hub)
    hub.staff_message(call.anna, m.InviteInterpreter(call_id=call.call_id, staff_id=9))
    hub.staff_message(olena, m.JoinCall(call_id=call.call_id))
    back, back_link = _drop_and_return(hub, call)
    assert [t.delay for t in scheduler.timers if not t.cancelled] == [25]
    scheduler.fire_all()
    for link in (call.anna_link, olena_link):
        assert link.last(m.Ended).reason == m.EndReason.PEER_LOST
    hub.kiosk_message(back, m.Resume(call_id=call.call_id))  # too late
    assert back_link.last(m.Ended).reason == m.EndReason.PEER_LOST


def test_a_terminal_back_in_time_is_not_timed_out(
    hub: SignalingHub, scheduler: ManualScheduler
) -> None:
    call = InCall(hub)
    back, _ = _drop_and_return(hub, call)
    hub.kiosk_message(back, m.Resume(call_id=call.call_id))
    scheduler.fire_all()
    assert "ended" not in call.anna_link.types()


def test_a_ringing_call_is_not_held_for_a_terminal_that_drops(hub: SignalingHub) -> None:
    _, anna_link = connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.kiosk_gone(session)
    assert anna_link.last(m.Taken).call_id == call_id


def test_another_terminal_cannot_resume_someone_elses_call(hub: SignalingHub) -> None:
    call = InCall(hub)
    hub.kiosk_gone(call.kiosk)
    intruder, intruder_link = connect_kiosk(hub, "intruder")
    hub.kiosk_message(intruder, m.Resume(call_id=call.call_id))
    assert intruder_link.last(m.Ended).call_id == call.call_id
    assert "resumed" not in intruder_link.types()


def test_the_figures_hear_of_each_ring_answer_and_end_but_not_of_a_held_call(
    scheduler: ManualScheduler, clock: Clock
) -> None:
    calls = RecordingCallLog()
    hub = new_hub(scheduler, clock, calls)
    call = InCall(hub)
    back, _ = _drop_and_return(hub, call)  # held for the terminal: not an end
    hub.kiosk_message(back, m.Resume(call_id=call.call_id))
    assert calls.events == [("rang", call.call_id), ("accepted", call.call_id)]
    hub.staff_message(call.anna, m.End(call_id=call.call_id))
    assert calls.events[-1] == ("ended", call.call_id)
    unanswered_kiosk, unanswered_link = connect_kiosk(hub, "other")
    unanswered = place_call(hub, unanswered_kiosk, unanswered_link)
    scheduler.fire_all()  # nobody answers in time
    assert calls.events[-2:] == [("rang", unanswered), ("ended", unanswered)]
