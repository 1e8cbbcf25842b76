"""The terminal's copy of the signaling shapes agrees with the hub's."""

from __future__ import annotations

from backoffice.signaling import messages as hub
from video import protocol as kiosk

CALL = "0123456789abcdef0123456789abcdef"
SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"


def test_what_the_kiosk_sends_the_hub_accepts() -> None:
    for message in [
        kiosk.Ping(),
        kiosk.Pong(),
        kiosk.CallRequest(ring_timeout_seconds=30),
        kiosk.Offer(call_id=CALL, sdp=SDP),
        kiosk.End(call_id=CALL),
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
        parsed = kiosk.hub_messages.validate_json(message.model_dump_json())
        assert parsed.model_dump(mode="json") == message.model_dump(mode="json")
