"""Which callback windows a citizen is offered."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from config.callback import CallbackSettings
from kiosk.journeys.callback.windows import offered_windows

BERLIN = ZoneInfo("Europe/Berlin")


def _at(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def _starts(settings: CallbackSettings, now: dt.datetime) -> list[str]:
    return [w.start.strftime("%a %d %H:%M") for w in offered_windows(settings, now)]


def test_next_working_days_without_weekend() -> None:
    settings = CallbackSettings(windows=["08:00-10:00", "13:00-15:00"], days_ahead=3)
    # Friday 20 November, before opening.
    assert _starts(settings, _at(20, 6)) == [
        "Fri 20 08:00", "Fri 20 13:00", "Mon 23 08:00", "Mon 23 13:00",
        "Tue 24 08:00", "Tue 24 13:00",
    ]  # fmt: skip


def test_windows_starting_within_the_hour_are_not_offered() -> None:
    settings = CallbackSettings(windows=["08:00-10:00", "13:00-15:00"], days_ahead=1)
    assert _starts(settings, _at(23, 12, 1)) == ["Tue 24 08:00", "Tue 24 13:00"]
    assert _starts(settings, _at(23, 12, 0)) == ["Mon 23 13:00"]


def test_closed_days_are_skipped_and_do_not_count() -> None:
    settings = CallbackSettings(
        windows=["10:00-12:00"], days_ahead=2, closed_days=[dt.date(2026, 11, 24)]
    )
    assert _starts(settings, _at(23, 11)) == ["Wed 25 10:00", "Thu 26 10:00"]


def test_windows_keep_local_time_across_the_change_to_winter_time() -> None:
    settings = CallbackSettings(windows=["08:00-10:00"], days_ahead=2)
    # Friday 23 October 2026; clocks go back on Sunday 25 October.
    friday, monday = offered_windows(settings, _at(23, 6, month=10))
    assert (friday.start.hour, monday.start.hour) == (8, 8)
    assert friday.start.utcoffset() != monday.start.utcoffset()


def test_naive_clock_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        offered_windows(CallbackSettings(), dt.datetime(2026, 11, 23, 7))
