"""The hotline inside a failure message stays one left-to-right unit, in every language: in
Arabic text an unisolated "+49 5121 969-0" is shown as "0-969 5121 49+"."""

from __future__ import annotations

import pytest

from kiosk.journeys.callback.submission import SubmitFailure
from kiosk.journeys.callback.texts import submit_failure_text

LRI, PDI, NBSP = "\u2066", "\u2069", "\u00a0"


@pytest.mark.parametrize("reason", list(SubmitFailure))
def test_the_hotline_is_isolated_left_to_right_and_unbroken(reason: SubmitFailure) -> None:
    text = submit_failure_text(reason, "+49 5121 969-0")

    assert f"{LRI}+49{NBSP}5121{NBSP}969-0{PDI}" in text
