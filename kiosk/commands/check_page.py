"""``kiosk check-page IMAGE... [--json]``: run the page checks on image files.

For IT staff and for tuning: the same checks the kiosk runs on every scanned page. One line per
image (a JSON object with ``--json``); an unreadable image is reported and skipped, and the exit
status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check-page", help="check scanned page images (blank, cut off, skew, dark, light)"
    )
    parser.add_argument("images", nargs="+", metavar="IMAGE", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--dpi", type=float, default=None, help="scan resolution if the file does not say (300)"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from PIL import Image, UnidentifiedImageError

    from scanner.page_checks import check_page

    status = 0
    for path in args.images:
        try:
            with Image.open(path) as opened:
                opened.load()
                image = opened.convert("RGB") if opened.mode not in ("L", "RGB") else opened
                dpi = args.dpi or _file_dpi(opened.info.get("dpi"))
                check = check_page(image, dpi)
        except (OSError, UnidentifiedImageError, ValueError) as exc:
            print(f"kiosk check-page: cannot read {path}: {_reason(exc)}", file=sys.stderr)
            status = 1
            continue
        result = {"file": str(path), **check.as_dict()}
        print(json.dumps(result) if args.json else _human(path, check))
    return status


def _file_dpi(value: object) -> float:
    if isinstance(value, tuple) and value and isinstance(value[0], int | float) and value[0] > 1:
        return float(value[0])
    return 300.0


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return "not an image Pillow can read" if "identify" in str(exc) else str(exc)


def _human(path: Path, check: object) -> str:
    from scanner.page_checks import PageCheck

    assert isinstance(check, PageCheck)
    findings = []
    if check.blank:
        findings.append("blank")
    if check.cut_off:
        findings.append("cut off at " + ", ".join(edge.value for edge in check.cut_off))
    if check.needs_deskew:
        findings.append(f"skewed by {check.skew_degrees:.1f}°")
    if check.too_dark:
        findings.append("too dark")
    if check.too_light:
        findings.append("too light")
    verdict = "; ".join(findings) if findings else "ok"
    return f"{path}: {verdict} (skew {check.skew_degrees:.1f}°, encode as {check.encoding.value})"
