"""The admin screen's status report: gathered in a worker thread, shown as label/value rows.

Each row says in words what IT needs to know; its ``detail`` (shown behind "Details") holds
the exact device strings, full ids and exception classes. The words come from
``kiosk.admin.wording`` (German, or English on an English terminal).
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import requests
from PySide6.QtCore import QCoreApplication

from config.office_url import InsecureOfficeUrlError
from config.schema import TerminalSettings
from config.version import software_version
from kiosk import scanner_health
from kiosk.admin.wording import (
    connection_problem,
    health_words,
    presence_words,
    short_id,
    technical,
)
from sync.device import DeviceFileError, load_device
from sync.health import MediaDevices, ScannerStatusFile
from sync.office_link import OfficeLink
from sync.outbox_reader import OutboxReading, read_outbox
from sync.outbox_summary import SubmissionState
from sync.reachability import HEALTH_PATH, ask_health


@dataclass(frozen=True)
class ReportRow:
    key: str  # stable, for tests and the QML objectName
    label: str
    value: str
    detail: str = ""
    monospace: bool = False  # an id or code, shown in a fixed-width font


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024:
            return f"{count:.0f} {unit}"
        count /= 1024
    return f"{count:.1f} TB"


def _moment(value: dt.datetime | None) -> str:
    return (
        QCoreApplication.translate("Admin", "never")
        if value is None
        else value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    )


def reachability(url: str, settings: TerminalSettings) -> tuple[str, str]:
    """Whether the office answers its health check over the terminal's own link (TLS as set,
    bounded): words, and the technical detail."""
    try:
        link = OfficeLink(url, settings.sync, ca_file=settings.backoffice.ca_file)
    except InsecureOfficeUrlError as exc:
        return QCoreApplication.translate("Admin", "not reachable"), str(exc)
    try:
        answer = ask_health(link)
    except requests.RequestException as exc:
        return connection_problem(exc), technical(exc)
    finally:
        link.close()
    if answer.status_code == 200:
        return QCoreApplication.translate("Admin", "reachable"), f"GET {HEALTH_PATH}: 200"
    return QCoreApplication.translate(
        "Admin", "answers with an error"
    ), f"GET {HEALTH_PATH}: HTTP {answer.status_code}"


def gather(
    settings: TerminalSettings, data_dir: Path, media: MediaDevices | None = None
) -> list[ReportRow]:
    rows = [
        ReportRow("version", QCoreApplication.translate("Admin", "Version"), software_version())
    ]
    try:
        device = load_device(data_dir, with_token=False)
    except DeviceFileError:
        device = None
    if device is None:
        rows.append(
            ReportRow(
                "terminal",
                QCoreApplication.translate("Admin", "Terminal id"),
                QCoreApplication.translate("Admin", "not enrolled"),
            )
        )
    else:
        full = str(device.device_id)
        rows.append(
            ReportRow(
                "terminal",
                QCoreApplication.translate("Admin", "Terminal id"),
                short_id(full),
                full,
                True,
            )
        )
    rows.append(
        ReportRow(
            "location", QCoreApplication.translate("Admin", "Location"), settings.site.location
        )
    )
    url = str(settings.backoffice.url) if device is None else device.backoffice_url
    words, detail = reachability(url, settings)
    rows.append(
        ReportRow(
            "backoffice", QCoreApplication.translate("Admin", "Office"), words, f"{url}\n{detail}"
        )
    )
    rows.extend(_queue_rows(data_dir))
    disk = shutil.disk_usage(data_dir if data_dir.exists() else data_dir.parent)
    free = (
        QCoreApplication.translate("Admin", "%1 of %2")
        .replace("%1", _size(disk.free))
        .replace("%2", _size(disk.total))
    )
    rows.append(ReportRow("disk", QCoreApplication.translate("Admin", "Disk free"), free))
    rows.extend(_scanner_rows(settings, data_dir))
    media = media or MediaDevices()
    rows.append(
        ReportRow(
            "camera", QCoreApplication.translate("Admin", "Camera"), presence_words(media.camera())
        )
    )
    rows.append(
        ReportRow(
            "microphone",
            QCoreApplication.translate("Admin", "Microphone"),
            presence_words(media.microphone()),
        )
    )
    return rows


def _problem_words(reading: OutboxReading) -> str:
    """The kind of problem in words; the exact lines are the row's detail."""
    if reading.folder_unwritable:
        return QCoreApplication.translate(
            "Admin", "the data folder cannot be written: nothing can be stored or sent"
        )
    if reading.summary is None:
        return QCoreApplication.translate("Admin", "the queue cannot be read")
    if reading.damaged:
        return QCoreApplication.translate(
            "Admin", "the queue is damaged: the sync service repairs it when it starts"
        )
    lost = len(reading.salvage.missing) if reading.salvage is not None else 0
    return QCoreApplication.translate(
        "Admin", "repaired after damage; %n submission(s) lost (see Details)", "", lost
    )


def _queue_rows(data_dir: Path) -> list[ReportRow]:
    # Read-only, as kiosk status reads it: a damaged or unwritable outbox is a row, not a crash.
    reading = read_outbox(data_dir)
    summary = reading.summary
    problem = (
        []
        if reading.problem is None
        else [
            ReportRow(
                "outbox_problem",
                QCoreApplication.translate("Admin", "Outbox problem"),
                _problem_words(reading),
                reading.problem,
            )
        ]
    )
    # No outbox file yet reads as an empty queue (read_outbox gives empty totals).
    if summary is None:
        value, last = QCoreApplication.translate("Admin", "cannot be read"), None
    else:
        queued = summary.totals[SubmissionState.QUEUED]
        value = QCoreApplication.translate("Admin", "empty")
        if queued.items:
            value = (
                QCoreApplication.translate(
                    "Admin", "%n item(s) waiting, %1, the oldest from %2", "", queued.items
                )
                .replace("%1", _size(queued.payload_bytes))
                .replace("%2", _moment(summary.oldest_undelivered_at))
            )
        last = summary.last_delivered_at
    return [
        ReportRow("queue", QCoreApplication.translate("Admin", "Queue"), value),
        ReportRow(
            "last_delivery", QCoreApplication.translate("Admin", "Last delivery"), _moment(last)
        ),
        *problem,
    ]


def _scanner_rows(settings: TerminalSettings, data_dir: Path) -> list[ReportRow]:
    try:
        found = scanner_health.found_devices(settings.scanner)
        names, detail = [name.split(" (")[0] for name in found], "\n".join(found)
    except Exception as exc:  # SANE missing or broken: say so, never crash the admin screen
        names, detail = [], technical(exc)
    value = ", ".join(names) if names else QCoreApplication.translate("Admin", "none")
    status = ScannerStatusFile(data_dir).read()
    state = (
        health_words(status.health)
        if status is not None
        else QCoreApplication.translate("Admin", "not checked yet")
    ) + (f" ({_moment(status.at)})" if status is not None else "")
    return [
        ReportRow("scanners", QCoreApplication.translate("Admin", "Scanners found"), value, detail),
        ReportRow(
            "scanner_state",
            QCoreApplication.translate("Admin", "Scanner state"),
            state,
            status.device if status else "",
        ),
    ]
