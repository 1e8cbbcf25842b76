"""The call's state as the terminal UI sees it, and which changes are possible."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class CallState(enum.Enum):
    IDLE = "idle"
    CHECKING = "checking"  # opening camera and microphone, reaching the backoffice
    WAITING = "waiting"  # call request sent, the hub has not answered yet
    RINGING = "ringing"  # staff pages are ringing
    CONNECTING = "connecting"  # accepted; exchanging SDP, ICE, waiting for media
    IN_CALL = "in_call"
    RECONNECTING = "reconnecting"  # the link dropped; the same call is being reconnected
    ENDED = "ended"  # hung up by either side, or the other side went away
    FAILED = "failed"  # could not start, or the connection broke
    NO_ANSWER = "no_answer"  # rang, nobody accepted in time
    NOBODY_AVAILABLE = "nobody_available"  # no staff member was available at all

    @property
    def finished(self) -> bool:
        return self in FINISHED


FINISHED = frozenset(
    {CallState.ENDED, CallState.FAILED, CallState.NO_ANSWER, CallState.NOBODY_AVAILABLE}
)
_ACTIVE = {
    CallState.CHECKING,
    CallState.WAITING,
    CallState.RINGING,
    CallState.CONNECTING,
    CallState.IN_CALL,
    CallState.RECONNECTING,
}
_ALLOWED: dict[CallState, frozenset[CallState]] = {
    CallState.IDLE: frozenset({CallState.CHECKING}),
    CallState.CHECKING: frozenset({CallState.WAITING, CallState.FAILED, CallState.ENDED}),
    CallState.WAITING: frozenset(
        {CallState.RINGING, CallState.NOBODY_AVAILABLE, CallState.FAILED, CallState.ENDED}
    ),
    CallState.RINGING: frozenset(
        {CallState.CONNECTING, CallState.NO_ANSWER, CallState.FAILED, CallState.ENDED}
    ),
    CallState.CONNECTING: frozenset({CallState.IN_CALL, CallState.FAILED, CallState.ENDED}),
    CallState.IN_CALL: frozenset({CallState.ENDED, CallState.FAILED, CallState.RECONNECTING}),
    CallState.RECONNECTING: frozenset({CallState.IN_CALL, CallState.ENDED, CallState.FAILED}),
    # A finished call can be followed by a new one.
    **{state: frozenset({CallState.CHECKING, CallState.IDLE}) for state in FINISHED},
}

StateListener = Callable[[CallState, CallState], None]


class CallStateMachine:
    """Holds the state; reports each real change (old → new) to the listener and the log."""

    def __init__(self, listener: StateListener) -> None:
        self._state = CallState.IDLE
        self._listener = listener

    @property
    def state(self) -> CallState:
        return self._state

    @property
    def active(self) -> bool:
        return self._state in _ACTIVE

    def move(self, new: CallState) -> bool:
        """Changes to ``new`` if allowed; a late event (e.g. a watchdog after hang-up) is
        ignored and returns ``False``."""
        old = self._state
        if new is old:
            return False
        if new not in _ALLOWED[old]:
            log.debug("call state %s → %s ignored (not allowed)", old.value, new.value)
            return False
        self._state = new
        log.info("call state %s → %s", old.value, new.value)
        self._listener(old, new)
        return True
