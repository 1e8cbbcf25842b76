"""The ``kiosk`` command: one subcommand per module in ``kiosk.commands``.

Each module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Heavy imports (Qt, SANE) happen inside the handlers, so
``kiosk status`` stays fast and works on a machine without Qt libraries.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from config import ConfigError

COMMANDS = [
    "run",
    "demo",
    "sync",
    "status",
    "enroll",
    "requeue",
    "scan",
    "check_page",
    "admin_pin",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Bürgerterminal on the terminal")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kiosk.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Whatever the terminal writes is its own (data folder, temporary scans): no file a library
    # creates with its defaults is readable by other users.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        result: int = args.handler(args)
    except ConfigError as exc:
        print(f"kiosk: configuration error:\n{exc}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
