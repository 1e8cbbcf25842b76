"""Maps what we want from a scan onto what a particular device offers.

Vendors name the same thing differently: the feeder is "ADF", "ADF Front", "Automatic Document
Feeder" or "ADF Duplex"; grey is "Gray", "Grayscale" or "True Gray"; colour is "Color" or
"24bit Color". We read each option's allowed values and pick the one that fits, or the nearest
allowed number for ranges and lists.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

OptionValue = str | int | float | bool


class Source(enum.StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


class ColourMode(enum.StrEnum):
    COLOUR = "colour"
    GREY = "grey"


class OptionKind(enum.Enum):
    BOOL = 0
    INT = 1
    FIXED = 2
    STRING = 3
    BUTTON = 4
    GROUP = 5


@dataclass(frozen=True)
class DeviceOption:
    """One SANE option as the device describes it: either a list of allowed values, or a
    range (min, max, step), or neither (anything goes)."""

    name: str
    kind: OptionKind
    allowed: tuple[OptionValue, ...] | None = None
    value_range: tuple[float, float, float] | None = None
    active: bool = True
    settable: bool = True

    def allowed_text(self) -> str:
        if self.kind is OptionKind.BOOL:
            return "yes, no"
        if self.allowed is not None:
            return ", ".join(str(value) for value in self.allowed)
        if self.value_range is not None:
            low, high, step = self.value_range
            return f"{low:g} to {high:g}" + (f" in steps of {step:g}" if step else "")
        return "any value"


@dataclass(frozen=True)
class ScanWish:
    source: Source = Source.FLATBED
    mode: ColourMode = ColourMode.COLOUR
    resolution: int = 300


class OptionError(ValueError):
    """A requested option or value the device does not offer; the message lists what it does."""


_SOURCE_WORDS = {
    Source.FEEDER: ("automatic document feeder", "adf front", "adf", "feeder", "document"),
    Source.FLATBED: ("flatbed", "platen", "glass", "normal"),
}
_MODE_WORDS = {
    ColourMode.COLOUR: ("color", "colour", "24bit color", "rgb"),
    ColourMode.GREY: ("gray", "grey", "grayscale", "true gray", "8bit gray"),
}


def pick_word(allowed: Sequence[OptionValue], preferences: Sequence[str]) -> str | None:
    """First allowed string matching a preference exactly, else one containing it."""
    texts = [str(value) for value in allowed]
    lowered = [text.lower() for text in texts]
    for word in preferences:
        if word in lowered:
            return texts[lowered.index(word)]
    for word in preferences:
        for text, low in zip(texts, lowered, strict=True):
            if word in low and "duplex" not in low and "back" not in low:
                return text
    return None


def nearest_number(option: DeviceOption, wanted: float) -> float:
    if option.allowed:
        numbers = [float(value) for value in option.allowed if not isinstance(value, str)]
        return min(numbers, key=lambda value: (abs(value - wanted), -value))
    if option.value_range is None:
        return wanted
    low, high, step = option.value_range
    value = min(max(wanted, low), high)
    if step > 0:
        value = low + round((value - low) / step) * step
    return min(value, high)


def settings_for(options: Sequence[DeviceOption], wish: ScanWish) -> dict[str, OptionValue]:
    """The option values that realise ``wish`` on this device (options it lacks are skipped)."""
    by_name = {option.name: option for option in options if option.active and option.settable}
    chosen: dict[str, OptionValue] = {}
    source = by_name.get("source")
    if source is not None and source.allowed:
        picked = pick_word(source.allowed, _SOURCE_WORDS[wish.source])
        if picked is None:
            raise OptionError(
                f"this scanner has no {wish.source.value}; source can be: {source.allowed_text()}"
            )
        chosen["source"] = picked
    mode = by_name.get("mode")
    if mode is not None and mode.allowed:
        picked = pick_word(mode.allowed, _MODE_WORDS[wish.mode])
        if picked is not None:
            chosen["mode"] = picked
    resolution = by_name.get("resolution")
    if resolution is not None:
        value = nearest_number(resolution, wish.resolution)
        chosen["resolution"] = int(value) if resolution.kind is OptionKind.INT else value
    return chosen


def parse_override(options: Sequence[DeviceOption], text: str) -> tuple[str, OptionValue]:
    """Turns ``KEY=VALUE`` from the command line into a checked option value."""
    key, sep, raw = text.partition("=")
    key = key.strip()
    by_name = {option.name: option for option in options if option.kind is not OptionKind.GROUP}
    if not sep or not key:
        raise OptionError(f"{text!r}: write options as KEY=VALUE, e.g. resolution=300")
    option = by_name.get(key) or by_name.get(key.replace("_", "-"))
    if option is None:
        known = ", ".join(sorted(name for name in by_name if name))
        raise OptionError(f"this scanner has no option {key!r}; it has: {known}")
    if not option.active or not option.settable:
        raise OptionError(f"option {option.name!r} cannot be set now on this scanner")
    return option.name, _checked_value(option, raw.strip())


def _checked_value(option: DeviceOption, raw: str) -> OptionValue:
    allowed = f"allowed values for {option.name!r}: {option.allowed_text()}"
    if option.kind is OptionKind.BOOL:
        if raw.lower() in ("yes", "true", "1", "on"):
            return True
        if raw.lower() in ("no", "false", "0", "off"):
            return False
        raise OptionError(f"{raw!r} is not allowed; {allowed}")
    if option.kind is OptionKind.STRING:
        if option.allowed is not None and raw not in [str(value) for value in option.allowed]:
            raise OptionError(f"{raw!r} is not allowed; {allowed}")
        return raw
    try:
        number = float(raw)
    except ValueError:
        raise OptionError(f"{raw!r} is not a number; {allowed}") from None
    if option.allowed is not None:
        if number not in [float(value) for value in option.allowed if not isinstance(value, str)]:
            raise OptionError(f"{raw!r} is not allowed; {allowed}")
    elif option.value_range is not None:
        low, high, _ = option.value_range
        if not low <= number <= high:
            raise OptionError(f"{raw!r} is out of range; {allowed}")
    return int(number) if option.kind is OptionKind.INT else number
