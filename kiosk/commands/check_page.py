"""``kiosk check-page FILE... [--json]``: run the page checks on image files and PDFs.

For IT staff and for tuning: the same checks the kiosk runs on every scanned page. One line
per page (a JSON object with ``--json``), every page of a multi-page TIFF or PDF. A file or
page that cannot be checked (unreadable, far too many pixels, a PDF page without a scan) is
reported with a sentence and the rest of the batch goes on; the exit status is then 1.
(:mod:`scanner.page_image` opens the files.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and Pillow load only when the command runs
    from scanner.page_checks import PageCheck


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check-page", help="check scanned page images (blank, cut off, skew, dark, light)"
    )
    parser.add_argument(
        "images",
        nargs="+",
        metavar="FILE",
        type=Path,
        help="PNG, TIFF (every page), JPEG, or a PDF of scanned pages (every page)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--dpi", type=float, default=None, help="scan resolution if the file does not say (300)"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from scanner.page_checks import check_page
    from scanner.page_image import PageRefused, page_images

    status = 0
    for path in args.images:
        for page in page_images(path):
            where = {"file": str(path)}
            if page.pages is not None and page.pages > 1:
                where |= {"page": str(page.page), "pages": str(page.pages)}
            if isinstance(page, PageRefused):
                status = 1
                _refused(where, page.reason, as_json=args.json)
                continue
            check = check_page(page.image, args.dpi or page.dpi or 300.0)
            if args.json:
                print(json.dumps({**where, **check.as_dict()}), flush=True)
            else:
                print(f"{_label(where)}: {_human(check)}", flush=True)
    return status


def _label(where: dict[str, str]) -> str:
    if "page" in where:
        return f"{where['file']} page {where['page']} of {where['pages']}"
    return where["file"]


def _refused(where: dict[str, str], reason: str, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({**where, "error": reason}), flush=True)
    print(f"kiosk check-page: {_label(where)}: {reason}", file=sys.stderr, flush=True)


def _human(check: PageCheck) -> str:
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
    return f"{verdict} (skew {check.skew_degrees:.1f}°, encode as {check.encoding.value})"
