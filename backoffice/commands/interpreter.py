"""``backoffice interpreter``: make a staff account an interpreter (or one no more)."""

from __future__ import annotations

import argparse
import re

from sqlalchemy import select

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.staff import StaffError
from backoffice.storage.interpreter_models import InterpreterProfile
from backoffice.storage.models import StaffRole, StaffUser

_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Za-z]+)?$")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "interpreter",
        help="make a staff account an interpreter: staff in a call can invite them",
    )
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument("--username", required=True, help="the staff account (add-staff first)")
    parser.add_argument(
        "--languages",
        required=True,
        help="language codes they interpret, comma-separated (uk,ru,ar); empty: no longer an "
        "interpreter",
    )
    parser.set_defaults(handler=_handle)


def parse_languages(text: str) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(code.strip() for code in text.split(",") if code.strip()))
    bad = [code for code in codes if not _LANGUAGE.match(code)]
    if bad:
        raise StaffError(f"not a language code like 'uk' or 'de-LS': {', '.join(bad)}")
    return codes


def _handle(args: argparse.Namespace) -> int:
    languages = parse_languages(args.languages)
    context = open_office(args.data, settings(args))
    try:
        with context.sessions() as session, session.begin():
            user = session.scalar(select(StaffUser).where(StaffUser.username == args.username))
            if user is None:
                raise StaffError(f"no staff account {args.username!r}")
            profile = session.get(InterpreterProfile, user.id)
            others = [r for r in user.roles or [user.role.value] if r != StaffRole.INTERPRETER]
            if not languages:
                if profile is not None:
                    session.delete(profile)
                if others:  # an account keeps at least one role
                    user.roles = others
                print(f"{user.username!r} is no longer an interpreter.")
                return 0
            if profile is None:
                profile = InterpreterProfile(staff_id=user.id, languages="")
                session.add(profile)
            profile.languages = ",".join(languages)
            user.roles = [*others, StaffRole.INTERPRETER.value]
            answers_calls = StaffRole.CASEWORKER in others
        print(f"{args.username!r} interprets {', '.join(languages)}.")
        if answers_calls:
            print(
                f"Note: {args.username!r} is also a caseworker. On the call page they are "
                "listed for interpreting now, and citizens' calls no longer ring for them; "
                "'add-staff --role interpreter' makes an account that only interprets."
            )
    finally:
        context.engine.dispose()
    return 0
