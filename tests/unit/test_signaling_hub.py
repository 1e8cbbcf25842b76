"""The hub's rules, message by message, with recording links instead of sockets."""

from __future__ import annotations

import uuid

import pytest

from backoffice.signaling import messages as m
from backoffice.signaling.hub import SignalingHub
from tests.helpers.video_signaling_fakes import (
    ManualScheduler,
    RecordingLink,
    connect_kiosk,
    connect_staff,
    new_hub,
    place_call,
)

SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"


@pytest.fixture
def scheduler() -> ManualScheduler:
    return ManualScheduler()


@pytest.fixture
def hub(scheduler: ManualScheduler) -> SignalingHub:
    return new_hub(scheduler)


def test_nobody_available_is_said_at_once(hub: SignalingHub) -> None:
    connect_staff(hub, 1, available=False)
    session, link = connect_kiosk(hub)
    hub.kiosk_message(session, m.CallRequest())
    assert link.types()[-1] == "nobody_available"


def test_first_accept_wins_and_the_others_stop_ringing(hub: SignalingHub) -> None:
    anna, anna_link = connect_staff(hub, 1)
    ben, ben_link = connect_staff(hub, 2)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    assert anna_link.last(m.Ring).location == "Kabine Dorfplatz"
    assert ben_link.last(m.Ring).call_id == call_id

    hub.staff_message(anna, m.Accept(call_id=call_id))
    assert link.last(m.Accepted).call_id == call_id
    assert ben_link.last(m.Taken).call_id == call_id

    hub.staff_message(ben, m.Accept(call_id=call_id))  # too late
    assert ben_link.types()[-1] == "taken"
    hub.kiosk_message(session, m.Offer(call_id=call_id, sdp=SDP))
    assert anna_link.last(m.Offer).sdp == SDP
    assert "offer" not in ben_link.types()  # ben never sees the call's SDP
    hub.staff_message(ben, m.Answer(call_id=call_id, sdp=SDP))
    assert ben_link.last(m.Error).code is m.ErrorCode.NOT_YOUR_CALL
    assert "answer" not in link.types()


def test_ring_timeout_tells_the_kiosk_no_answer(
    hub: SignalingHub, scheduler: ManualScheduler
) -> None:
    _, anna_link = connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    scheduler.fire_all()
    assert link.last(m.NoAnswer).call_id == call_id
    assert anna_link.last(m.Taken).call_id == call_id
    hub.kiosk_message(session, m.CallRequest())  # the terminal may try again
    assert link.types()[-2:] == ["ringing", "ice_servers"]


def test_accepted_call_is_not_timed_out(hub: SignalingHub, scheduler: ManualScheduler) -> None:
    anna, _ = connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.staff_message(anna, m.Accept(call_id=call_id))
    scheduler.fire_all()
    assert "no_answer" not in link.types()


def test_everyone_declining_is_no_answer(hub: SignalingHub) -> None:
    anna, _ = connect_staff(hub, 1)
    ben, _ = connect_staff(hub, 2)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.staff_message(anna, m.Decline(call_id=call_id))
    assert "no_answer" not in link.types()
    hub.staff_message(ben, m.Decline(call_id=call_id))
    assert link.last(m.NoAnswer).call_id == call_id


def test_staff_lost_mid_call_ends_it_for_the_kiosk(hub: SignalingHub) -> None:
    anna, _ = connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.staff_message(anna, m.Accept(call_id=call_id))
    hub.staff_gone(anna)
    ended = link.last(m.Ended)
    assert (ended.call_id, ended.reason) == (call_id, m.EndReason.PEER_LOST)


def test_kiosk_hanging_up_while_ringing_stops_every_ring(hub: SignalingHub) -> None:
    _, anna_link = connect_staff(hub, 1)
    _, ben_link = connect_staff(hub, 2)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.kiosk_message(session, m.End(call_id=call_id))
    assert anna_link.last(m.Taken).call_id == call_id
    assert ben_link.last(m.Taken).call_id == call_id


def test_another_kiosk_cannot_touch_the_call(hub: SignalingHub) -> None:
    anna, anna_link = connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    intruder, intruder_link = connect_kiosk(hub, "intruder")
    call_id = place_call(hub, session, link)
    hub.staff_message(anna, m.Accept(call_id=call_id))
    hub.kiosk_message(intruder, m.Offer(call_id=call_id, sdp=SDP))
    hub.kiosk_message(intruder, m.End(call_id=call_id))
    assert intruder_link.types().count("error") == 2
    assert "offer" not in anna_link.types() and "ended" not in anna_link.types()


def test_staff_becoming_available_hears_a_call_already_ringing(hub: SignalingHub) -> None:
    connect_staff(hub, 1)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    _, late_link = connect_staff(hub, 2)
    assert late_link.last(m.Ring).call_id == call_id


def test_staff_in_a_call_is_not_rung(hub: SignalingHub) -> None:
    anna, anna_link = connect_staff(hub, 1)
    first, first_link = connect_kiosk(hub)
    hub.staff_message(anna, m.Accept(call_id=place_call(hub, first, first_link)))
    second, second_link = connect_kiosk(hub, "second")
    hub.kiosk_message(second, m.CallRequest())
    assert second_link.types()[-1] == "nobody_available"
    assert anna_link.types().count("ring") == 1


def test_same_device_reconnecting_drops_the_old_link(hub: SignalingHub) -> None:
    old_link = RecordingLink("old")
    device = uuid.uuid4()
    hub.kiosk_connected(old_link, device, "")
    hub.kiosk_connected(RecordingLink("new"), device, "")
    assert old_link.closed


def test_staff_not_rung_cannot_accept(hub: SignalingHub) -> None:
    connect_staff(hub, 1)
    away, away_link = connect_staff(hub, 2, available=False)
    session, link = connect_kiosk(hub)
    call_id = place_call(hub, session, link)
    hub.staff_message(away, m.Accept(call_id=call_id))
    assert away_link.last(m.Error).code is m.ErrorCode.NOT_YOUR_CALL
    assert "accepted" not in link.types()
