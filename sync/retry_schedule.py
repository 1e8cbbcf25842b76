"""When the delivery daemon tries each waiting item again, on the monotonic clock.

The outbox row keeps ``next_attempt_at`` as wall-clock time, but only for people to read
(``kiosk status``, the admin screen). Deciding by it would tie delivery to the wall clock: set
back two hours, every retry would wait two hours more; queued while the clock ran a day ahead,
an item would wait a day. So the daemon keeps its own schedule in memory, in monotonic
seconds. A daemon that starts afresh tries everything once; the backoff counts on from the
row's ``attempts``.

Another process may ask for an earlier try: the admin screen's "send now" rewrites
``next_attempt_at``. A row whose ``next_attempt_at`` is no longer what the daemon wrote is
therefore due at once.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class QueueEntry:
    """A queued item as the schedule needs it, without its (possibly large) payload."""

    submission_id: uuid.UUID
    next_attempt_at: dt.datetime


@dataclass(frozen=True)
class _Wait:
    until: float
    # The next_attempt_at the daemon wrote with it: a different one was set by someone else.
    recorded: dt.datetime


class RetrySchedule:
    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._waits: dict[uuid.UUID, _Wait] = {}

    def wait(self, submission_id: uuid.UUID, seconds: float, recorded: dt.datetime) -> None:
        """Do not try ``submission_id`` for ``seconds``; ``recorded`` is the row's new
        ``next_attempt_at``."""
        self._waits[submission_id] = _Wait(self._monotonic() + seconds, recorded)

    def forget(self, submission_id: uuid.UUID) -> None:
        self._waits.pop(submission_id, None)

    def clear(self) -> None:
        """Everything is due now (the office is back)."""
        self._waits.clear()

    def due(self, queued: Iterable[QueueEntry]) -> list[uuid.UUID]:
        """Of ``queued`` (in delivery order), the ids to try now, in the same order."""
        now = self._monotonic()
        present: set[uuid.UUID] = set()
        found = []
        for entry in queued:
            present.add(entry.submission_id)
            wait = self._waits.get(entry.submission_id)
            if wait is None or wait.until <= now or wait.recorded != entry.next_attempt_at:
                found.append(entry.submission_id)
        # Delivered or requeued elsewhere, or quarantined: nothing to wait for any more.
        for gone in self._waits.keys() - present:
            del self._waits[gone]
        return found
