"""The signaling protocol: one JSON object per WebSocket text message, told apart by ``type``.

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
The kiosk keeps its own copy of these shapes (``video.protocol``); a unit test holds the two
copies together.
"""

from __future__ import annotations

import enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

CallId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
# A complete SDP with a handful of candidates is a few kB; the cap keeps a peer from parking
# megabytes in the hub.
Sdp = Annotated[str, Field(min_length=10, max_length=32_000)]
MAX_MESSAGE_CHARS = 48_000


class _Message(BaseModel):
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


class Ping(_Message):
    type: Literal["ping"] = "ping"


class Pong(_Message):
    type: Literal["pong"] = "pong"


class Offer(_Message):
    type: Literal["offer"] = "offer"
    call_id: CallId
    sdp: Sdp


class Answer(_Message):
    type: Literal["answer"] = "answer"
    call_id: CallId
    sdp: Sdp


class End(_Message):
    type: Literal["end"] = "end"
    call_id: CallId


# ---- from the kiosk -------------------------------------------------------------------------


class CallRequest(_Message):
    type: Literal["call_request"] = "call_request"
    ring_timeout_seconds: int = Field(default=45, ge=2, le=600)


KioskMessage = Annotated[Ping | Pong | CallRequest | Offer | End, Field(discriminator="type")]
kiosk_messages: TypeAdapter[KioskMessage] = TypeAdapter(KioskMessage)


# ---- from staff ---------------------------------------------------------------------------


class Presence(_Message):
    type: Literal["presence"] = "presence"
    available: bool


class Accept(_Message):
    type: Literal["accept"] = "accept"
    call_id: CallId


class Decline(_Message):
    type: Literal["decline"] = "decline"
    call_id: CallId


StaffMessage = Annotated[
    Ping | Pong | Presence | Accept | Decline | Answer | End, Field(discriminator="type")
]
staff_messages: TypeAdapter[StaffMessage] = TypeAdapter(StaffMessage)


# ---- from the hub ---------------------------------------------------------------------------


class Welcome(_Message):
    type: Literal["welcome"] = "welcome"
    heartbeat_seconds: float


class Ringing(_Message):
    """To the kiosk: the call is ringing on ``staff_count`` pages."""

    type: Literal["ringing"] = "ringing"
    call_id: CallId
    staff_count: int


class NobodyAvailable(_Message):
    type: Literal["nobody_available"] = "nobody_available"


class NoAnswer(_Message):
    type: Literal["no_answer"] = "no_answer"
    call_id: CallId


class Accepted(_Message):
    type: Literal["accepted"] = "accepted"
    call_id: CallId


class Ring(_Message):
    """To staff: a terminal is calling. ``location`` is where the terminal stands."""

    type: Literal["ring"] = "ring"
    call_id: CallId
    location: str


class Taken(_Message):
    """To staff who were rung: someone else accepted, or the call is gone. Stop ringing."""

    type: Literal["taken"] = "taken"
    call_id: CallId


class Ended(_Message):
    type: Literal["ended"] = "ended"
    call_id: CallId
    reason: EndReason


class AvailabilityChanged(_Message):
    """To staff: the hub's view of this page's presence, after each change."""

    type: Literal["presence_ack"] = "presence_ack"
    available: bool


class Error(_Message):
    type: Literal["error"] = "error"
    code: ErrorCode
    detail: str


HubMessage = (
    Welcome
    | Ping
    | Pong
    | Ringing
    | NobodyAvailable
    | NoAnswer
    | Accepted
    | Ring
    | Taken
    | Offer
    | Answer
    | Ended
    | AvailabilityChanged
    | Error
)
