"""The admin screen's status report: gathered in a worker thread, shown as label/value rows."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import requests

from config.office_url import InsecureOfficeUrlError
from config.schema import TerminalSettings
from config.version import software_version
from kiosk import scanner_health
from sync.device import DeviceFileError, load_device
from sync.health import MediaDevices, ScannerStatusFile
from sync.office_link import OfficeLink
from sync.outbox_files import outbox_path
from sync.outbox_reader import read_outbox
from sync.outbox_summary import SubmissionState
from sync.reachability import ask_health


@dataclass(frozen=True)
class ReportRow:
    key: str  # stable, for tests and the QML objectName
    label: str
    value: str


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024:
            return f"{count:.0f} {unit}"
        count /= 1024
    return f"{count:.1f} TB"


def _moment(value: dt.datetime | None) -> str:
    return "never" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def reachability(url: str, settings: TerminalSettings) -> str:
    """The office's health check, over the terminal's own link (TLS as set, bounded)."""
    try:
        link = OfficeLink(url, settings.sync, ca_file=settings.backoffice.ca_file)
    except InsecureOfficeUrlError as exc:
        return str(exc)
    try:
        answer = ask_health(link)
    except requests.RequestException as exc:
        return f"not reachable ({type(exc).__name__})"
    finally:
        link.close()
    return "reachable" if answer.status_code == 200 else f"HTTP {answer.status_code}"


def gather(
    settings: TerminalSettings, data_dir: Path, media: MediaDevices | None = None
) -> list[ReportRow]:
    rows = [ReportRow("version", "Version", software_version())]
    try:
        device = load_device(data_dir, with_token=False)
    except DeviceFileError:
        device = None
    rows.append(
        ReportRow(
            "terminal", "Terminal id", "not enrolled" if device is None else str(device.device_id)
        )
    )
    rows.append(ReportRow("location", "Location", settings.site.location))
    url = str(settings.backoffice.url) if device is None else device.backoffice_url
    rows.append(ReportRow("backoffice", "Backoffice", f"{url}: {reachability(url, settings)}"))
    # Read-only, as kiosk status reads it: a damaged or unwritable outbox is a line, not a crash.
    reading = read_outbox(data_dir)
    summary = reading.summary
    if outbox_path(data_dir).exists() and summary is not None:
        queued = summary.totals[SubmissionState.QUEUED]
        oldest = _moment(summary.oldest_undelivered_at) if summary.oldest_undelivered_at else "none"
        rows.append(
            ReportRow(
                "queue",
                "Queue",
                f"{queued.items} items, {_size(queued.payload_bytes)}, oldest {oldest}",
            )
        )
        rows.append(ReportRow("last_delivery", "Last delivery", _moment(summary.last_delivered_at)))
    else:
        rows.append(ReportRow("queue", "Queue", "empty" if summary else "cannot be read"))
        rows.append(ReportRow("last_delivery", "Last delivery", "never"))
    if reading.problem is not None:
        rows.append(ReportRow("outbox_problem", "Outbox problem", reading.problem))
    disk = shutil.disk_usage(data_dir if data_dir.exists() else data_dir.parent)
    rows.append(ReportRow("disk", "Disk free", f"{_size(disk.free)} of {_size(disk.total)}"))
    try:
        found = scanner_health.found_devices(settings.scanner)
    except Exception as exc:  # SANE missing or broken: say so, never crash the admin screen
        found = [f"SANE error: {type(exc).__name__}"]
    rows.append(ReportRow("scanners", "Scanners found", ", ".join(found) or "none"))
    status = ScannerStatusFile(data_dir).read()
    rows.append(
        ReportRow(
            "scanner_state",
            "Scanner state",
            "not checked yet"
            if status is None
            else f"{status.health.value} ({_moment(status.at)})",
        )
    )
    media = media or MediaDevices()
    rows.append(ReportRow("camera", "Camera", media.camera().value))
    rows.append(ReportRow("microphone", "Microphone", media.microphone().value))
    return rows
