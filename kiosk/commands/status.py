"""``kiosk status [--json]``: enrollment and outbox figures for IT. No personal data.

It only reads (:mod:`sync.outbox_reader`): a read-only data folder, a damaged outbox or one
just salvaged each get one line, never a traceback. Ages are never negative: an item queued
while the clock ran ahead is shown as new, with a note that the clock jumped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from config import load_terminal_settings
from contract.sealing import key_fingerprint
from sync.device import DeviceCredentials, DeviceFileError, load_device
from sync.outbox_reader import OutboxReading, empty_summary, read_outbox
from sync.salvage_report import SalvageReport

# An item queued more than this far in the future of the clock now means the clock jumped.
_CLOCK_SLACK = dt.timedelta(minutes=1)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="show enrolment and delivery status")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--config", type=Path, metavar="FILE", help="terminal settings (TOML)")
    parser.add_argument("--data", type=Path, metavar="DIR", help="data folder (overrides config)")
    parser.set_defaults(handler=_handle)


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _salvage(report: SalvageReport | None) -> dict[str, Any] | None:
    if report is None:
        return None
    return {
        "at": _iso(report.at),
        "damaged_copy": report.damaged_copy,
        "findings": report.findings,
        "salvaged": report.salvaged,
        "salvaged_undelivered": report.salvaged_undelivered,
        "missing": [
            {
                "submission_id": None if item.submission_id is None else str(item.submission_id),
                "reference_code": item.reference_code,
                "kind": item.kind,
                "created_at": _iso(item.created_at),
                "reason": item.reason,
            }
            for item in report.missing
        ],
        "unassigned_files": report.unassigned_files,
    }


def _report(
    device: DeviceCredentials | None, configured_url: str, reading: OutboxReading, now: dt.datetime
) -> dict[str, Any]:
    summary = reading.summary or empty_summary()
    oldest = summary.oldest_undelivered_at
    ahead = oldest is not None and oldest > now + _CLOCK_SLACK
    return {
        "enrolled": device is not None,
        "device_id": None if device is None else str(device.device_id),
        "office_name": None if device is None else device.office_name,
        "backoffice_url": configured_url if device is None else device.backoffice_url,
        "office_key_fingerprint": None
        if device is None
        else key_fingerprint(device.backoffice_public_key),
        # The device token sealed to this machine's TPM (a copied disk cannot use it).
        "credentials_sealed": None if device is None else device.token_sealed,
        "outbox_readable": reading.summary is not None,
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
            None if oldest is None else round(max(0.0, (now - oldest).total_seconds()), 1)
        ),
        # The oldest item was queued "in the future": the clock was ahead then, or is behind now.
        "clock_jump": ahead,
        "last_delivery_at": _iso(summary.last_delivered_at),
        # A full disk first: it stops delivery results from being recorded at all.
        "last_error": summary.current_error,
        "last_error_at": _iso(summary.last_error_at),
        "problems": reading.problems,
        "salvage": _salvage(reading.salvage),
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
    if report["office_key_fingerprint"]:
        lines.append(f"Office key:  {report['office_key_fingerprint']}")
    if report["credentials_sealed"] is not None:
        lines.append(
            "Credentials: "
            + (
                "sealed to this machine's TPM"
                if report["credentials_sealed"]
                else "not sealed to hardware (no TPM: a copy of the data folder can pose as "
                "this terminal)"
            )
        )
    for state, figures in report["outbox"].items():
        lines.append(
            f"{state.capitalize() + ':':<13}{figures['items']} items, {figures['bytes']} bytes"
        )
    age = report["oldest_undelivered_age_seconds"]
    lines.append(f"Oldest undelivered: {'none' if age is None else _age(age) + ' old'}")
    if report["clock_jump"]:
        lines[-1] += " (queued later than this clock's now: the clock was ahead then or jumped)"
    lines.append(f"Last delivery:      {report['last_delivery_at'] or 'never'}")
    for item in report["quarantined"]:
        lines.append(f"Quarantined {item['submission_id']} ({item['kind']}): {item['reason']}")
    error = report["last_error"]
    lines.append(f"Last error:         {'none' if error is None else error}")
    if error is not None:
        lines[-1] += f" (at {report['last_error_at']})"
    lines += [f"Problem:            {problem}" for problem in report["problems"]]
    salvage = report["salvage"]
    if salvage is not None:
        lines.append(f"Damaged outbox kept in {salvage['damaged_copy']} (delete it once read)")
        lines += [
            f"  not salvaged: {item['reference_code'] or '?'} {item['submission_id'] or ''} "
            f"({item['kind'] or 'kind unknown'}, {item['reason']})"
            for item in salvage["missing"]
        ]
    return "\n".join(lines)


def _handle(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    try:
        device = load_device(data_dir, with_token=False)
    except DeviceFileError as exc:
        print(f"kiosk status: {exc}", file=sys.stderr)
        return 2
    report = _report(
        device, str(settings.backoffice.url), read_outbox(data_dir), dt.datetime.now(dt.UTC)
    )
    print(json.dumps(report, indent=2) if args.json else _text(report))
    return 0
