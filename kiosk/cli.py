"""The ``kiosk`` command: one subcommand per module in ``kiosk.commands``.

Each module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Heavy imports (Qt, SANE) happen inside the handlers, so
``kiosk status`` stays fast and works on a machine without Qt libraries.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from config import ConfigError
from config.logs import configure_logging, error_line
from config.version import software_version

COMMANDS = ["run", "demo", "sync", "status", "enroll", "scan", "check_page", "admin_pin"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Bürgerterminal on the terminal")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--version", action="version", version=f"%(prog)s {software_version()}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kiosk.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    try:
        result: int = args.handler(args)
    except ConfigError as exc:
        print(error_line(f"kiosk: configuration error:\n{exc}"), file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
