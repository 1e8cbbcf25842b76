"""The video call's signaling messages between a terminal and the hub: one JSON object per
WebSocket text message, told apart by ``type``. Both ends build and read these same classes.

Sequence of a call (K = kiosk, H = hub, S = staff)::

    S→H presence{available}         K→H call_request{ring_timeout_seconds}
    H→K nobody_available            (no staff available: at once, no call is made)
    H→K ringing{call_id}  H→S* ring{call_id, location}
    S→H accept{call_id}   H→K accepted{call_id, staff_name, team}   H→S(others) taken{call_id}
    H→K ice_servers{call_id, servers}     (short-lived TURN credentials, before each offer)
    K→H offer{call_id, peer, sdp}   H→peer offer{...}   peer→H answer{...}   H→K answer{...}
    either→H end{call_id}     H→other ended{call_id, reason}
    H→K no_answer{call_id}    (ring timeout, or every rung staff member declined)

An interpreter (I) joins a call staff invited them to: H→K,S joined{call_id, party, ...};
then K→I and S→I offers, each answered; H→K,S left{call_id, party} when they go. ``peer``
on an offer or answer names the other end: whom it is for on the way to the hub, whom it is
from on the way back (``staff`` when left out, as before interpreters).

A terminal whose link dropped comes back on a new socket with K→H resume{call_id} and gets
H→K resumed{call_id} and fresh ice_servers, then offers again with new connections; the hub
keeps the call that long (``VideoSettings.reconnect_seconds``) and tells the others.

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


# A name people read on the other screen (a colleague's, a team's, an interpreter's).
DisplayName = Annotated[str, Field(max_length=120)]
LanguageTag = Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Za-z]+)?$")]


class Party(enum.StrEnum):
    """Who is at the other end of an offer or answer."""

    KIOSK = "kiosk"
    STAFF = "staff"
    INTERPRETER = "interpreter"


class EndReason(enum.StrEnum):
    HUNG_UP = "hung_up"
    PEER_LOST = "peer_lost"
    REPLACED = "replaced"
    REMOVED = "removed"  # to an interpreter: staff ended their part, the call goes on


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
    peer: Party = Party.STAFF


class Answer(WireMessage):
    type: Literal["answer"] = "answer"
    call_id: CallId
    sdp: Sdp
    peer: Party = Party.STAFF


class End(WireMessage):
    type: Literal["end"] = "end"
    call_id: CallId


# ---- from the kiosk -------------------------------------------------------------------------


class CallRequest(WireMessage):
    type: Literal["call_request"] = "call_request"
    ring_timeout_seconds: int = Field(default=45, ge=2, le=600)
    # The language on the citizen's screen: staff see it when the call rings.
    language: LanguageTag = "de"


class Resume(WireMessage):
    """The terminal is back (new socket, or the media stopped) for the same call."""

    type: Literal["resume"] = "resume"
    call_id: CallId


KioskMessage = Annotated[
    Ping | Pong | CallRequest | Offer | End | Resume, Field(discriminator="type")
]
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
    """To the kiosk: who took the call, as the citizen may see it (the name staff chose to
    show, and their team); empty when staff set none."""

    type: Literal["accepted"] = "accepted"
    call_id: CallId
    staff_name: DisplayName = ""
    team: DisplayName = ""


IceUrl = Annotated[str, Field(pattern=r"^(stun|turns?):[^\s]{3,250}$")]


class IceServer(BaseModel):
    """One entry of ``RTCConfiguration.iceServers``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    urls: list[IceUrl] = Field(min_length=1, max_length=6)
    username: Annotated[str, Field(max_length=200)] | None = None
    credential: Annotated[str, Field(max_length=200)] | None = None


class IceServers(WireMessage):
    """To each party before it connects: the office's STUN/TURN servers, with credentials of
    its own that expire (TURN REST API). Empty: direct connections only."""

    type: Literal["ice_servers"] = "ice_servers"
    call_id: CallId
    servers: list[IceServer] = Field(default_factory=list, max_length=4)


class Joined(WireMessage):
    """Someone joined the call (an interpreter): name and language as they gave them."""

    type: Literal["joined"] = "joined"
    call_id: CallId
    party: Party
    display_name: DisplayName
    language: LanguageTag
    audio_only: bool = False


class Left(WireMessage):
    type: Literal["left"] = "left"
    call_id: CallId
    party: Party


class Resumed(WireMessage):
    """To the kiosk: the hub still holds its call; fresh ``ice_servers`` follow."""

    type: Literal["resumed"] = "resumed"
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
