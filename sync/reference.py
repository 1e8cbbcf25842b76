"""Reference codes the citizen takes home on the receipt, like ``K7F-3QX``.

Five random characters and one check character from the alphabet in
:data:`contract.submissions.REFERENCE_PATTERN` (no look-alikes), shown as two groups of three
so they can be read out over the phone.

The check character makes a weighted sum over all six characters divisible by 23, the size of
the alphabet. 23 is prime and the weights 1..6 are distinct, so every single wrong character
and every swap of two characters is detected. (Luhn mod N was the first idea; with N = 23 it
misses the swap of the first and last character of the alphabet, "3Y" <-> "Y3".)
"""

from __future__ import annotations

import re
import secrets

from contract.submissions import REFERENCE_PATTERN

ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
_RANDOM_LENGTH = 5
_MODULUS = len(ALPHABET)
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_WIRE_FORM = re.compile(REFERENCE_PATTERN)
# What a person may type for a code: any case, with or without the dash or spaces.
_TYPED_SEPARATORS = re.compile(r"[\s\-]+")


def _check_character(body: str) -> str:
    weighted = sum(weight * _VALUES[char] for weight, char in enumerate(body, start=1))
    check_weight = len(body) + 1
    # Solve weighted + check_weight * c == 0 (mod 23) for c.
    value = (-weighted * pow(check_weight, -1, _MODULUS)) % _MODULUS
    return ALPHABET[value]


def _format(six: str) -> str:
    return f"{six[:3]}-{six[3:]}"


def new_reference_code() -> str:
    """A fresh code such as ``K7F-3QX`` (about 6.4 million possible codes)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(_RANDOM_LENGTH))
    return _format(body + _check_character(body))


def normalize_reference_code(text: str) -> str | None:
    """The code in its printed form (``K7F-3QX``), or ``None`` if it is not a valid code.

    Accepts lower case, spaces and a missing dash, as staff type what a citizen reads out.
    """
    compact = _TYPED_SEPARATORS.sub("", text).upper()
    if len(compact) != _RANDOM_LENGTH + 1 or any(char not in _VALUES for char in compact):
        return None
    if _check_character(compact[:-1]) != compact[-1]:
        return None
    formatted = _format(compact)
    assert _WIRE_FORM.match(formatted)
    return formatted


def is_valid_reference_code(text: str) -> bool:
    return normalize_reference_code(text) is not None
