"""Dates, times and phone numbers written the way German office staff read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
LANGUAGES = {
    "de": "Deutsch",
    "de-simple": "Leichte Sprache",
    "de-LS": "Leichte Sprache",
    "en": "Englisch",
    "uk": "Ukrainisch",
    "ar": "Arabisch",
    "tr": "Türkisch",
    "ru": "Russisch",
}


@dataclass(frozen=True)
class OfficeTime:
    """The office's local time (``[backoffice] timezone``): how staff read moments, and where
    the office's days begin (``due today``, the figures' days)."""

    zone: ZoneInfo

    @classmethod
    def named(cls, name: str) -> OfficeTime:
        return cls(ZoneInfo(name))

    def local(self, moment: dt.datetime) -> dt.datetime:
        aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        return aware.astimezone(self.zone)

    def today(self, now: dt.datetime) -> dt.date:
        return self.local(now).date()

    def day_start(self, day: dt.date) -> dt.datetime:
        """When ``day`` begins in the office, in UTC (DST days are 23 or 25 hours long)."""
        return dt.datetime.combine(day, dt.time(), self.zone).astimezone(dt.UTC)

    def time_window(self, start: dt.datetime, end: dt.datetime) -> str:
        """``Mo 24.11. 08:00–10:00`` (the end's date is left out: windows stay within a day)."""
        begin, finish = self.local(start), self.local(end)
        return f"{WEEKDAYS[begin.weekday()]} {begin:%d.%m.} {begin:%H:%M}–{finish:%H:%M}"

    def stored_window(self, window: dict[str, Any]) -> str:
        return self.time_window(
            dt.datetime.fromisoformat(str(window["start"])),
            dt.datetime.fromisoformat(str(window["end"])),
        )

    def moment(self, value: dt.datetime | None) -> str:
        """``Fr 21.11.2025, 10:14 Uhr``."""
        if value is None:
            return ""
        local = self.local(value)
        return f"{WEEKDAYS[local.weekday()]} {local:%d.%m.%Y}, {local:%H:%M} Uhr"

    def short_moment(self, value: dt.datetime, today: dt.date) -> str:
        """``heute, 10:14`` / ``gestern, 16:02`` / ``Mo 17.11., 09:30`` for the inbox."""
        local = self.local(value)
        if local.date() == today:
            return f"heute, {local:%H:%M}"
        if local.date() == today - dt.timedelta(days=1):
            return f"gestern, {local:%H:%M}"
        return f"{WEEKDAYS[local.weekday()]} {local:%d.%m.}, {local:%H:%M}"


def phone(e164: str) -> str:
    """``+49 5121 9690123`` for reading aloud; the raw E.164 goes into the tel: link."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 49:
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def language(code: str) -> str:
    return LANGUAGES.get(code, code)
