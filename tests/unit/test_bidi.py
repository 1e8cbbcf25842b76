"""Numbers, times, ranges and codes isolated left to right for Arabic text (kiosk.bidi)."""

from __future__ import annotations

import pytest

from kiosk.bidi import LRI, PDI, isolate_numbers, ltr


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("الإثنين–الجمعة 8–12، الخميس 14–18", "الإثنين–الجمعة ‹8–12›، الخميس ‹14–18›"),
        ("Pzt–Cum 08.00–12.00", "Pzt–Cum ‹08.00–12.00›"),
        ("Rufen Sie 0171 2345678 an", "Rufen Sie ‹0171 2345678› an"),
        ("Nummer K7F-3QX", "Nummer ‹K7F-3QX›"),
        ("12345BG1234567", "‹12345BG1234567›"),
        ("Montag bis Freitag", "Montag bis Freitag"),  # no number: untouched
    ],
)
def test_each_run_of_numbers_becomes_one_left_to_right_unit(text: str, isolated: str) -> None:
    shown = isolate_numbers(text).replace(LRI, "‹").replace(PDI, "›")
    assert shown == isolated


def test_text_already_isolated_is_not_isolated_twice() -> None:
    once = isolate_numbers("8–12")
    assert isolate_numbers(once) == once
    assert ltr("+49 5121 969-0") == f"{LRI}+49 5121 969-0{PDI}"
    assert ltr("") == ""
