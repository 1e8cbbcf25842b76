"""What ``kiosk sync`` does for the fleet beside delivering: heartbeats and remote config."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from config.schema import TerminalSettings
from kiosk.admin import scanner_health
from sync.device import DeviceCredentials
from sync.health import ScannerStatus, TerminalHealth
from sync.heartbeat import HeartbeatReporter
from sync.office_link import OfficeLink
from sync.outbox_reader import OutboxReading
from sync.remote_config import RemoteConfigStore, local_config_data


def start_heartbeats(
    settings: TerminalSettings,
    config_path: Path | None,
    data_dir: Path,
    device: DeviceCredentials,
    outbox: Callable[[], OutboxReading],
    link: OfficeLink,
    stop: threading.Event,
) -> threading.Thread:
    def probe() -> ScannerStatus:
        return scanner_health.probe(settings.scanner)

    health = TerminalHealth(
        data_dir, outbox, scanner_probe=probe, credentials_sealed=device.token_sealed
    )
    reporter = HeartbeatReporter(
        device,
        settings.sync,
        link,
        health.collect,
        RemoteConfigStore(data_dir, local_config_data(config_path)),
    )
    return reporter.start(stop)
