"""``kiosk run``: the terminal UI (full screen)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("run", help="start the terminal user interface")
    parser.add_argument("--config", type=Path, help="terminal settings (TOML)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    parser.add_argument(
        "--data", type=Path, help="data folder (outbox, device file); overrides the config"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from kiosk.app import run  # Qt is imported only when the UI actually starts

    return run(args)
