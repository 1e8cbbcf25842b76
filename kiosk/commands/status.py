"""``kiosk status [--json]``: enrollment and outbox figures for IT. No personal data."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from config import load_terminal_settings
from sync.device import DeviceCredentials, DeviceFileError, load_device
from sync.outbox import Outbox, OutboxSummary, StateTotals, SubmissionState, outbox_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="show enrollment and delivery status")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--config", type=Path, metavar="FILE", help="terminal settings (TOML)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="data folder (overrides config)")
    parser.set_defaults(handler=_handle)


def _summary(data_dir: Path) -> OutboxSummary:
    path = outbox_path(data_dir)
    if not path.exists():
        # Nothing was ever queued; do not create the database just to look at it.
        empty = {state: StateTotals() for state in SubmissionState}
        return OutboxSummary(empty, None, None, None, None)
    with Outbox(path) as outbox:
        return outbox.summary()


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _report(
    device: DeviceCredentials | None, configured_url: str, summary: OutboxSummary, now: dt.datetime
) -> dict[str, Any]:
    oldest = summary.oldest_undelivered_at
    return {
        "enrolled": device is not None,
        "device_id": None if device is None else str(device.device_id),
        "office_name": None if device is None else device.office_name,
        "backoffice_url": configured_url if device is None else device.backoffice_url,
        "outbox": {
            state.value: {
                "items": totals.items,
                "bytes": totals.payload_bytes + totals.attachment_bytes,
            }
            for state, totals in summary.totals.items()
        },
        # Of those bytes, the sealed files (scanned documents).
        "attachment_bytes": {
            state.value: totals.attachment_bytes for state, totals in summary.totals.items()
        },
        "quarantined": [
            {
                "submission_id": str(item.submission_id),
                "kind": item.kind.value,
                "reason": item.reason,
                "at": _iso(item.quarantined_at),
            }
            for item in summary.quarantined
        ],
        "oldest_undelivered_age_seconds": (
            None if oldest is None else round((now - oldest).total_seconds(), 1)
        ),
        "last_delivery_at": _iso(summary.last_delivered_at),
        # A full disk first: it stops delivery results from being recorded at all.
        "last_error": summary.current_error,
        "last_error_at": _iso(summary.last_error_at),
    }


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def _text(report: dict[str, Any]) -> str:
    lines = []
    if report["enrolled"]:
        lines.append(f"Enrolled:    yes, device {report['device_id']} at {report['office_name']}")
    else:
        lines.append("Enrolled:    no (run 'kiosk enroll URL TOKEN')")
    lines.append(f"Backoffice:  {report['backoffice_url']}")
    for state, figures in report["outbox"].items():
        lines.append(
            f"{state.capitalize() + ':':<13}{figures['items']} items, {figures['bytes']} bytes"
        )
    age = report["oldest_undelivered_age_seconds"]
    lines.append(f"Oldest undelivered: {'none' if age is None else _age(age) + ' old'}")
    lines.append(f"Last delivery:      {report['last_delivery_at'] or 'never'}")
    for item in report["quarantined"]:
        lines.append(f"Quarantined {item['submission_id']} ({item['kind']}): {item['reason']}")
    error = report["last_error"]
    lines.append(f"Last error:         {'none' if error is None else error}")
    if error is not None:
        lines[-1] += f" (at {report['last_error_at']})"
    return "\n".join(lines)


def _handle(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    try:
        device = load_device(data_dir)
    except DeviceFileError as exc:
        print(f"kiosk status: {exc}", file=sys.stderr)
        return 2
    report = _report(
        device, str(settings.backoffice.url), _summary(data_dir), dt.datetime.now(dt.UTC)
    )
    print(json.dumps(report, indent=2) if args.json else _text(report))
    return 0
