"""``backoffice fleet``: the terminals and their remote config, from the command line.

backoffice fleet list [--json]
backoffice fleet set-config (--location NAME | --terminal ID) FILE   (TOML or JSON)
backoffice fleet clear-config (--location NAME | --terminal ID)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.fleet.store import (
    FleetError,
    TerminalView,
    clear_override,
    fleet,
    set_override,
)
from backoffice.storage.fleet_models import OverrideScope
from config.overrides import OverrideError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("fleet", help="list terminals, set their remote config")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every terminal with its status")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    setting = actions.add_parser("set-config", help="store an override (checked first)")
    setting.add_argument("file", type=Path, metavar="FILE", help="TOML or JSON, '-' for stdin")
    clearing = actions.add_parser("clear-config", help="remove an override")
    for sub in (listing, setting, clearing):
        add_data_option(sub)
        add_config_option(sub)
    for sub in (setting, clearing):
        which = sub.add_mutually_exclusive_group(required=True)
        which.add_argument("--location", help="every terminal enrolled for this location")
        which.add_argument("--terminal", help="one terminal, by id")
    parser.set_defaults(handler=_handle)


def _scope(args: argparse.Namespace) -> tuple[OverrideScope, str]:
    if args.location is not None:
        return OverrideScope.LOCATION, args.location
    return OverrideScope.TERMINAL, args.terminal


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    try:
        with context.sessions() as session, session.begin():
            if args.action == "list":
                _print_fleet(fleet(session, context.clock.now()), as_json=args.json)
                return 0
            scope, target = _scope(args)
            if args.action == "clear-config":
                removed = clear_override(session, scope, target)
                print("Override removed." if removed else "There was no such override.")
                return 0
            text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text("utf-8")
            set_override(session, context.clock, scope, target, text, "command line")
            print(f"Override for {scope.value} {target!r} stored; sent with the next heartbeat.")
    except (FleetError, OverrideError, OSError) as exc:
        print(f"backoffice: remote config refused: {exc}", file=sys.stderr)
        return 2
    finally:
        context.engine.dispose()
    return 0


def _print_fleet(views: list[TerminalView], *, as_json: bool) -> None:
    rows = [
        {
            "id": str(view.device.id),
            "name": view.device.name,
            "location": view.device.location,
            "status": view.status.value,
            "last_seen": None if view.last_seen is None else view.last_seen.isoformat(),
            "problems": [problem.code for problem in view.assessment.problems],
        }
        for view in views
    ]
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    for view in views:
        problems = ", ".join(problem.code for problem in view.assessment.problems) or "-"
        location, name = view.device.location, view.device.name
        print(f"{view.device.id}  {view.status.value:<8} {location!r} {name!r} {problems}")
