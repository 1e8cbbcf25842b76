"""``backoffice keys``: the office's key pairs and what still needs each earlier one."""

from __future__ import annotations

import argparse

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.key_retirement import holdouts


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "keys", help="list the key pairs: current, earlier, and which can be retired"
    )
    add_data_option(parser)
    add_config_option(parser)
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    try:
        current = context.keyring.current()
        print(f"{current.key_id}  current: terminals seal new items to it")
        now = context.clock.now()
        with context.sessions() as session:
            for key in context.keyring.earlier():
                assert key.superseded_at is not None
                held = holdouts(session, key, now)
                since = f"superseded {key.superseded_at:%Y-%m-%d %H:%M} UTC"
                if not held:
                    print(f"{key.key_id}  {since}: nothing sealed to it is left; retire it "
                          f"with 'backoffice retire-key {key.key_id}'")  # fmt: skip
                    continue
                print(f"{key.key_id}  {since}: still needed by {len(held)} terminal(s)")
                for holdout in held:
                    print(f"    {holdout.terminal}: {holdout.reason}")
    finally:
        context.engine.dispose()
    return 0
