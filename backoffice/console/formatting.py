"""Dates, times and phone numbers written the way German office staff read them."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

# The office's local time. Terminals and backoffice of one job centre share it.
OFFICE_ZONE = ZoneInfo("Europe/Berlin")
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


def _local(moment: dt.datetime) -> dt.datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(OFFICE_ZONE)


def time_window(start: dt.datetime, end: dt.datetime) -> str:
    """``Mo 24.11. 08:00–10:00`` (the end's date is left out: windows stay within a day)."""
    begin, finish = _local(start), _local(end)
    return f"{WEEKDAYS[begin.weekday()]} {begin:%d.%m.} {begin:%H:%M}–{finish:%H:%M}"


def stored_window(window: dict[str, Any]) -> str:
    return time_window(
        dt.datetime.fromisoformat(str(window["start"])),
        dt.datetime.fromisoformat(str(window["end"])),
    )


def moment(value: dt.datetime | None) -> str:
    """``Fr 21.11.2025, 10:14 Uhr``."""
    if value is None:
        return ""
    local = _local(value)
    return f"{WEEKDAYS[local.weekday()]} {local:%d.%m.%Y}, {local:%H:%M} Uhr"


def short_moment(value: dt.datetime, today: dt.date) -> str:
    """``heute, 10:14`` / ``gestern, 16:02`` / ``Mo 17.11., 09:30`` for the inbox."""
    local = _local(value)
    if local.date() == today:
        return f"heute, {local:%H:%M}"
    if local.date() == today - dt.timedelta(days=1):
        return f"gestern, {local:%H:%M}"
    return f"{WEEKDAYS[local.weekday()]} {local:%d.%m.}, {local:%H:%M}"


def office_today(now: dt.datetime) -> dt.date:
    return _local(now).date()


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
