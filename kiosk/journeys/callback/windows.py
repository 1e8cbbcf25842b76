"""The time windows a citizen may choose for the callback, from the office's settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from config.callback import CallbackSettings

# Staff need some lead time: a window that starts sooner than this is not offered.
LEAD_TIME = dt.timedelta(hours=1)
# Never look further than this for working days (a long closure list must not loop forever).
_MAX_DAYS_SCANNED = 60


@dataclass(frozen=True)
class OfferedWindow:
    start: dt.datetime
    end: dt.datetime

    @property
    def key(self) -> str:
        """Stable identifier for the UI; unique among the offered windows."""
        return self.start.strftime("%Y-%m-%dT%H:%M")


def _parse(window: str) -> tuple[dt.time, dt.time]:
    start, end = window.split("-")
    return dt.time.fromisoformat(start), dt.time.fromisoformat(end)


def offered_windows(settings: CallbackSettings, now: dt.datetime) -> list[OfferedWindow]:
    """Windows on the next ``days_ahead`` working days that still have a window to offer.

    ``now`` must be timezone-aware; windows are in its time zone (the terminal's local time).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    daily = sorted(_parse(w) for w in settings.windows)
    closed = set(settings.closed_days)
    offered: list[OfferedWindow] = []
    days_found = 0
    for offset in range(_MAX_DAYS_SCANNED):
        day = now.date() + dt.timedelta(days=offset)
        if day.isoweekday() not in settings.weekdays or day in closed:
            continue
        todays = [
            OfferedWindow(
                dt.datetime.combine(day, start, now.tzinfo),
                dt.datetime.combine(day, end, now.tzinfo),
            )
            for start, end in daily
        ]
        todays = [w for w in todays if w.start >= now + LEAD_TIME]
        if todays:
            offered.extend(todays)
            days_found += 1
        if days_found == settings.days_ahead:
            break
    return offered
