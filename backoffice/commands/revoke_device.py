"""``backoffice revoke-device ID``: a terminal's credentials stop working at once."""

from __future__ import annotations

import argparse

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.fleet.store import FleetError, revoke


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "revoke-device", help="revoke a terminal: its token is refused from the next request on"
    )
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("device_id", metavar="DEVICE_ID", help="the terminal's id (fleet page)")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    try:
        with context.sessions() as session, session.begin():
            device = revoke(session, context.clock, args.device_id, "command line")
            print(f"Terminal {device.id} ({device.name}) revoked at {device.revoked_at}.")
    except FleetError as exc:
        print(f"backoffice: {exc}")
        return 2
    finally:
        context.engine.dispose()
    return 0
