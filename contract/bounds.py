"""The bounds every value on the wire keeps, defined once and used by every model of the contract.

The office never trusts a terminal (a stolen one holds a valid token): whatever a model of this
package accepts, the office can store, show, sort and hand over to the e-file. So each field has a
type that carries its bounds, and a value outside them is refused with the field's name (never
its value: that may be a citizen's data).

Times (aware ISO 8601 text, never a number)::

    WireTime     anything from 2000 to 2199: storable, and convertible to the office's zone
    PastTime     something that happened on the terminal (created, scanned, privacy accepted):
                 not more than CLOCK_SKEW ahead of the office's clock, not more than PAST_LIMIT
                 behind it
    ComingTime   a callback window: as far back as PastTime (an item may wait in an outbox),
                 not more than COMING_LIMIT ahead

"Now" is the office's clock, passed as the validation context (:func:`checked_at`); the office
always does so for what a terminal sends. Without a "now" in the context only the WireTime range
is checked: a terminal building a payload has no other clock to judge its own times by.

Numbers: :data:`Count` and :data:`ByteCount` fit a signed 64-bit column; :data:`Seconds` is a
finite float. JSON ``true`` is not a count (strict).

Text (:func:`Text`): NFC-normalised first, then refused if it holds a character that makes no
sense in a person's input and can do harm downstream: C0/C1 controls (bar line feed and tab in
multi-line text), format characters (category Cf: bidi embeddings, overrides and isolates
U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F, soft hyphen, ...; except the joiners
U+200C/U+200D that Persian, Arabic and emoji need), lone surrogates, line and paragraph
separators in single-line text, and the noncharacters XML forbids (U+FFFE, U+FFFF, ...).
Length is counted after normalisation, in code points (what the database's columns count).

Digits: patterns use ``[0-9]``, never ``\\d`` (which matches Arabic-Indic and other digits). A
terminal turns what a citizen typed into ASCII digits with :func:`ascii_digits` before it builds
a payload; the office refuses anything else.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Final

from annotated_types import GroupedMetadata
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationInfo,
)

# ---- times -------------------------------------------------------------------------------------

# A terminal's clock may run ahead of the office's: an RTC off by a day before NTP has set it,
# a cabin powered up after a weekend. Two days still reach the office; more is a broken clock.
CLOCK_SKEW: Final = dt.timedelta(days=2)
# A submission may wait in an outbox for a long time (a terminal in a closed cabin, a link down
# for weeks): a year covers every outage IT would let pass; older is a clock set wrong.
PAST_LIMIT: Final = dt.timedelta(days=366)
# The terminal offers windows on the next working days, looking at most 60 days ahead
# (kiosk.journeys.callback.windows); a month on top for closures and clock skew.
COMING_LIMIT: Final = dt.timedelta(days=92)
# The widest range any time on the wire may have: far from the limits of a datetime (year 1
# and 9999, where converting to another zone overflows) and of every database.
EARLIEST: Final = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST: Final = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)
# The key of the validation context that holds the office's "now" (see checked_at).
NOW: Final = "now"


def checked_at(now: dt.datetime) -> dict[str, object]:
    """The validation context that makes ``now`` the moment times are judged against."""
    return {NOW: now}


def _now(info: ValidationInfo) -> dt.datetime | None:
    context = info.context
    if isinstance(context, Mapping):
        moment = context.get(NOW)
        if isinstance(moment, dt.datetime):
            return moment
    return None


def _not_a_number(value: object) -> object:
    # Lax pydantic reads a number as seconds since 1970; on the wire a time is ISO 8601 text.
    if isinstance(value, int | float):
        raise ValueError("a time is ISO 8601 text, not a number")
    return value


def _storable(value: dt.datetime) -> dt.datetime:
    try:
        utc = value.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("time out of range") from None
    if not EARLIEST <= utc < LATEST:
        raise ValueError(f"time must lie between {EARLIEST.year} and {LATEST.year - 1}")
    return value


def _past(value: dt.datetime, info: ValidationInfo) -> dt.datetime:
    now = _now(info)
    if now is None:
        return value
    if value > now + CLOCK_SKEW:
        raise ValueError(
            f"time lies more than {CLOCK_SKEW.days} days ahead of the office's clock "
            "(is the terminal's clock right?)"
        )
    if value < now - PAST_LIMIT:
        raise ValueError(f"time lies more than {PAST_LIMIT.days} days back")
    return value


def _coming(value: dt.datetime, info: ValidationInfo) -> dt.datetime:
    now = _now(info)
    if now is None:
        return value
    if value > now + COMING_LIMIT:
        raise ValueError(f"time lies more than {COMING_LIMIT.days} days ahead")
    if value < now - PAST_LIMIT:
        raise ValueError(f"time lies more than {PAST_LIMIT.days} days back")
    return value


WireTime = Annotated[AwareDatetime, BeforeValidator(_not_a_number), AfterValidator(_storable)]
PastTime = Annotated[WireTime, AfterValidator(_past)]
ComingTime = Annotated[WireTime, AfterValidator(_coming)]

# ---- numbers -----------------------------------------------------------------------------------

# A signed 64-bit column (PostgreSQL BIGINT, SQLite INTEGER) holds every count up to this.
MAX_STORED_INT: Final = 2**63 - 1
# Durations a terminal reports (queue age, intervals): ten years is more than any can be.
MAX_SECONDS: Final = 10 * 366 * 86400.0

Count = Annotated[int, Field(ge=0, le=MAX_STORED_INT, strict=True)]
ByteCount = Count
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, strict=True, allow_inf_nan=False)]

# ---- text --------------------------------------------------------------------------------------

# Zero-width non-joiner and joiner: Persian, Arabic and Indic spelling and emoji sequences.
_JOINERS = frozenset("\u200c\u200d")
_LINE_BREAKS = frozenset("\n\t")
_SEPARATORS = frozenset("\u2028\u2029")


def _noncharacter(char: str) -> bool:
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _refusal(char: str, multiline: bool) -> str | None:
    """Why ``char`` may not stand in text, or None. The reason names a class, not the value."""
    category = unicodedata.category(char)
    if category == "Cc" and not (multiline and char in _LINE_BREAKS):
        return "a control character"
    if category == "Cf" and char not in _JOINERS:
        return "a format or bidi control character"
    if category == "Cs":
        return "a lone surrogate"
    if _noncharacter(char):
        return "a noncharacter"
    if char in _SEPARATORS and not multiline:
        return "a line break"
    return None


def _normalised(value: object) -> object:
    if not isinstance(value, str):
        return value  # the str schema refuses it with its own message
    if "\r" in value:
        value = value.replace("\r\n", "\n")  # a Windows line break is one line break
    try:
        return unicodedata.normalize("NFC", value)
    except UnicodeError:
        raise ValueError("text is not valid Unicode") from None


def _clean(multiline: bool) -> AfterValidator:
    def check(value: str) -> str:
        for char in value:
            reason = _refusal(char, multiline)
            if reason is not None:
                raise ValueError(f"text contains {reason}, which is not allowed here")
        return value

    return AfterValidator(check)


_SINGLE_LINE = _clean(multiline=False)
_MULTI_LINE = _clean(multiline=True)


@dataclass(frozen=True)
class Text(GroupedMetadata):
    """A text field of at most ``max_length`` code points after NFC, without the characters
    the module docstring lists: ``Annotated[str, Text(200)]``."""

    max_length: int
    min_length: int = 0
    multiline: bool = False

    def __iter__(self) -> Iterator[object]:
        # Pydantic applies these in order: normalise, count, then look at every character.
        yield BeforeValidator(_normalised)
        yield StringConstraints(min_length=self.min_length, max_length=self.max_length)
        yield _MULTI_LINE if self.multiline else _SINGLE_LINE


def typed_text(text: str, *, multiline: bool = False) -> str:
    """For a terminal: what a citizen typed, NFC-normalised and without the characters the
    office refuses (a bidi control or a stray control character carries no meaning in a name).
    The one place a terminal cleans text; the office never does, it refuses."""
    normalised = _normalised(text)
    assert isinstance(normalised, str)
    return "".join(char for char in normalised if _refusal(char, multiline) is None)


# ---- how a refusal is told -------------------------------------------------------------------

# What a refusal says about a field, by pydantic's error type: fixed wording, so no message can
# quote the value (some of pydantic's own do, e.g. a UUID's first wrong character).
_REASONS = {
    "missing": "missing",
    "extra_forbidden": "not a field of this model",
    "string_too_long": "too long",
    "string_too_short": "too short",
    "too_long": "too long",
    "too_short": "too short",
    "string_pattern_mismatch": "not in the required form",
    "string_type": "not text",
    "int_type": "not an integer",
    "int_parsing": "not an integer",
    "float_type": "not a number",
    "finite_number": "not a finite number",
    "greater_than": "too small",
    "greater_than_equal": "too small",
    "less_than": "too large",
    "less_than_equal": "too large",
    "timezone_aware": "a time without its UTC offset",
    "datetime_type": "not a time",
    "datetime_parsing": "not an ISO 8601 time",
    "datetime_from_date_parsing": "not an ISO 8601 time",
    "uuid_type": "not a UUID",
    "uuid_parsing": "not a UUID",
    "enum": "not one of the allowed values",
    "literal_error": "not one of the allowed values",
    "list_type": "not a list",
    "model_type": "not an object",
    "model_attributes_type": "not an object",
    "dict_type": "not an object",
    "bool_type": "not true or false",
    "json_invalid": "not JSON",
    "json_type": "not JSON",
}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


def _place(location: Iterable[int | str]) -> str:
    # A key the sender made up is its value, not our field's name: shown as "?".
    parts = [str(p) if isinstance(p, int) or _NAME.match(p) else "?" for p in location]
    return ".".join(parts) or "(whole body)"


def field_problems(errors: Iterable[Mapping[str, Any]]) -> list[str]:
    """Each refused field as "place: reason", without any part of its value.

    ``errors`` as pydantic lists them (``ValidationError.errors()``, FastAPI's
    ``RequestValidationError.errors()``). Our own validators' reasons (``value_error``) never
    quote a value either: the sentences in this module are all they say.
    """
    found: list[str] = []
    for item in errors:
        kind = str(item.get("type", ""))
        if kind == "value_error":
            reason = str(item.get("msg", "")).removeprefix("Value error, ")
        else:
            reason = _REASONS.get(kind, f"not valid ({kind})")
        entry = f"{_place(tuple(item.get('loc', ())))}: {reason}"
        if entry not in found:
            found.append(entry)
    return found


# ---- digits and identifiers --------------------------------------------------------------------


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (Arabic-Indic ``٣``, Devanagari, fullwidth
    ``３``, ...) replaced by its ASCII digit. The one place a terminal normalises digits."""
    return "".join(
        str(unicodedata.decimal(char)) if not char.isascii() and char.isdecimal() else char
        for char in text
    )


# Ids of concerns and document types, as config/ allows them.
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,39}$")]
# A language tag as the terminal names its languages ("de", "uk", "de-LS", "de-simple").
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$")]
