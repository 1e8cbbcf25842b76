"""``kiosk enroll URL TOKEN``: connect this terminal to its office's backoffice."""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path

from config import load_terminal_settings
from sync.device import DeviceFileError, device_file, load_device
from sync.enrollment import EnrollmentError, enroll


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "enroll",
        help="enroll this terminal at a backoffice with a one-time token",
        description="Trade a token from 'backoffice enrollment-token' for this terminal's "
        "credentials, saved in the data folder.",
    )
    parser.add_argument("url", metavar="URL", help="the backoffice's address, e.g. https://…")
    parser.add_argument("token", metavar="TOKEN", help="the one-time enrollment token")
    parser.add_argument("--config", type=Path, metavar="FILE", help="terminal settings (TOML)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="data folder (overrides config)")
    parser.add_argument(
        "--name", default=socket.gethostname()[:100] or "terminal", help="name shown to IT"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    try:
        previous = load_device(data_dir)
    except DeviceFileError as exc:
        print(f"kiosk enroll: replacing a damaged device file: {exc}", file=sys.stderr)
        previous = None
    if previous is not None:
        print(
            f"kiosk enroll: replacing the enrollment as device {previous.device_id} "
            f"at {previous.backoffice_url}",
            file=sys.stderr,
        )
    timeouts = (settings.sync.connect_timeout_seconds, settings.sync.read_timeout_seconds)
    try:
        device = enroll(
            args.url,
            args.token,
            data_dir,
            args.name,
            ca_file=settings.backoffice.ca_file,
            timeouts=timeouts,
        )
    except EnrollmentError as exc:
        print(f"kiosk enroll: {exc}", file=sys.stderr)
        return 1
    print(
        f"Enrolled at {device.office_name} ({device.backoffice_url}) as device "
        f"{device.device_id}; credentials saved in {device_file(data_dir)}."
    )
    if previous is not None:
        print("Restart the delivery service (kiosk sync) so it uses the new credentials.")
    return 0
