"""Phone and BG numbers as citizens type them."""

from __future__ import annotations

import pytest

from kiosk.journeys.callback.contact import BgProblem, PhoneProblem, check_bg_number, check_phone


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0171 2345678", "+491712345678"),
        ("0171/234 56 78", "+491712345678"),
        ("+49 5121 969-0", "+4951219690"),
        ("0049 30 1234567", "+49301234567"),
        ("+43 1 5124444", "+4315124444"),
    ],
)
def test_callable_numbers_are_stored_as_e164(typed: str, e164: str) -> None:
    assert check_phone(typed).e164 == e164


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", PhoneProblem.MISSING),
        ("   ", PhoneProblem.MISSING),
        ("0171 23", PhoneProblem.INCOMPLETE),
        ("12", PhoneProblem.INCOMPLETE),
        ("Erika", PhoneProblem.NOT_A_NUMBER),
    ],
)
def test_impossible_numbers_say_why(typed: str, problem: PhoneProblem) -> None:
    check = check_phone(typed)
    assert (check.e164, check.problem) == (None, problem)


@pytest.mark.parametrize(
    "typed",
    [
        "12345BG1234567",
        "12345//1234567",
        "12345bg1234567",
        " 12345 BG 1234567 ",
        "12345 // 1234567",
    ],
)
def test_bg_numbers_in_both_spellings_are_normalised(typed: str) -> None:
    assert check_bg_number(typed).normalised == "12345BG1234567"


def test_no_bg_number_is_fine() -> None:
    assert check_bg_number("  ") == check_bg_number("")
    assert check_bg_number("").problem is None


@pytest.mark.parametrize("typed", ["1234BG1234567", "12345-1234567", "12345BG123456", "BG"])
def test_wrong_bg_numbers_are_reported(typed: str) -> None:
    assert check_bg_number(typed).problem is BgProblem.MALFORMED
