"""``kiosk scan``: a headless scan through the citizen's pipeline, for IT staff.

    kiosk scan --device NAME [--source flatbed|feeder] [--option KEY=VALUE ...] --out FILE.pdf

Prints each page's checks and writes the PDF/A with its SHA-256. Exit status: 0 all pages
scanned, 1 a scanner fault (pages before it are still written), 2 bad options or usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from durable.files import write_file_atomically


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("scan", help="scan headless to a PDF/A (for IT staff)")
    parser.add_argument("--device", help="SANE device name, e.g. 'fujitsu:fi-7160:1234'")
    parser.add_argument("--list-devices", action="store_true", help="list scanners and exit")
    parser.add_argument("--source", choices=["flatbed", "feeder"], default="flatbed")
    parser.add_argument("--mode", choices=["colour", "grey"], default="colour")
    parser.add_argument("--resolution", type=int, default=300)
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set a device option (checked against the values the device allows)",
    )
    parser.add_argument("--max-pages", type=int, default=None)
    parser.add_argument("--out", type=Path, help="where to write the PDF/A")
    parser.add_argument("--terminal-id", default=socket.gethostname())
    parser.add_argument("--json", action="store_true", help="page checks as JSON lines")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from scanner.options import ColourMode, OptionError, ScanWish, Source
    from scanner.pipeline import build_document, process_page
    from scanner.sane_device import ScanRequest, list_devices, run_scan

    logging.getLogger("pikepdf").setLevel(logging.WARNING)  # its start-up notice is noise here
    if args.list_devices:
        for device in list_devices():
            print(f"{device.name}\t{device.label}\t{device.kind}")
        return 0
    if not args.device or not args.out:
        print("kiosk scan: --device and --out are required", file=sys.stderr)
        return 2
    wish = ScanWish(Source(args.source), ColourMode(args.mode), args.resolution)
    request = ScanRequest(args.device, wish, tuple(args.option), args.max_pages)
    try:
        run = run_scan(request)
    except OptionError as exc:
        print(f"kiosk scan: {exc}", file=sys.stderr)
        return 2
    processed = []
    for page in run.pages:
        result = process_page(page.image, page.dpi)
        processed.append(result)
        line = {"page": page.number, "dpi": page.dpi, **result.check.as_dict()}
        print(json.dumps(line) if args.json else _human(line))
    if run.fault is not None:
        print(
            f"kiosk scan: scanner fault after {len(run.pages)} page(s): {run.fault.it_status}",
            file=sys.stderr,
        )
    if not processed:
        print("kiosk scan: no pages scanned, nothing written", file=sys.stderr)
        return 1
    label = run.device.label if run.device and run.device.label else str(args.device)
    settings = {**run.settings, "source": args.source}
    document = build_document(
        processed, args.terminal_id, label, settings, datetime.now(UTC).astimezone()
    )
    # A PDF for IT to pass on: readable like any file the shell writes, not private.
    write_file_atomically(args.out, document.data, mode=0o644)
    print(f"{args.out}: {document.page_count} page(s), {len(document.data)} bytes")
    print(f"sha256 {document.sha256}")
    return 1 if run.fault is not None else 0


def _human(line: dict[str, object]) -> str:
    cut = ",".join(str(edge) for edge in line["cut_off"]) or "-"  # type: ignore[attr-defined]
    return (
        f"page {line['page']}: encoding={line['encoding']} blank={line['blank']} "
        f"cut_off={cut} skew={line['skew_degrees']}° too_dark={line['too_dark']} "
        f"too_light={line['too_light']}"
    )
