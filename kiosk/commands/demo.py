"""``kiosk demo``: not built yet (placeholder so the command list is complete)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="(not available yet)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    print("kiosk demo: not available in this version", file=sys.stderr)
    return 2
