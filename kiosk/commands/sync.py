"""``kiosk sync [--once]``: deliver the outbox to the backoffice.

Without ``--once`` it runs until SIGTERM or SIGINT (the systemd service); every wait ends at
once, and a request in flight gets a few seconds before it is cut (:mod:`sync.stop_request`),
``--once`` included. Logs one line per delivery: submission id and reference code, never
contents. Beside delivering, the daemon sends the fleet's heartbeats and takes the remote
config the backoffice answers with; the outbox's troubles (damage, an unwritable folder) are
handled and reported by :mod:`sync.delivery_service`, never a crash loop.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from config.logs import error_line
from config.office_url import InsecureOfficeUrlError
from config.schema import TerminalSettings
from kiosk import scanner_health
from sync.delivery_service import DeliveryService
from sync.device import DeviceCredentials, DeviceFileError, load_device
from sync.health import ScannerStatus, TerminalHealth
from sync.heartbeat import HeartbeatReporter
from sync.office_link import OfficeLink
from sync.outbox_reader import OutboxReading
from sync.remote_config import RemoteConfigStore, effective_settings, local_config_data
from sync.sd_notify import Notifier
from sync.stop_request import StopRequest

log = logging.getLogger("kiosk.sync")

# How often a daemon on a terminal that is not enrolled yet looks for device.json.
_ENROLLMENT_POLL_SECONDS = 10.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sync", help="deliver queued submissions to the backoffice (daemon, or --once)"
    )
    parser.add_argument("--once", action="store_true", help="try every queued item once, exit")
    parser.add_argument("--config", type=Path, metavar="FILE", help="terminal settings (TOML)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="data folder (overrides config)")
    parser.set_defaults(handler=_handle)


def _usable_device(data_dir: Path) -> DeviceCredentials | None:
    """The enrollment to deliver with, or None (not enrolled, or to an unencrypted address)."""
    device = load_device(data_dir)
    if device is None:
        return None
    try:
        OfficeLink(device.backoffice_url, TerminalSettings().sync)
    except InsecureOfficeUrlError as exc:
        log.error("device.json: %s; enroll again with 'kiosk enroll https://... TOKEN'", exc)
        return None
    return device


def _wait_for_enrollment(data_dir: Path, stop: StopRequest) -> DeviceCredentials | None:
    log.warning("terminal not enrolled; waiting for 'kiosk enroll URL TOKEN'")
    notifier = Notifier()  # started and alive while it waits: no restart loop under systemd
    notifier.ready()
    while not stop.wait(_ENROLLMENT_POLL_SECONDS):
        notifier.ping()
        device = _usable_device(data_dir)
        if device is not None:
            return device
    return None


def _handle(args: argparse.Namespace) -> int:
    # With the remote config the backoffice last sent, if it still fits the local file.
    settings = effective_settings(args.config, args.data)
    data_dir: Path = args.data or settings.device.data_dir
    stop = StopRequest.on_signals()
    try:
        device = _usable_device(data_dir)
        if device is None and args.once:
            not_enrolled = (
                "kiosk sync: this terminal is not enrolled (or enrolled at an unencrypted "
                "address); run 'kiosk enroll URL TOKEN'"
            )
            print(error_line(not_enrolled), file=sys.stderr)
            return 2
        if device is None:
            device = _wait_for_enrollment(data_dir, stop)
            if device is None:
                return 0
    except DeviceFileError as exc:
        print(error_line(f"kiosk sync: {exc}"), file=sys.stderr)
        return 2
    return _deliver(settings, data_dir, device, once=args.once, stop=stop, config=args.config)


def _deliver(
    settings: TerminalSettings,
    data_dir: Path,
    device: DeviceCredentials,
    *,
    once: bool,
    stop: StopRequest,
    config: Path | None = None,
) -> int:
    link = OfficeLink(device.backoffice_url, settings.sync, ca_file=settings.backoffice.ca_file)
    stop.when_stopping(link.stop)
    service = DeliveryService(data_dir, settings, device, link, stop)
    try:
        if once:
            counts = service.run_once()
            if counts is None:
                return 1
            log.info(
                "sync pass: %d delivered, %d to retry, %d quarantined, %d left for later",
                counts.delivered,
                counts.retrying,
                counts.quarantined,
                counts.not_tried,
            )
        else:
            service.run(
                lambda reading: _start_heartbeats(
                    settings, config, data_dir, device, reading, link, stop
                )
            )
    finally:
        link.close()
    return 0


def _start_heartbeats(
    settings: TerminalSettings,
    config_path: Path | None,
    data_dir: Path,
    device: DeviceCredentials,
    outbox: Callable[[], OutboxReading],
    link: OfficeLink,
    stop: StopRequest,
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
        data_dir,
    )
    return reporter.start(stop.event)
