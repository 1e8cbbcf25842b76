"""The hub's side of the signaling protocol: the messages shared with terminals come from
``contract.signaling`` (where the sequence of a call is drawn); the staff page's messages are the
hub's own and live here."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, TypeAdapter

from contract.signaling import (
    Accepted,
    Answer,
    CallId,
    CallRequest,
    End,
    Ended,
    EndReason,
    Error,
    ErrorCode,
    KioskMessage,
    NoAnswer,
    NobodyAvailable,
    Offer,
    Ping,
    Pong,
    Ringing,
    Sdp,
    Welcome,
    WireMessage,
    kiosk_messages,
)

__all__ = [
    "MAX_MESSAGE_CHARS",
    "Accept",
    "Accepted",
    "Answer",
    "AvailabilityChanged",
    "CallId",
    "CallRequest",
    "Decline",
    "End",
    "EndReason",
    "Ended",
    "Error",
    "ErrorCode",
    "HubMessage",
    "KioskMessage",
    "NoAnswer",
    "NobodyAvailable",
    "Offer",
    "Ping",
    "Pong",
    "Presence",
    "Ring",
    "Ringing",
    "Sdp",
    "StaffMessage",
    "Taken",
    "Welcome",
    "kiosk_messages",
    "staff_messages",
]

MAX_MESSAGE_CHARS = 48_000


# ---- from staff ---------------------------------------------------------------------------


class Presence(WireMessage):
    type: Literal["presence"] = "presence"
    available: bool


class Accept(WireMessage):
    type: Literal["accept"] = "accept"
    call_id: CallId


class Decline(WireMessage):
    type: Literal["decline"] = "decline"
    call_id: CallId


StaffMessage = Annotated[
    Ping | Pong | Presence | Accept | Decline | Answer | End, Field(discriminator="type")
]
staff_messages: TypeAdapter[StaffMessage] = TypeAdapter(StaffMessage)


# ---- from the hub to staff ------------------------------------------------------------------


class Ring(WireMessage):
    """To staff: a terminal is calling. ``location`` is where the terminal stands."""

    type: Literal["ring"] = "ring"
    call_id: CallId
    location: str


class Taken(WireMessage):
    """To staff who were rung: someone else accepted, or the call is gone. Stop ringing."""

    type: Literal["taken"] = "taken"
    call_id: CallId


class AvailabilityChanged(WireMessage):
    """To staff: the hub's view of this page's presence, after each change."""

    type: Literal["presence_ack"] = "presence_ack"
    available: bool


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
