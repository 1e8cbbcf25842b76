"""``kiosk run``: the terminal UI (full screen), or a scripted walk through it for screenshots."""

from __future__ import annotations

import argparse
from pathlib import Path

from demo.walks import Walk, walks_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("run", help="start the terminal user interface")
    parser.add_argument("--config", type=Path, help="terminal settings (TOML)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    parser.add_argument(
        "--data", type=Path, help="data folder (outbox, device file); overrides the config"
    )
    parser.add_argument(
        "--walkthrough",
        type=Path,
        metavar="SCREENSHOT_DIR",
        help="walk the callback journey by itself, save screenshots there, then exit",
    )
    parser.add_argument(
        "--walk",
        type=walks_argument,
        default=frozenset({Walk.CALLBACK, Walk.DOCUMENTS}),
        metavar="WALKS",
        help="with --walkthrough: which journeys, comma-separated, of callback, documents,"
        " video (default: callback,documents; video needs a staff side, see kiosk demo)",
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from kiosk.app import run  # Qt is imported only when the UI actually starts

    return run(args)
