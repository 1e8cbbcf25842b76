"""``kiosk sync [--once]``: deliver the outbox to the backoffice.

Without ``--once`` it runs until SIGTERM or SIGINT (the systemd service); a delivery in progress
is finished first (at most the read timeout). Logs one line per delivery: submission id and
reference code, never contents. Beside delivering, the daemon sends the fleet's heartbeats and
takes the remote config the backoffice answers with.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from config.logs import error_line
from config.schema import TerminalSettings
from kiosk import scanner_health
from sync.delivery import Courier
from sync.device import DeviceCredentials, DeviceFileError, load_device
from sync.health import ScannerStatus, TerminalHealth
from sync.heartbeat import HeartbeatReporter
from sync.office_tls import office_session
from sync.outbox import Outbox, outbox_path
from sync.remote_config import RemoteConfigStore, effective_settings, local_config_data
from sync.sd_notify import Notifier

log = logging.getLogger("kiosk.sync")

SYNC_AGENT = "buergerterminal-kiosk-sync"

# A sealed file younger than this may belong to a submission the UI is committing right now.
_ORPHAN_GRACE = dt.timedelta(hours=1)
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


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        log.info("%s received; stopping after the current delivery", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    return stop


def _wait_for_enrollment(data_dir: Path, stop: threading.Event) -> DeviceCredentials | None:
    log.warning("terminal not enrolled; waiting for 'kiosk enroll URL TOKEN'")
    notifier = Notifier()  # started and alive while it waits: no restart loop under systemd
    notifier.ready()
    while not stop.wait(_ENROLLMENT_POLL_SECONDS):
        notifier.ping()
        device = load_device(data_dir)
        if device is not None:
            return device
    return None


def _handle(args: argparse.Namespace) -> int:
    # With the remote config the backoffice last sent, if it still fits the local file.
    settings = effective_settings(args.config, args.data)
    data_dir: Path = args.data or settings.device.data_dir
    stop = _stop_on_signals()
    try:
        device = load_device(data_dir)
        if device is None and args.once:
            not_enrolled = "kiosk sync: this terminal is not enrolled; run 'kiosk enroll URL TOKEN'"
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
    stop: threading.Event,
    config: Path | None = None,
) -> int:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with (
        Outbox(outbox_path(data_dir)) as outbox,
        office_session(settings.backoffice.ca_file, SYNC_AGENT) as session,
    ):
        # Sealed files a crash left without their outbox row (never the other way round).
        orphans = outbox.remove_orphan_files(dt.datetime.now(dt.UTC), _ORPHAN_GRACE)
        if orphans:
            log.info("removed %d sealed file(s) without an outbox row", orphans)
        courier = Courier(outbox, device, settings.sync, session)
        if once:
            counts = courier.run_once()
            log.info(
                "sync pass: %d delivered, %d to retry, %d quarantined, %d left for later",
                counts.delivered,
                counts.retrying,
                counts.quarantined,
                counts.not_tried,
            )
        else:
            log.info("delivering to %s", device.backoffice_url)
            heartbeats = _start_heartbeats(settings, config, data_dir, device, outbox, stop)
            notifier = Notifier()
            notifier.ready()
            courier.run_forever(stop, alive=notifier.ping)
            notifier.stopping()
            heartbeats.join(settings.sync.read_timeout_seconds)
            log.info("stopped")
    return 0


def _start_heartbeats(
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
    session = office_session(settings.backoffice.ca_file, SYNC_AGENT)
    reporter = HeartbeatReporter(
        device,
        settings.sync,
        session,
        health.collect,
        RemoteConfigStore(data_dir, local_config_data(config_path)),
        data_dir,
    )
    return reporter.start(stop)
