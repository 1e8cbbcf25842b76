"""Which language the fleet page speaks: the staff member's choice (a cookie set by the page's
switch), else the browser's ``Accept-Language``, else German.

Both come from the request as typed by anyone, so both are read within bounds: the cookie is
one of the known codes or ignored; of the header only the first :data:`MAX_HEADER` characters
and :data:`MAX_RANGES` ranges are looked at, and a range whose tag or ``q`` is malformed is
skipped (RFC 9110, 12.5.4). Nothing here raises.
"""

from __future__ import annotations

import enum
import re


class Language(enum.StrEnum):
    GERMAN = "de"
    ENGLISH = "en"


DEFAULT = Language.GERMAN
# Path /console: the console may follow the same choice one day; today only the fleet page does.
LANGUAGE_COOKIE = "bt_language"
# Each language's name in itself, for the switch ("English" is what an English reader looks for).
NAMES = {Language.GERMAN: "Deutsch", Language.ENGLISH: "English"}

MAX_HEADER = 1024
MAX_RANGES = 32
_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*")
# A weight: 0 to 1 with at most three decimals (RFC 9110, 12.4.2).
_WEIGHT = re.compile(r"q=(0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)", re.IGNORECASE)
_BY_CODE = {language.value: language for language in Language}


def chosen_language(cookie: str | None, accept_language: str | None) -> Language:
    """The cookie's language if it names one, else the header's best, else German."""
    return _BY_CODE.get(cookie or "") or _preferred(accept_language or "") or DEFAULT


def _preferred(header: str) -> Language | None:
    """The supported language with the highest weight; on equal weights the one named first."""
    best, best_weight = None, 0.0
    for entry in header[:MAX_HEADER].split(",")[:MAX_RANGES]:
        tag, _, parameters = entry.partition(";")
        tag = tag.strip()
        weight = _weight(parameters)
        if weight is None or weight <= best_weight or not _TAG.fullmatch(tag):
            continue
        language = _supported(tag)
        if language is not None:
            best, best_weight = language, weight
    return best


def _weight(parameters: str) -> float | None:
    """The range's ``q`` (1 when absent), or None when it is malformed."""
    weight = 1.0
    for parameter in parameters.split(";"):
        parameter = parameter.strip()
        if not parameter.lower().startswith("q="):
            continue  # no other parameter means anything here
        matched = _WEIGHT.fullmatch(parameter)
        if matched is None:
            return None
        weight = float(matched[1])
    return weight


def _supported(tag: str) -> Language | None:
    """``en-GB`` and ``en`` are English; ``*`` (anything) is the default."""
    if tag == "*":
        return DEFAULT
    return _BY_CODE.get(tag.split("-")[0].lower())
