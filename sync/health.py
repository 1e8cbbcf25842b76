"""What a terminal knows about its own health, for heartbeats and the admin screen.

The UI writes the scanner's last state to ``scanner-status.json`` in the data folder after each
scan run (it owns the scanner while it runs); ``kiosk sync`` reads it. Camera and microphone are
looked for in the places the kernel lists them. Nothing here holds personal data.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from config.version import software_version
from contract.fleet import Heartbeat, Presence, QueueFigures, ScannerHealth, SealingReport
from durable.files import write_file_atomically
from sync.device import DeviceFileError, load_device
from sync.outbox_reader import OutboxReading, empty_summary
from sync.outbox_summary import OutboxSummary, SubmissionState

log = logging.getLogger(__name__)

SCANNER_STATUS_FILE = "scanner-status.json"
# Scanner faults from scanner.faults.ScanFault.it_status → what the fleet page shows.
_HEALTH_BY_FAULT = {
    "jammed": ScannerHealth.JAMMED,
    "cover_open": ScannerHealth.COVER_OPEN,
    "device_not_found": ScannerHealth.NOT_FOUND,
    "access_denied": ScannerHealth.NOT_FOUND,
    "io_error": ScannerHealth.ERROR,
    "out_of_memory": ScannerHealth.ERROR,
    "unknown_error": ScannerHealth.ERROR,
}

ScannerProbe = Callable[[], "ScannerStatus"]


def health_for_fault(it_status: str | None) -> ScannerHealth:
    """``None`` (no fault) and harmless ends of a run (empty feeder, cancel) are ``OK``."""
    if it_status is None:
        return ScannerHealth.OK
    return _HEALTH_BY_FAULT.get(it_status, ScannerHealth.OK)


class ScannerStatus(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    health: ScannerHealth
    device: str = ""
    at: AwareDatetime


class ScannerStatusFile:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SCANNER_STATUS_FILE

    def write(self, status: ScannerStatus) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_file_atomically(self.path, status.model_dump_json().encode("utf-8"), mode=0o600)

    def read(self) -> ScannerStatus | None:
        try:
            return ScannerStatus.model_validate_json(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError):
            log.warning("%s is unreadable; ignoring it", self.path)
            return None


@dataclass(frozen=True)
class MediaDevices:
    """Where Linux lists cameras and capture devices; a test points it at its own folder."""

    dev: Path = Path("/dev")
    asound: Path = Path("/proc/asound")

    def camera(self) -> Presence:
        return Presence.PRESENT if any(self.dev.glob("video[0-9]*")) else Presence.MISSING

    def microphone(self) -> Presence:
        if not self.asound.exists():
            return Presence.UNKNOWN
        # pcmNc: a capture stream of card N.
        found = any(self.asound.glob("card*/pcm*c"))
        return Presence.PRESENT if found else Presence.MISSING


class TerminalHealth:
    """Collects one :class:`Heartbeat` from the outbox, the data folder and the devices.

    ``outbox`` gives the outbox's figures and problems as the delivery daemon sees them (it
    may be closed, unwritable or just salvaged); ``credentials_sealed`` whether the device
    token is sealed to this machine's TPM."""

    def __init__(
        self,
        data_dir: Path,
        outbox: Callable[[], OutboxReading],
        *,
        credentials_sealed: bool | None = None,
        scanner_probe: ScannerProbe | None = None,
        media: MediaDevices | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        monotonic: Callable[[], float] = time.monotonic,
        probe_every: dt.timedelta = dt.timedelta(minutes=5),
    ) -> None:
        self._data_dir = data_dir
        self._outbox = outbox
        self._credentials_sealed = credentials_sealed
        self._status_file = ScannerStatusFile(data_dir)
        self._probe = scanner_probe
        self._media = media or MediaDevices()
        self._clock = clock
        self._monotonic = monotonic
        self._probed_at: float | None = None
        # A SANE look takes seconds and wakes the scanner: not with every heartbeat.
        self._probe_every = probe_every
        self._probed: ScannerStatus | None = None

    def scanner(self) -> ScannerStatus | None:
        # What the UI saw last wins: it is the only one who scanned. The probe is for terminals
        # whose UI is not running (or has not scanned since the file was removed).
        status = self._status_file.read()
        if status is not None or self._probe is None:
            return status
        probed_at = self._probed_at
        every = self._probe_every.total_seconds()
        if probed_at is None or self._monotonic() - probed_at >= every:
            self._probed_at = self._monotonic()
            try:
                self._probed = self._probe()
            except Exception as exc:  # a broken SANE backend must not stop heartbeats
                log.warning("scanner probe failed: %s", type(exc).__name__)
        return self._probed

    def collect(self, interval_seconds: float, config_sha256: str = "") -> Heartbeat:
        now = self._clock()
        reading = self._outbox()
        summary = reading.summary or empty_summary()
        queued = summary.totals[SubmissionState.QUEUED]
        oldest = summary.oldest_undelivered_at
        disk = shutil.disk_usage(self._data_dir)
        scanner = self.scanner()
        return Heartbeat(
            sent_at=now,
            interval_seconds=interval_seconds,
            software_version=software_version(),
            python_version=platform.python_version(),
            scanner=ScannerHealth.UNKNOWN if scanner is None else scanner.health,
            scanner_device="" if scanner is None else scanner.device[:200],
            camera=self._media.camera(),
            microphone=self._media.microphone(),
            queue=QueueFigures(
                items=queued.items,
                bytes=queued.payload_bytes,
                quarantined=summary.totals[SubmissionState.QUARANTINED].items,
                oldest_age_seconds=None
                if oldest is None
                else max(0.0, (now - oldest).total_seconds()),
            ),
            last_delivery_at=summary.last_delivered_at,
            disk_free_bytes=disk.free,
            disk_total_bytes=disk.total,
            last_error=None if summary.current_error is None else summary.current_error[:200],
            config_sha256=config_sha256,
            outbox_problem=reading.problem,
            credentials_sealed=self._credentials_sealed,
            sealing=self._sealing(reading.summary),
        )

    def _sealing(self, summary: OutboxSummary | None) -> SealingReport | None:
        """Only once the office has named its key: then it knows the field (contract.fleet).
        Not while the outbox cannot be read: no report keeps every office key alive."""
        if summary is None:
            return None
        try:
            device = load_device(self._data_dir, with_token=False)
        except DeviceFileError:
            return None
        if device is None or device.backoffice_key_id is None:
            return None
        # At most 50 keys fit the report; more would mean rotations far faster than delivery.
        busiest = sorted(summary.undelivered_by_key.items(), key=lambda item: -item[1])[:50]
        return SealingReport(key_id=device.backoffice_key_id, queued_by_key=dict(busiest))
