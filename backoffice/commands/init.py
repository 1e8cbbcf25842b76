"""``backoffice init``: create the data folder, key pair, session secret and database."""

from __future__ import annotations

import argparse

from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.datadir import DataDir
from backoffice.storage.engine import make_engine
from backoffice.storage.migrate import upgrade
from contract.sealing import key_fingerprint


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help="create a data folder (safe to run again)")
    add_data_option(parser)
    add_config_option(parser)
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    office = settings(args)
    folder = DataDir(args.data)
    existed = folder.is_initialised()
    made = folder.create()
    engine = make_engine(folder.database_url(office))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    if existed:
        print(f"{folder.path} is already initialised; database schema is up to date.")
        if made:
            print(f"Added what was missing: {', '.join(made)}.")
    else:
        print(f"Initialised {folder.path}.")
        print(f"Public key (terminals get it at enrollment): {folder.public_key_b64()}")
    print(
        f"Key fingerprint: {key_fingerprint(folder.public_key_b64())} "
        "(check it when enrolling: kiosk enroll URL TOKEN --expect-key FINGERPRINT)"
    )
    return 0
