"""``kiosk demo``: backoffice, enrollment, sync daemon and UI together on this machine.

Added to the ``kiosk`` command through the entry point group ``buergerterminal.kiosk_commands``
(see ``kiosk.cli``). Importing this module fails with ``ImportError`` while the demo's extra
packages (``pip install '.[demo]'``) are missing: ``kiosk`` then says how to install them.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from demo.walks import ALL_WALKS, walks_argument

# The optional extra ``demo`` in pyproject.toml: the staff side of the demo's call and the
# console screenshots drive Chromium through Playwright.
EXTRA_PACKAGES = ("playwright",)


def _missing_extra() -> list[str]:
    return [name for name in EXTRA_PACKAGES if importlib.util.find_spec(name) is None]


if _missing_extra():
    raise ImportError(f"{', '.join(_missing_extra())} missing")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="run backoffice, sync and terminal UI together (headless without a display)"
    )
    parser.add_argument(
        "--data", type=Path, help="data folder (emptied first; default: a new temp folder)"
    )
    parser.add_argument(
        "--port", type=int, default=8470, help="backoffice port (default 8470, or a free one)"
    )
    parser.add_argument(
        "--screenshots", type=Path, help="where the headless run writes screenshots"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--headless",
        dest="headless",
        action="store_true",
        default=None,
        help="walk the journey offscreen even if a display is present",
    )
    mode.add_argument(
        "--windowed",
        dest="headless",
        action="store_false",
        help="open the UI in a window (needs a display)",
    )
    parser.add_argument(
        "--no-wait",
        dest="wait",
        action="store_false",
        help="headless: exit after the walk instead of keeping the backoffice up",
    )
    parser.add_argument(
        "--walk",
        type=walks_argument,
        default=ALL_WALKS,
        metavar="WALKS",
        help="headless: which journeys the terminal walks, comma-separated, of callback,"
        " documents, video, tour (default: callback,documents,video; tour photographs every"
        " screen in three shapes)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from demo.stack import DemoError, plan_from_args, run_demo

    try:
        plan = plan_from_args(
            args.data, args.port, args.screenshots, args.headless, args.wait, args.walk
        )
        return run_demo(plan)
    except DemoError as exc:
        print(f"kiosk demo: {exc}", file=sys.stderr)
        return 1
