"""``kiosk enroll URL TOKEN``: connect this terminal to its office's backoffice."""

from __future__ import annotations

import argparse
import socket
import sqlite3
import sys
from pathlib import Path

from config import load_terminal_settings
from contract.sealing import key_fingerprint, key_id, public_key_from_b64
from sync.device import DeviceCredentials, DeviceFileError, device_file, load_device
from sync.enrollment import EnrollmentError, enroll
from sync.outbox import Outbox, outbox_path
from sync.outbox_lock import OutboxBusyError


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
    parser.add_argument(
        "--expect-key",
        metavar="FINGERPRINT",
        help="the office key's fingerprint as 'backoffice init' printed it; enrollment stops "
        "and saves nothing if the office answers with another key (default: not checked)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    try:
        previous = load_device(data_dir, with_token=False)
    except DeviceFileError as exc:
        print(f"kiosk enroll: replacing a damaged device file: {exc}", file=sys.stderr)
        previous = None
    if previous is not None:
        print(
            f"kiosk enroll: replacing the enrollment as device {previous.device_id} "
            f"at {previous.backoffice_url}",
            file=sys.stderr,
        )
    try:
        device = enroll(
            args.url,
            args.token,
            data_dir,
            args.name,
            settings=settings.sync,
            ca_file=settings.backoffice.ca_file,
            expect_key=args.expect_key,
        )
    except EnrollmentError as exc:
        print(f"kiosk enroll: {exc}", file=sys.stderr)
        return 1
    print(
        f"Enrolled at {device.office_name} ({device.backoffice_url}) as device "
        f"{device.device_id}; credentials saved in {device_file(data_dir)}."
    )
    print(f"Office key fingerprint: {key_fingerprint(device.backoffice_public_key)}")
    if device.token_sealed:
        print("The device token is sealed to this machine's TPM.")
    else:
        print(
            "kiosk enroll: no TPM found: the device token is kept in device.json (mode 0600); "
            "a copy of the data folder could pose as this terminal",
            file=sys.stderr,
        )
    for line in _sealed_to_earlier_keys(data_dir, previous, device):
        print(f"kiosk enroll: {line}", file=sys.stderr)
    if previous is not None:
        print("Restart the delivery service (kiosk sync) so it uses the new credentials.")
    return 0


def _sealed_to_earlier_keys(
    data_dir: Path, previous: DeviceCredentials | None, device: DeviceCredentials
) -> list[str]:
    """Warnings for undelivered items the new office key cannot open."""
    if not outbox_path(data_dir).exists():
        return []
    current = key_id(public_key_from_b64(device.backoffice_public_key))
    earlier = None
    if previous is not None:
        earlier = key_id(public_key_from_b64(previous.backoffice_public_key))
    try:
        with Outbox(outbox_path(data_dir)) as outbox:
            counts = outbox.quarantined.sealed_to_other_keys(current, earlier)
    except (OSError, sqlite3.Error, OutboxBusyError) as exc:
        return [f"could not look into the outbox ({type(exc).__name__}): see 'kiosk status'"]
    return [
        f"{items} item(s) are sealed to the previous office key {key} (this office's key is "
        f"{current}): they stay queued and are delivered once the office holds that key in "
        "its keyring; if it cannot open them they are quarantined with that reason, and "
        "'kiosk requeue --all' sends them again once it can"
        for key, items in sorted(counts.items())
    ]
