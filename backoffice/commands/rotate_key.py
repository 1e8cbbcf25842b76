"""``backoffice rotate-key``: a new key pair becomes current; the previous one stays usable.

Terminals learn the new public key with their next heartbeat and seal new items to it; what
they sealed before still opens with the previous key, which ``backoffice retire-key`` destroys
once nothing sealed to it is left (``backoffice keys`` shows when).
"""

from __future__ import annotations

import argparse

from backoffice.clock import SystemClock
from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.datadir import DataDir
from backoffice.keyring import rotate
from contract.sealing import key_fingerprint


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rotate-key",
        help="make a new key pair current (terminals learn it with their next heartbeat)",
        description=__doc__,
    )
    add_data_option(parser)
    # Taken like every other command's (one command line for IT); the keys need no settings,
    # but a broken file is still named before anything changes.
    add_config_option(parser)
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    settings(args)
    DataDir(args.data).require_initialised()
    previous, new = rotate(args.data, SystemClock().now())
    print(f"New current key: {new.key_id}.")
    print(
        f"Key fingerprint: {key_fingerprint(new.public_key_b64)} "
        "(what terminals enrolled from now on check with kiosk enroll --expect-key)"
    )
    print(
        f"Previous key {previous.key_id} still opens what terminals sealed to it; "
        "'backoffice keys' shows when it can be retired."
    )
    print("A running 'backoffice serve' uses the new key at once (no restart needed).")
    return 0
