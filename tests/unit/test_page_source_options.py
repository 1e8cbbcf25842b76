"""Mapping our wishes (feeder/flatbed, colour/grey, 300 dpi) onto vendors' option values."""

from __future__ import annotations

import pytest

from scanner.options import (
    ColourMode,
    DeviceOption,
    OptionError,
    OptionKind,
    ScanWish,
    Source,
    parse_override,
    settings_for,
)

FUJITSU = [
    DeviceOption("source", OptionKind.STRING, ("ADF Front", "ADF Back", "ADF Duplex")),
    DeviceOption("mode", OptionKind.STRING, ("Lineart", "Halftone", "Gray", "Color")),
    DeviceOption("resolution", OptionKind.INT, value_range=(50, 600, 1)),
]
EPSON = [
    DeviceOption("source", OptionKind.STRING, ("Flatbed", "Automatic Document Feeder")),
    DeviceOption("mode", OptionKind.STRING, ("Binary", "Gray", "Color")),
    DeviceOption("resolution", OptionKind.INT, (75, 150, 200, 360, 600)),
]
BROTHER = [
    DeviceOption(
        "source", OptionKind.STRING, ("FlatBed", "Automatic Document Feeder(left aligned)")
    ),
    DeviceOption("mode", OptionKind.STRING, ("Black & White", "True Gray", "24bit Color[Fast]")),
    DeviceOption("resolution", OptionKind.FIXED, value_range=(100.0, 1200.0, 0.0)),
]


def test_fujitsu_feeder_in_grey() -> None:
    chosen = settings_for(FUJITSU, ScanWish(Source.FEEDER, ColourMode.GREY, 300))
    assert chosen == {"source": "ADF Front", "mode": "Gray", "resolution": 300}


def test_epson_nearest_resolution_from_a_list() -> None:
    chosen = settings_for(EPSON, ScanWish(Source.FLATBED, ColourMode.COLOUR, 300))
    assert chosen == {"source": "Flatbed", "mode": "Color", "resolution": 360}


def test_brother_words_and_fixed_range() -> None:
    chosen = settings_for(BROTHER, ScanWish(Source.FEEDER, ColourMode.COLOUR, 300))
    assert chosen["source"] == "Automatic Document Feeder(left aligned)"
    assert chosen["mode"] == "24bit Color[Fast]"
    assert chosen["resolution"] == 300.0
    assert settings_for(BROTHER, ScanWish(mode=ColourMode.GREY))["mode"] == "True Gray"


def test_a_scanner_without_feeder_says_what_it_has() -> None:
    flatbed_only = [DeviceOption("source", OptionKind.STRING, ("Flatbed", "Transparency Unit"))]
    with pytest.raises(OptionError, match="Flatbed, Transparency Unit"):
        settings_for(flatbed_only, ScanWish(Source.FEEDER))


def test_overrides_are_checked_against_allowed_values() -> None:
    assert parse_override(EPSON, "mode=Gray") == ("mode", "Gray")
    assert parse_override(FUJITSU, "resolution=400") == ("resolution", 400)
    with pytest.raises(OptionError, match="Binary, Gray, Color"):
        parse_override(EPSON, "mode=Grey")
    with pytest.raises(OptionError, match="50 to 600"):
        parse_override(FUJITSU, "resolution=1200")
    with pytest.raises(OptionError, match="it has: mode, resolution, source"):
        parse_override(EPSON, "brightness=3")
    with pytest.raises(OptionError, match="KEY=VALUE"):
        parse_override(EPSON, "mode")
