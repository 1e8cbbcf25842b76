"""The ``backoffice`` command: one subcommand per module in ``backoffice.commands``.

Each module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Errors meant for IT (bad config, missing data folder, refused
input) print one message and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from sqlalchemy.exc import OperationalError

from backoffice.datadir import DataDirError
from backoffice.staff import StaffError
from config import ConfigError
from config.logs import configure_logging, error_line
from config.version import software_version

COMMANDS = [
    "init",
    "serve",
    "add_staff",
    "interpreter",
    "enrollment_token",
    "revoke_device",
    "fleet",
    "rotate_key",
    "keys",
    "retire_key",
    "backup",
    "restore",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backoffice", description="Bürgerterminal backoffice for one office"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--version", action="version", version=f"%(prog)s {software_version()}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"backoffice.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    # Alembic reports every check at INFO; only real changes matter to IT.
    logging.getLogger("alembic").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        result: int = args.handler(args)
    except ConfigError as exc:
        print(error_line(f"backoffice: configuration error:\n{exc}"), file=sys.stderr)
        return 2
    except (DataDirError, StaffError) as exc:
        print(error_line(f"backoffice: {exc}"), file=sys.stderr)
        return 2
    except OperationalError as exc:
        # The database is unreachable or refuses us: the driver's first line says why (it
        # names host, port and user, never the password).
        reason = str(exc.orig or exc).strip().splitlines()[0]
        print(f"backoffice: cannot use the database: {reason}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
