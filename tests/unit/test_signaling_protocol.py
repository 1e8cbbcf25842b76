"""Both ends speak ``contract.signaling``; the terminal reads the hub tolerantly, the hub
strictly."""

from __future__ import annotations

import json

import pydantic
import pytest

from backoffice.signaling import messages as hub
from contract import signaling as shared
from video import protocol as kiosk

CALL = "0123456789abcdef0123456789abcdef"
SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"


def test_what_the_kiosk_sends_the_hub_accepts() -> None:
    for message in [
        shared.Ping(),
        shared.Pong(),
        shared.CallRequest(ring_timeout_seconds=30),
        shared.Offer(call_id=CALL, sdp=SDP),
        shared.End(call_id=CALL),
    ]:
        parsed = hub.kiosk_messages.validate_json(message.model_dump_json())
        assert parsed.model_dump() == message.model_dump()


def test_what_the_hub_sends_a_kiosk_the_kiosk_reads() -> None:
    for message in [
        hub.Welcome(heartbeat_seconds=5),
        hub.Ping(),
        hub.Ringing(call_id=CALL, staff_count=2),
        hub.NobodyAvailable(),
        hub.NoAnswer(call_id=CALL),
        hub.Accepted(call_id=CALL),
        hub.Answer(call_id=CALL, sdp=SDP),
        hub.Ended(call_id=CALL, reason=hub.EndReason.PEER_LOST),
        hub.Error(code=hub.ErrorCode.NOT_YOUR_CALL, detail="x"),
    ]:
        parsed = kiosk.read_hub_message(message.model_dump_json())
        assert parsed.model_dump(mode="json") == message.model_dump(mode="json")


def test_kiosk_reads_a_newer_hub_that_says_more() -> None:
    ended = kiosk.read_hub_message(
        json.dumps({"type": "ended", "call_id": CALL, "reason": "moved_to_phone", "by": "x"})
    )
    assert isinstance(ended, shared.Ended)
    assert ended.reason == "moved_to_phone"
    error = kiosk.read_hub_message(
        json.dumps({"type": "error", "code": "rate_limited", "detail": "x", "retry": 3})
    )
    assert isinstance(error, shared.Error) and error.code == "rate_limited"
    with pytest.raises(pydantic.ValidationError):
        kiosk.read_hub_message(json.dumps({"type": "transcript", "text": "hello"}))


def test_hub_refuses_fields_a_kiosk_made_up() -> None:
    with pytest.raises(pydantic.ValidationError):
        hub.kiosk_messages.validate_json(json.dumps({"type": "end", "call_id": CALL, "x": 1}))
