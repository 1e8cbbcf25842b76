"""What ``kiosk sync`` does for the fleet beside delivering: heartbeats and remote config."""

from __future__ import annotations

import threading
from pathlib import Path

from config.schema import TerminalSettings
from kiosk.admin import scanner_health
from sync.device import DeviceCredentials
from sync.health import ScannerStatus, TerminalHealth
from sync.heartbeat import HeartbeatReporter
from sync.office_tls import office_session
from sync.outbox import Outbox
from sync.remote_config import RemoteConfigStore, local_config_data


def start_heartbeats(
    settings: TerminalSettings,
    config_path: Path | None,
    data_dir: Path,
    device: DeviceCredentials,
    outbox: Outbox,
    stop: threading.Event,
) -> threading.Thread:
    def probe() -> ScannerStatus:
        return scanner_health.probe(settings.scanner)

    health = TerminalHealth(data_dir, outbox, scanner_probe=probe)
    session = office_session(settings.backoffice.ca_file, "buergerterminal-kiosk-sync")
    reporter = HeartbeatReporter(
        device,
        settings.sync,
        session,
        health.collect,
        RemoteConfigStore(data_dir, local_config_data(config_path)),
        data_dir,
    )
    return reporter.start(stop)
