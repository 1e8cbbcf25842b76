"""``kiosk requeue ID|--all``: send quarantined submissions again, once IT fixed the cause.

Safe while ``kiosk sync`` runs (one ``BEGIN IMMEDIATE`` transaction on the shared outbox): the
daemon takes the items with its next pass. Prints what was requeued and why it had been
quarantined, and warns about what cannot work yet (a sealed file gone, an earlier office key).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from config import load_terminal_settings
from contract.sealing import key_id, public_key_from_b64
from sync.device import DeviceFileError, load_device
from sync.outbox import Outbox, outbox_path
from sync.outbox_lock import OutboxBusyError
from sync.outbox_quarantine import Held
from sync.outbox_summary import SubmissionState


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "requeue",
        help="send quarantined submissions again (after the cause was fixed)",
        description="Put quarantined submissions back in the queue; the delivery service "
        "sends them with its next pass. 'kiosk status' lists what is quarantined and why.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "id",
        nargs="?",
        metavar="ID",
        help="a submission id (or its first 8 characters) or a reference code like K7F-3QX",
    )
    which.add_argument("--all", action="store_true", help="every quarantined submission")
    parser.add_argument("--config", type=Path, metavar="FILE", help="terminal settings (TOML)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="data folder (overrides config)")
    parser.set_defaults(handler=_handle)


def _describe(item: Held) -> str:
    since = "" if item.at is None else f" since {item.at:%Y-%m-%d %H:%M} UTC"
    return (
        f"{item.submission_id} ({item.kind.value}, {item.reference_code}), quarantined"
        f"{since}: {item.reason or 'no reason recorded'}"
    )


def _warnings(item: Held, current_key: str | None) -> list[str]:
    warnings = []
    if item.missing_files:
        warnings.append(
            f"  warning: {item.missing_files} of its sealed files are gone; the office cannot "
            "take it and it will be quarantined again"
        )
    if current_key is not None and item.sealed_to not in (None, current_key):
        warnings.append(
            f"  note: sealed to the earlier office key {item.sealed_to}: it is delivered only "
            "if the office still holds that key"
        )
    return warnings


def _handle(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    if not outbox_path(data_dir).exists():
        print(f"kiosk requeue: no outbox in {data_dir}: nothing was ever queued", file=sys.stderr)
        return 1
    try:
        device = load_device(data_dir, with_token=False)
    except DeviceFileError:
        device = None
    current = None if device is None else key_id(public_key_from_b64(device.backoffice_public_key))
    try:
        with Outbox(outbox_path(data_dir)) as outbox:
            held = outbox.quarantined.all() if args.all else outbox.quarantined.find(args.id)
            if not args.all and not held:
                print(f"kiosk requeue: no submission {args.id} in the outbox", file=sys.stderr)
                return 1
            chosen = [item for item in held if item.state is SubmissionState.QUARANTINED]
            if not chosen:
                return _nothing(args, held)
            done = set(outbox.quarantined.requeue([i.submission_id for i in chosen], _now()))
    except (OSError, sqlite3.Error, OutboxBusyError) as exc:
        print(f"kiosk requeue: the outbox cannot be changed: {exc}", file=sys.stderr)
        return 1
    print(f"Requeued {len(done)} submission(s); the delivery service sends them next:")
    for item in chosen:
        if item.submission_id in done:
            print(f"  {_describe(item)}")
            for line in _warnings(item, current):
                print(line)
    return 0


def _nothing(args: argparse.Namespace, held: list[Held]) -> int:
    if args.all:
        print("Nothing to requeue: no submission is quarantined.")
        return 0
    for item in held:
        print(
            f"kiosk requeue: {item.submission_id} ({item.reference_code}) is "
            f"{item.state.value}, not quarantined: nothing to do",
            file=sys.stderr,
        )
    return 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
