"""Numbers, codes, times and ranges kept left to right inside right-to-left text.

Without this, Arabic text shows "8–12" as "12–8", "08:00–10:00" in pieces and a reference like
"K7F-3QX" split at the dash: the Unicode bidi algorithm lets the neutral dash and colon take the
direction of the Arabic around them. Wrapping each run in a left-to-right isolate (LRI ... PDI)
keeps it whole, in every language; in left-to-right text the isolates change nothing.
"""

from __future__ import annotations

import re

LRI, PDI = "\u2066", "\u2069"

# A run of digits (and Latin letters next to digits) joined by dashes, colons, dots, slashes or
# spaces between digits: "8–12", "08:00–10:00", "14.00–18.00", "12345BG1234567", "K7F-3QX".
_PART = r"[0-9A-Za-z]*[0-9][0-9A-Za-z]*"
_RUN = re.compile(rf"{_PART}(?:(?:\s?[–\-:./]\s?|(?<=[0-9]) (?=[0-9])){_PART})*")


def ltr(text: str) -> str:
    """The whole text as one left-to-right run (a phone number, a code)."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate_numbers(text: str) -> str:
    """Every run of numbers in ``text`` isolated; words around them are left alone."""
    if LRI in text:
        return text  # already done (never nest isolates twice)
    return _RUN.sub(lambda found: ltr(found.group()), text)
