"""The video call's signaling messages between a terminal and the hub: one JSON object per
WebSocket text message, told apart by ``type``. Both ends build and read these same classes.

Sequence of a call (K = kiosk, H = hub, S = staff)::

    S→H presence{available}         K→H call_request{ring_timeout_seconds}
    H→K nobody_available            (no staff available: at once, no call is made)
    H→K ringing{call_id}  H→S* ring{call_id, location}
    S→H accept{call_id}   H→K accepted{call_id}   H→S(others) taken{call_id}
    K→H offer{call_id, sdp}   H→S offer{...}   S→H answer{...}   H→K answer{...}
    either→H end{call_id}     H→other ended{call_id, reason}
    H→K no_answer{call_id}    (ring timeout, or every rung staff member declined)

The SDP is complete (ICE candidates included): aiortc cannot trickle ICE. Either side may send
``ping`` at any time and gets ``pong``; the hub pings too and drops a peer that stays silent.

The models forbid unknown fields: the hub reads what peers send strictly. A terminal reads the
hub's messages with ``extra="ignore"`` instead (``video.protocol``), so a newer hub may add
fields. The staff-only messages live with the hub (``backoffice.signaling.messages``).
"""

from __future__ import annotations

import enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

CallId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
# A complete SDP with a handful of candidates is a few kB; the cap keeps a peer from parking
# megabytes in the hub.
Sdp = Annotated[str, Field(min_length=10, max_length=32_000)]


class WireMessage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EndReason(enum.StrEnum):
    HUNG_UP = "hung_up"
    PEER_LOST = "peer_lost"
    REPLACED = "replaced"


class ErrorCode(enum.StrEnum):
    INVALID_MESSAGE = "invalid_message"
    UNKNOWN_CALL = "unknown_call"
    NOT_YOUR_CALL = "not_your_call"
    WRONG_MOMENT = "wrong_moment"
    BUSY = "busy"


# ---- both directions ------------------------------------------------------------------------


class Ping(WireMessage):
    type: Literal["ping"] = "ping"


class Pong(WireMessage):
    type: Literal["pong"] = "pong"


class Offer(WireMessage):
    type: Literal["offer"] = "offer"
    call_id: CallId
    sdp: Sdp


class Answer(WireMessage):
    type: Literal["answer"] = "answer"
    call_id: CallId
    sdp: Sdp


class End(WireMessage):
    type: Literal["end"] = "end"
    call_id: CallId


# ---- from the kiosk -------------------------------------------------------------------------


class CallRequest(WireMessage):
    type: Literal["call_request"] = "call_request"
    ring_timeout_seconds: int = Field(default=45, ge=2, le=600)


KioskMessage = Annotated[Ping | Pong | CallRequest | Offer | End, Field(discriminator="type")]
kiosk_messages: TypeAdapter[KioskMessage] = TypeAdapter(KioskMessage)


# ---- from the hub to a kiosk ----------------------------------------------------------------


class Welcome(WireMessage):
    type: Literal["welcome"] = "welcome"
    heartbeat_seconds: float


class Ringing(WireMessage):
    """To the kiosk: the call is ringing on ``staff_count`` pages."""

    type: Literal["ringing"] = "ringing"
    call_id: CallId
    staff_count: int


class NobodyAvailable(WireMessage):
    type: Literal["nobody_available"] = "nobody_available"


class NoAnswer(WireMessage):
    type: Literal["no_answer"] = "no_answer"
    call_id: CallId


class Accepted(WireMessage):
    type: Literal["accepted"] = "accepted"
    call_id: CallId


# ``reason`` and ``code`` are open sets: a terminal keeps a value a newer hub adds as plain text
# (and still ends the call) instead of dropping the whole message. The hub only sends members.


class Ended(WireMessage):
    type: Literal["ended"] = "ended"
    call_id: CallId
    reason: EndReason | str = Field(union_mode="left_to_right")


class Error(WireMessage):
    type: Literal["error"] = "error"
    code: ErrorCode | str = Field(union_mode="left_to_right")
    detail: str
