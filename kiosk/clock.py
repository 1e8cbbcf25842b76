"""The office's local time, timezone-aware (callback windows are in the office's time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo


def office_clock(zone_name: str) -> Callable[[], dt.datetime]:
    """A clock reading the office's time zone (the setting ``site.timezone``).

    A named zone, not the system's fixed offset: windows days ahead may lie across a DST change.
    """
    zone = ZoneInfo(zone_name)
    return lambda: dt.datetime.now(zone)
