"""The ``kiosk`` command: one subcommand per module in ``kiosk.commands``.

Each module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> int``. Heavy imports (Qt, SANE) happen inside the handlers, so
``kiosk status`` stays fast and works on a machine without Qt libraries.

Other packages may add a subcommand through an entry point in the group
:data:`PLUGIN_GROUP` (the demo adds ``kiosk demo`` so; the product never imports it). One whose
package or extra dependencies are missing is still listed, and says how to install it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from importlib.metadata import entry_points

from config import ConfigError
from config.logs import configure_logging, error_line
from config.version import software_version

COMMANDS = ["run", "sync", "status", "enroll", "requeue", "scan", "check_page", "admin_pin"]
PLUGIN_GROUP = "buergerterminal.kiosk_commands"
# Where a plugin command comes from: the optional extra of the same name.
_INSTALL_HINT = "pip install '.[{name}]' (from the source folder)"

type Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Bürgerterminal on the terminal")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--version", action="version", version=f"%(prog)s {software_version()}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kiosk.commands.{name}").register(subparsers)
    _register_plugins(subparsers)
    return parser


def _register_plugins(subparsers: Subparsers) -> None:
    for entry in sorted(entry_points(group=PLUGIN_GROUP), key=lambda entry: entry.name):
        try:
            register = entry.load()
        except ImportError as missing:
            _register_missing(subparsers, entry.name, str(missing))
        else:
            register(subparsers)


def _register_missing(subparsers: Subparsers, name: str, reason: str) -> None:
    hint = _INSTALL_HINT.format(name=name)
    parser = subparsers.add_parser(name, help=f"not installed here; {hint}", add_help=False)

    def handler(args: argparse.Namespace) -> int:
        print(f"kiosk {name}: not installed here ({reason}); {hint}", file=sys.stderr)
        return 2

    # Whatever options follow are the missing command's: the answer is the same for all.
    parser.set_defaults(handler=handler, takes_any_arguments=True)


def main(argv: list[str] | None = None) -> int:
    # Whatever the terminal writes is its own (data folder, temporary scans): no file a library
    # creates with its defaults is readable by other users.
    os.umask(0o077)
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and not getattr(args, "takes_any_arguments", False):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    configure_logging(args.verbose)
    try:
        result: int = args.handler(args)
    except ConfigError as exc:
        print(error_line(f"kiosk: configuration error:\n{exc}"), file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
