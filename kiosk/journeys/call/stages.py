"""Where the citizen is in the video journey, and why a call could not be or was ended."""

from __future__ import annotations

import enum


class Stage(enum.StrEnum):
    CHECK = "check"
    WAITING = "waiting"
    CONNECTING = "connecting"
    IN_CALL = "in_call"
    OFFER = "offer"  # nobody could take the call: offer a callback request
    ENDED = "ended"
    LOST = "lost"  # the connection broke: call again, or leave a callback request


class OfferReason(enum.StrEnum):
    NONE = ""
    NOBODY_AVAILABLE = "nobody_available"
    NO_ANSWER = "no_answer"
    UNAVAILABLE = "unavailable"  # the office cannot be reached, or the terminal is not set up


class EndReason(enum.StrEnum):
    NONE = ""
    HUNG_UP = "hung_up"  # by the citizen
    STAFF_ENDED = "staff_ended"
    LOST = "lost"
