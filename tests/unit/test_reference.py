"""Reference codes: what a citizen reads out over the phone must be checkable by staff."""

from __future__ import annotations

import re

import pytest

from contract.submissions import REFERENCE_PATTERN
from sync.reference import (
    ALPHABET,
    is_valid_reference_code,
    new_reference_code,
    normalize_reference_code,
)


def _sample_codes(count: int) -> list[str]:
    return [new_reference_code() for _ in range(count)]


def test_new_codes_match_the_wire_pattern_and_are_valid() -> None:
    codes = _sample_codes(2000)
    assert all(re.fullmatch(REFERENCE_PATTERN, code) for code in codes)
    assert all(is_valid_reference_code(code) for code in codes)
    # Random, not a counter: 2000 draws from ~6.4 million codes hardly collide.
    assert len(set(codes)) >= 1995


def test_alphabet_is_the_one_of_the_wire_contract() -> None:
    assert f"[{ALPHABET}]" in REFERENCE_PATTERN
    assert len(ALPHABET) == 23


@pytest.mark.parametrize(
    "typed", ["{code}", "{lower}", "{compact}", "{lower_compact}", " {code} ", "{spaced}"]
)
def test_typed_forms_normalise_to_the_printed_code(typed: str) -> None:
    code = new_reference_code()
    compact = code.replace("-", "")
    text = typed.format(
        code=code,
        lower=code.lower(),
        compact=compact,
        lower_compact=compact.lower(),
        spaced=f"{compact[:3]} {compact[3:]}",
    )
    assert normalize_reference_code(text) == code


def test_every_single_character_typo_is_detected() -> None:
    # Wrong characters include those outside the alphabet (0, O, 1, I, ...): people mishear.
    wrong_characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    checked = 0
    for code in _sample_codes(300):
        chars = list(code.replace("-", ""))
        for position in range(6):
            for replacement in wrong_characters:
                if replacement == chars[position]:
                    continue
                typo = chars.copy()
                typo[position] = replacement
                assert not is_valid_reference_code("".join(typo)), (code, position, replacement)
                checked += 1
    assert checked == 300 * 6 * 35


def _valid_code_with(fixed: dict[int, str]) -> str:
    """A valid code with the given characters at the given positions (0..5, 5 = check)."""
    free = next(position for position in (5, 0) if position not in fixed)
    chars = ["3"] * 6
    for position, char in fixed.items():
        chars[position] = char
    for candidate in ALPHABET:
        chars[free] = candidate
        if is_valid_reference_code("".join(chars)):
            return "".join(chars)
    raise AssertionError(f"no valid code with {fixed}")


def test_every_adjacent_transposition_is_detected() -> None:
    # The check is a weighted sum, so the other characters do not matter: checking every pair
    # of distinct characters at every adjacent position (check character included) covers all.
    checked = 0
    for position in range(5):
        for first in ALPHABET:
            for second in ALPHABET:
                if first == second:
                    continue
                code = list(_valid_code_with({position: first, position + 1: second}))
                code[position], code[position + 1] = code[position + 1], code[position]
                assert not is_valid_reference_code("".join(code)), (first, second, position)
                checked += 1
    assert checked == 5 * 23 * 22


@pytest.mark.parametrize(
    "text",
    ["", "K7F-3Q", "K7F-3QXX", "K0F-3QX", "K7F/3QX", "ÄÖÜ-ÄÖÜ", "K7F-3QX-", "12345678"],
)
def test_malformed_text_is_not_a_code(text: str) -> None:
    assert normalize_reference_code(text) is None
