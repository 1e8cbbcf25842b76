"""The terminal's side of the signaling protocol (``backoffice.signaling.messages`` is the hub's).

The backoffice may not import terminal code and the terminal does not import the office, so
each keeps its shapes; ``tests/unit/test_signaling_protocol.py`` checks that they agree.
Unknown message types from the hub are ignored (a newer hub may say more), not errors.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Message(BaseModel):
    # Tolerant on reading: fields a newer hub adds are ignored.
    model_config = ConfigDict(extra="ignore", frozen=True)


class Ping(_Message):
    type: Literal["ping"] = "ping"


class Pong(_Message):
    type: Literal["pong"] = "pong"


class CallRequest(_Message):
    type: Literal["call_request"] = "call_request"
    ring_timeout_seconds: int


class Offer(_Message):
    type: Literal["offer"] = "offer"
    call_id: str
    sdp: str


class End(_Message):
    type: Literal["end"] = "end"
    call_id: str


class Welcome(_Message):
    type: Literal["welcome"] = "welcome"
    heartbeat_seconds: float


class Ringing(_Message):
    type: Literal["ringing"] = "ringing"
    call_id: str
    staff_count: int


class NobodyAvailable(_Message):
    type: Literal["nobody_available"] = "nobody_available"


class NoAnswer(_Message):
    type: Literal["no_answer"] = "no_answer"
    call_id: str


class Accepted(_Message):
    type: Literal["accepted"] = "accepted"
    call_id: str


class Answer(_Message):
    type: Literal["answer"] = "answer"
    call_id: str
    sdp: str


class Ended(_Message):
    type: Literal["ended"] = "ended"
    call_id: str
    reason: str


class Error(_Message):
    type: Literal["error"] = "error"
    code: str
    detail: str


KioskMessage = Ping | Pong | CallRequest | Offer | End
HubMessage = Annotated[
    Welcome
    | Ping
    | Pong
    | Ringing
    | NobodyAvailable
    | NoAnswer
    | Accepted
    | Answer
    | Ended
    | Error,
    Field(discriminator="type"),
]
hub_messages: TypeAdapter[HubMessage] = TypeAdapter(HubMessage)
