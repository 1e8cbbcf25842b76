"""``backoffice retire-key KEY_ID``: destroy an earlier key, once nothing sealed to it is left.

Refused (exit 2, naming the terminals) while any terminal may still hold an item sealed to
it: see ``backoffice keys``. A terminal that will never report again can be revoked
(``backoffice revoke-device``); revoked terminals do not hold a key back.
"""

from __future__ import annotations

import argparse
import sys

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.context import open_office
from backoffice.key_retirement import holdouts
from backoffice.keyring import KeyringError, retire


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "retire-key",
        help="destroy an earlier key pair once nothing sealed to it is left",
        description=__doc__,
    )
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument(
        "key_id", metavar="KEY_ID", help="the key's id, as 'backoffice keys' lists it"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    context = open_office(args.data, settings(args))
    try:
        key = next((k for k in context.keyring.earlier() if k.key_id == args.key_id), None)
        if key is None:
            current = context.keyring.current().key_id
            what = "the current key" if args.key_id == current else "not an earlier key"
            print(f"backoffice: {args.key_id} is {what}; see 'backoffice keys'", file=sys.stderr)
            return 2
        with context.sessions() as session:
            held = holdouts(session, key, context.clock.now())
        if held:
            print(
                f"backoffice: key {key.key_id} is still needed by {len(held)} terminal(s):",
                file=sys.stderr,
            )
            for holdout in held:
                print(f"    {holdout.terminal}: {holdout.reason}", file=sys.stderr)
            return 2
        retire(args.data, key.key_id)
    except KeyringError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return 2
    finally:
        context.engine.dispose()
    print(f"Key {key.key_id} retired: its private key is destroyed.")
    return 0
