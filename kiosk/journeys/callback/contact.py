"""Checks and normalises what a citizen types as phone number and BG number."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

import phonenumbers

from contract.bounds import ascii_digits

DEFAULT_REGION = "DE"


class PhoneProblem(enum.Enum):
    MISSING = "missing"
    NOT_A_NUMBER = "not_a_number"
    INCOMPLETE = "incomplete"


class BgProblem(enum.Enum):
    MALFORMED = "malformed"


@dataclass(frozen=True)
class PhoneCheck:
    e164: str | None
    problem: PhoneProblem | None


def check_phone(text: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """A number a person could actually be called on, in E.164, or why not."""
    if not text.strip():
        return PhoneCheck(None, PhoneProblem.MISSING)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return PhoneCheck(None, PhoneProblem.NOT_A_NUMBER)
    # is_valid_number (not only is_possible) catches numbers with digits missing inside a
    # German area code plan, which is the common mistake at a terminal.
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(None, PhoneProblem.INCOMPLETE)
    return PhoneCheck(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None)


# "12345BG1234567" or "12345//1234567": office number (5 digits), marker, community number (7).
# Digits of other scripts (an Arabic keyboard types "١٢٣") count: they become ASCII first.
_BG = re.compile(r"^([0-9]{5})(?:BG|//)([0-9]{7})$")


@dataclass(frozen=True)
class BgCheck:
    normalised: str | None
    problem: BgProblem | None


def check_bg_number(text: str) -> BgCheck:
    """Optional: empty is fine. Case and spaces do not matter; stored as 12345BG1234567."""
    compact = re.sub(r"\s+", "", ascii_digits(text)).upper()
    if not compact:
        return BgCheck(None, None)
    match = _BG.match(compact)
    if not match:
        return BgCheck(None, BgProblem.MALFORMED)
    return BgCheck(f"{match[1]}BG{match[2]}", None)
