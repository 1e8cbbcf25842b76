"""The retention period in the backoffice's settings: 0 to 90 whole days, anything else is a
one-line error naming the key, so the backoffice does not start with a mistyped period."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import ConfigError
from config.loader import load_backoffice_settings

EXAMPLE = Path(__file__).parents[2] / "config" / "examples" / "backoffice.toml"


def test_a_week_by_default_and_the_example_file_is_valid() -> None:
    assert load_backoffice_settings(None).efile_keep_after_handover_days == 7
    example = load_backoffice_settings(EXAMPLE)
    assert example.office_name == "Jobcenter Hildesheim"
    assert example.efile_keep_after_handover_days == 7


@pytest.mark.parametrize("days", [1, 90])
def test_one_to_ninety_days_are_taken(tmp_path: Path, days: int) -> None:
    path = tmp_path / "backoffice.toml"
    path.write_text(f"efile_keep_after_handover_days = {days}\n", encoding="utf-8")
    assert load_backoffice_settings(path).efile_keep_after_handover_days == days


@pytest.mark.parametrize("value", ["91", "0", "-1", "7.5", '"7"', "true", '"7 Tage"'])
def test_other_values_are_refused_naming_the_key(tmp_path: Path, value: str) -> None:
    path = tmp_path / "backoffice.toml"
    path.write_text(f"efile_keep_after_handover_days = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_backoffice_settings(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: efile_keep_after_handover_days: ")
    assert "whole number of days from 1 to 90" in message
    assert "\n" not in message
