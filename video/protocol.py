"""The terminal's side of the signaling protocol. The messages are ``contract.signaling``'s,
shared with the hub (import them from there); what is the terminal's own is how it reads the
hub: tolerantly.

Fields a newer hub adds are ignored, and so are message types the terminal does not know
(:func:`read_hub_message` raises ``pydantic.ValidationError``; the caller skips the message).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, TypeAdapter

from contract import signaling as s

# What the hub sends a terminal (the staff page's messages are not among them).
HubMessage = Annotated[
    s.Welcome
    | s.Ping
    | s.Pong
    | s.Ringing
    | s.NobodyAvailable
    | s.NoAnswer
    | s.Accepted
    | s.Answer
    | s.Ended
    | s.Error,
    Field(discriminator="type"),
]
_hub_messages: TypeAdapter[HubMessage] = TypeAdapter(HubMessage)


def read_hub_message(text: str | bytes) -> HubMessage:
    """One message from the hub; raises ``pydantic.ValidationError`` for an unknown shape."""
    # The shared models forbid unknown fields (the hub reads strictly); a terminal must keep
    # working beside a newer hub, so it drops them.
    return _hub_messages.validate_json(text, extra="ignore")
