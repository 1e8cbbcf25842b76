"""One spelling for everything staff search by, written at intake and applied to the query.

- Reference codes: ``k7f3qx``, ``K7F-3QX`` and ``k7f 3qx`` are all ``K7F3QX``.
- BG numbers: ``12345BG1234567``, ``12345//1234567``, ``12345 bg 1234567`` are all
  ``12345BG1234567``.
- Phone numbers: ``0151 234-567 89``, ``+49 (151) 23456789``, ``0049/151/23456789`` are all
  ``+4915123456789`` (E.164, national numbers read in the office's region).
- Names: case, accents and the German spellings of umlauts do not matter: ``Müller``,
  ``MUELLER`` and ``müller`` are all ``mueller``; ``Groß`` is ``gross``; ``Çelik`` is ``celik``.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
_REFERENCE = re.compile(rf"^[{REFERENCE_ALPHABET}]{{6}}$")
_BG = re.compile(r"^(\d{5})(?:BG|/{1,2})?(\d{7})$")
# What a phone number may be written with besides digits.
_PHONE_CHARS = re.compile(r"^\+?[\d\s()/.\-]{6,40}$")
# Letters NFKD does not take apart, and the German umlauts written out.
_SPELLED = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "þ": "th",
    }
)
_WORD = re.compile(r"\w+")
MAX_TOKENS = 8
MAX_TOKEN_LENGTH = 60


def _ascii_digits_only(text: str) -> bool:
    return all(c.isascii() for c in text if c.isdigit())


def reference_key(text: str) -> str | None:
    """``K7F3QX`` if ``text`` is written like a reference code, else ``None``."""
    squeezed = re.sub(r"[\s\-]", "", text).upper()
    return squeezed if _REFERENCE.match(squeezed) else None


def bg_key(text: str) -> str | None:
    """``12345BG1234567`` if ``text`` is a BG number in one of its written forms."""
    if not _ascii_digits_only(text):
        return None
    squeezed = re.sub(r"\s", "", text).upper()
    match = _BG.match(squeezed)
    return f"{match.group(1)}BG{match.group(2)}" if match else None


def phone_key(text: str, region: str = "DE") -> str | None:
    """E.164 if ``text`` reads as a possible phone number (national ones in ``region``)."""
    stripped = text.strip()
    if not _PHONE_CHARS.match(stripped) or not _ascii_digits_only(stripped):
        return None
    if stripped.startswith("00"):
        stripped = "+" + stripped[2:]
    try:
        number = phonenumbers.parse(stripped, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def fold(text: str) -> str:
    """Lower case, umlauts written out, accents removed."""
    spelled = text.casefold().translate(_SPELLED)
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    """The words of a name as the search index keeps them, each at most once."""
    words = (w[:MAX_TOKEN_LENGTH] for w in _WORD.findall(fold(name)))
    return list(dict.fromkeys(w.replace("_", "") for w in words if w.replace("_", "")))


def query_tokens(text: str) -> list[str]:
    """The words of a search for names: each must begin a word of the name."""
    return name_tokens(text)[:MAX_TOKENS]


def prefix_bounds(token: str) -> tuple[str, str]:
    """``[low, high)`` such that every string starting with ``token`` lies in it: a prefix
    search that any index can answer, with no LIKE pattern to escape."""
    return token, token + "\U0010ffff"
