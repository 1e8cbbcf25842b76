"""Which scanner, which source, which settings: the office's config turned into scan requests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from config.schema import ScannerSettings
from scanner.faults import ScanFault, ScanFaultError
from scanner.options import ColourMode, ScanWish, Source
from scanner.sane_device import ScanRequest, list_devices


class ScanPlanner(Protocol):
    @property
    def source(self) -> Source: ...

    def request(self, single: bool) -> ScanRequest:
        """The next run's request; called in the scan thread (it may ask SANE for devices)."""
        ...


@dataclass(frozen=True)
class ConfiguredScanner:
    """The scanner from ``[scanner]``; an empty device name means the first one SANE finds."""

    settings: ScannerSettings

    @property
    def source(self) -> Source:
        return Source(self.settings.source.value)

    def request(self, single: bool) -> ScanRequest:
        wish = ScanWish(self.source, ColourMode.COLOUR, self.settings.resolution)
        return ScanRequest(
            device_name=self.settings.device or _first_device(),
            wish=wish,
            overrides=tuple(self.settings.options),
            max_pages=1 if single else None,
        )


def _first_device() -> str:
    devices = list_devices()
    if not devices:
        raise ScanFaultError(ScanFault.NOT_FOUND, "SANE finds no scanner")
    return devices[0].name
