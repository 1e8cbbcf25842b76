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
    DisplayName,
    End,
    Ended,
    EndReason,
    Error,
    ErrorCode,
    IceServer,
    IceServers,
    Joined,
    KioskMessage,
    LanguageTag,
    Left,
    NoAnswer,
    NobodyAvailable,
    Offer,
    Party,
    Ping,
    Pong,
    Resume,
    Resumed,
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
    "CreateGuestLink",
    "Decline",
    "DeclineInvite",
    "DisplayName",
    "End",
    "EndReason",
    "Ended",
    "Error",
    "ErrorCode",
    "GuestHello",
    "GuestLink",
    "GuestMessage",
    "HubMessage",
    "IceServer",
    "IceServers",
    "Interpreter",
    "Interpreters",
    "Invite",
    "InviteInterpreter",
    "JoinCall",
    "Joined",
    "KioskMessage",
    "LanguageTag",
    "Left",
    "NoAnswer",
    "NobodyAvailable",
    "Offer",
    "Party",
    "Ping",
    "Pong",
    "Presence",
    "Reconnecting",
    "RemoveInterpreter",
    "Resume",
    "Resumed",
    "Ring",
    "Ringing",
    "Sdp",
    "StaffMessage",
    "Taken",
    "Welcome",
    "guest_messages",
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


class InviteInterpreter(WireMessage):
    """Staff in a call ask an interpreter of the office (by account) to join."""

    type: Literal["invite_interpreter"] = "invite_interpreter"
    call_id: CallId
    staff_id: int


class CreateGuestLink(WireMessage):
    """Staff in a call want a one-time link for an external interpreting service."""

    type: Literal["create_guest_link"] = "create_guest_link"
    call_id: CallId


class RemoveInterpreter(WireMessage):
    type: Literal["remove_interpreter"] = "remove_interpreter"
    call_id: CallId


class JoinCall(WireMessage):
    """An interpreter accepts an invitation."""

    type: Literal["join_call"] = "join_call"
    call_id: CallId
    audio_only: bool = False


class DeclineInvite(WireMessage):
    type: Literal["decline_invite"] = "decline_invite"
    call_id: CallId


StaffMessage = Annotated[
    Ping
    | Pong
    | Presence
    | Accept
    | Decline
    | Offer
    | Answer
    | End
    | InviteInterpreter
    | CreateGuestLink
    | RemoveInterpreter
    | JoinCall
    | DeclineInvite,
    Field(discriminator="type"),
]
staff_messages: TypeAdapter[StaffMessage] = TypeAdapter(StaffMessage)


# ---- from an external interpreter (one-time link, no account) ------------------------------


class GuestHello(WireMessage):
    """The first message on a guest's socket: who joins, as the others will see it."""

    type: Literal["guest_hello"] = "guest_hello"
    display_name: Annotated[DisplayName, Field(min_length=1)]
    language: LanguageTag
    audio_only: bool = False


GuestMessage = Annotated[Ping | Pong | GuestHello | Answer | End, Field(discriminator="type")]
guest_messages: TypeAdapter[GuestMessage] = TypeAdapter(GuestMessage)


# ---- from the hub to staff ------------------------------------------------------------------


class Ring(WireMessage):
    """To staff: a terminal is calling. ``location`` is where the terminal stands,
    ``terminal`` its name at enrollment, ``language`` the one on the citizen's screen,
    ``waited_seconds`` how long the call has rung so far (it may ring here later than
    elsewhere: a colleague became available)."""

    type: Literal["ring"] = "ring"
    call_id: CallId
    location: str
    terminal: str = ""
    language: LanguageTag = "de"
    waited_seconds: int = 0


class Invite(WireMessage):
    """To an interpreter: a colleague asks them into a call."""

    type: Literal["invite"] = "invite"
    call_id: CallId
    location: str
    language: LanguageTag
    staff_name: DisplayName


class Interpreter(WireMessage):
    staff_id: int
    display_name: DisplayName
    languages: list[LanguageTag]
    busy: bool


class Interpreters(WireMessage):
    """To staff: the office's interpreters whose call page is open and available, after
    each change."""

    type: Literal["interpreters"] = "interpreters"
    interpreters: list[Interpreter]


class GuestLink(WireMessage):
    """To the staff member who asked: the one-time link's path (the page adds its origin)."""

    type: Literal["guest_link"] = "guest_link"
    call_id: CallId
    path: str
    expires_in_seconds: int


class Reconnecting(WireMessage):
    """To the others in a call: ``party``'s link dropped and the hub holds the call, or it is
    back (``resume``) and offers new connections: drop the old ones to it and wait."""

    type: Literal["reconnecting"] = "reconnecting"
    call_id: CallId
    party: Party


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
    | IceServers
    | Joined
    | Left
    | Resumed
    | Invite
    | Interpreters
    | GuestLink
    | Reconnecting
)
