"""``Retry-After``: when the office asks for a pause, nothing at all is sent to it until then.

A 429 or 503 with ``Retry-After: 120`` speaks for the office, not for the one request that got
it: the courier, the tus uploads, heartbeats and health probes all hold back (one pause per
office, shared by every sender in the process). Both forms are understood: seconds, and an
HTTP date, which is measured against the answer's own ``Date`` header when it has one (the
terminal's clock may be wrong; the office's two times agree with each other).

The pause runs on the monotonic clock: setting the wall clock changes nothing. A pause longer
than an hour is cut to an hour: a misconfigured office must not silence a terminal for good.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import threading
import time
from collections.abc import Callable, Mapping

log = logging.getLogger(__name__)

PAUSE_STATUSES = frozenset({429, 503})
MAX_PAUSE_SECONDS = 3600.0


def _http_date(text: str) -> dt.datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def retry_after_seconds(headers: Mapping[str, str], now: dt.datetime) -> float | None:
    """Seconds the answer asks to wait, or None if it asks nothing (or nothing readable).

    ``now`` (the terminal's wall clock) is used only when the answer has no ``Date``."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        return min(float(value[:12]), MAX_PAUSE_SECONDS)
    until = _http_date(value)
    if until is None:
        return None
    reference = _http_date(headers.get("Date", "")) or now
    return min(max(0.0, (until - reference).total_seconds()), MAX_PAUSE_SECONDS)


class OfficePause:
    """Until when the office asked not to be sent anything. Safe to share between threads."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._until = 0.0

    def remaining(self) -> float:
        """Seconds left of the pause; 0 when sending is allowed."""
        with self._lock:
            return max(0.0, self._until - self._monotonic())

    def hold(self, seconds: float, status: int) -> None:
        with self._lock:
            until = self._monotonic() + seconds
            if until <= self._until:
                return
            self._until = until
        log.warning(
            "backoffice answered HTTP %d with Retry-After: nothing is sent to it for %.0f s",
            status,
            seconds,
        )

    def consider(self, status: int, headers: Mapping[str, str], now: dt.datetime) -> None:
        """Take the pause an answer asks for, if it is a 429 or 503 that asks one."""
        if status not in PAUSE_STATUSES:
            return
        seconds = retry_after_seconds(headers, now)
        if seconds:
            self.hold(seconds, status)
