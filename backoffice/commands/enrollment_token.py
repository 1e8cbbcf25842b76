"""``backoffice enrollment-token``: print a single-use token for enrolling one terminal."""

from __future__ import annotations

import argparse

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.enrollment import issue_token


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("enrollment-token", help="print a token to enroll a terminal")
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("--location", default="", help="where the terminal will stand")
    parser.add_argument("--hours", type=int, help="hours the token stays valid")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    office = settings(args)
    hours = args.hours if args.hours is not None else office.enrollment_token_hours
    if not 1 <= hours <= 24 * 30:
        print("backoffice: --hours must be between 1 and 720")
        return 2
    context = open_office(args.data, office)
    try:
        with context.sessions() as session, session.begin():
            token = issue_token(session, context.clock, args.location, hours)
    finally:
        context.engine.dispose()
    # Only the token on stdout, so scripts can capture it.
    print(token)
    return 0
