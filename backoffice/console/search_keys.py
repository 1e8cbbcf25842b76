"""One spelling for everything staff search by, written at intake and applied to the query.

- Reference codes: ``k7f3qx``, ``K7F-3QX`` and ``k7f 3qx`` are all ``K7F3QX``.
- BG numbers: ``12345BG1234567``, ``12345//1234567``, ``12345 bg 1234567`` are all
  ``12345BG1234567``.
- Phone numbers: ``0151 234-567 89``, ``+49 (151) 23456789``, ``0049/151/23456789`` are all
  ``+4915123456789`` (E.164, national numbers read in the office's region).
- Names: case, accents and the German spellings of umlauts do not matter. Each word of a
  name is kept in the spellings someone may type it in (:func:`name_forms`): ``Müller`` as
  ``mueller`` (umlaut written out) and ``muller`` (accent dropped), ``Mueller`` also as
  ``muller``; a searched word is read both ways too (:func:`query_forms`). So ``Muller``,
  ``Mueller`` and ``MÜLLER`` find Müller and Mueller, and ``Miller`` finds neither. ``Groß``
  is ``gross``, ``Çelik`` is ``celik``, Turkish ``ı`` is ``i``. Letters of other scripts
  (Cyrillic, Arabic, …) are matched as typed, only their case folded: their marks are part of
  the letter (``й`` is not ``и``).
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
# Latin letters NFKD does not take apart.
_UNDECOMPOSED = {
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
_SPELLED_OUT = str.maketrans(_UNDECOMPOSED | {"ä": "ae", "ö": "oe", "ü": "ue"})
_DROPPED = str.maketrans(_UNDECOMPOSED)
# A written-out umlaut read back as the plain vowel (mueller → muller).
_WRITTEN_OUT_UMLAUT = re.compile(r"([aou])e")
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


def _plain_latin(text: str) -> str:
    """Accents taken off Latin letters only; other scripts' letters keep their marks."""
    kept: list[str] = []
    latin = False
    for char in unicodedata.normalize("NFKD", text):
        if not unicodedata.combining(char):
            latin = char.isascii()
            kept.append(char)
        elif not latin:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def fold(text: str) -> str:
    """Lower case, umlauts written out (ü → ue), accents of Latin letters removed."""
    return _plain_latin(text.casefold().translate(_SPELLED_OUT))


def fold_plain(text: str) -> str:
    """Lower case, every accent of a Latin letter removed, umlauts too (ü → u)."""
    return _plain_latin(text.casefold().translate(_DROPPED))


def _words(text: str) -> list[str]:
    """Runs of letters and digits with their marks (Arabic vowel signs stay inside the word),
    taken from the text as written, so every folding splits it the same way."""
    words: list[str] = []
    word = ""
    for char in unicodedata.normalize("NFC", text):
        if char.isalnum() or (word and unicodedata.category(char).startswith("M")):
            word += char
        elif word:
            words.append(word)
            word = ""
    return [*words, word] if word else words


def name_forms(word: str) -> list[str]:
    """The spellings one word of a name is kept in: umlauts written out, accents dropped, and a
    written-out umlaut read back as its vowel. Each at most once."""
    read_back = _WRITTEN_OUT_UMLAUT.sub(r"\1", word.casefold())
    forms = (fold(word), fold_plain(word), fold_plain(read_back))
    return list(dict.fromkeys(f[:MAX_TOKEN_LENGTH] for f in forms if f))


def name_tokens(name: str) -> list[str]:
    """Every form of every word of a name, as the search index keeps them, each at most once."""
    return list(dict.fromkeys(form for word in _words(name) for form in name_forms(word)))


def query_forms(text: str) -> list[tuple[str, ...]]:
    """The words of a search for names, each in the spellings that may begin a kept word
    (umlauts written out, or dropped): a name matches when every word matches one of its forms."""
    words = _words(text)[:MAX_TOKENS]
    return [
        tuple(dict.fromkeys(f(w)[:MAX_TOKEN_LENGTH] for f in (fold, fold_plain))) for w in words
    ]


def prefix_bounds(token: str) -> tuple[str, str]:
    """``[low, high)`` such that every string starting with ``token`` lies in it: a prefix
    search that any index can answer, with no LIKE pattern to escape."""
    return token, token + "\U0010ffff"
