"""``kiosk sync``: not built yet (placeholder so the command list is complete)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sync", help="(not available yet)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    print("kiosk sync: not available in this version", file=sys.stderr)
    return 2
