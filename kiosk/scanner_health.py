"""The scanner's state for IT: a quick SANE look (is it there?) and a test scan (does it work?).

Both run in the calling thread and may take seconds: call them from a worker, never the GUI.
Both record what they found in the data folder's scanner status file, which heartbeats report.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from config.schema import ScannerSettings
from contract.fleet import ScannerHealth
from sync.health import ScannerStatus, ScannerStatusFile, health_for_fault

if TYPE_CHECKING:  # the scanner's modules load numpy: only when a scan runs
    from scanner.page_checks import PageCheck

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TestScanResult:
    status: ScannerStatus
    # What the page checks found on each page (blank, cut off, skew, …).
    checks: tuple[PageCheck, ...]


def _use_sane_config(settings: ScannerSettings) -> None:
    if settings.sane_config_dir is not None:
        os.environ["SANE_CONFIG_DIR"] = str(settings.sane_config_dir)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def found_devices(settings: ScannerSettings) -> list[str]:
    from scanner.sane_device import list_devices

    _use_sane_config(settings)
    return [f"{d.name} ({d.label})" if d.label else d.name for d in list_devices()]


def probe(settings: ScannerSettings) -> ScannerStatus:
    """Present or not, without scanning (a jam shows only when paper moves)."""
    from scanner.sane_device import list_devices

    _use_sane_config(settings)
    names = [device.name for device in list_devices()]
    wanted = settings.device or (names[0] if names else "")
    health = ScannerHealth.OK if wanted and wanted in names else ScannerHealth.NOT_FOUND
    return ScannerStatus(health=health, device=wanted, at=_now())


def test_scan(settings: ScannerSettings, data_dir: Path) -> TestScanResult:
    """Scans one page as a citizen would and records the outcome for the next heartbeat."""
    from scanner.options import ScanWish
    from scanner.pipeline import process_page
    from scanner.sane_device import ScanRequest, list_devices, run_scan

    _use_sane_config(settings)
    device = settings.device
    if not device:
        devices = list_devices()
        device = devices[0].name if devices else ""
    checks: list[PageCheck] = []
    if not device:
        status = ScannerStatus(health=ScannerHealth.NOT_FOUND, device="", at=_now())
    else:
        run = run_scan(ScanRequest(device, ScanWish(), tuple(settings.options), max_pages=1))
        for page in run.pages:
            checks.append(process_page(page.image, page.dpi).check)
        fault = None if run.fault is None else run.fault.it_status
        status = ScannerStatus(health=health_for_fault(fault), device=device, at=_now())
    ScannerStatusFile(data_dir).write(status)
    log.info("test scan on %r: scanner %s", status.device, status.health.value)
    return TestScanResult(status, tuple(checks))
