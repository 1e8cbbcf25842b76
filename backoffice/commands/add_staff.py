"""``backoffice add-staff``: create a console account."""

from __future__ import annotations

import argparse
import getpass
import sys

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.staff import StaffError, add_staff
from backoffice.storage.models import StaffRole


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("add-staff", help="create a staff account for the console")
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("--username", required=True, help="login name, lower case")
    parser.add_argument("--display-name", default="", help="name shown in the console")
    parser.add_argument(
        "--role",
        choices=[role.value for role in StaffRole],
        action="append",
        help=(
            "caseworker (callback requests, documents, calls), it (the fleet page), lead (the "
            "figures), data_protection (the access log) or interpreter (joins calls when "
            "invited; then 'backoffice interpreter' for the languages); repeat for several "
            "(default: caseworker)"
        ),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    parser.set_defaults(handler=_handle)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat password: ") != first:
        raise StaffError("the two passwords differ; nothing was changed")
    return first


def _roles(chosen: list[str] | None) -> tuple[StaffRole, tuple[StaffRole, ...]]:
    roles = [StaffRole(value) for value in chosen or [StaffRole.CASEWORKER.value]]
    return roles[0], tuple(roles[1:])


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    try:
        password = _read_password(args.password_stdin)
        with context.sessions() as session, session.begin():
            user = add_staff(
                session,
                context.clock,
                context.hasher,
                args.username,
                args.display_name,
                password,
                *_roles(args.role),
            )
        print(f"Staff account {user.username!r} ({', '.join(user.roles)}) created.")
    finally:
        context.engine.dispose()
    return 0
