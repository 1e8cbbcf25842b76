"""``kiosk admin-pin``: asks for a PIN twice and prints its argon2 hash for ``[admin] pin_hash``.

The PIN itself is never printed, logged or stored.
"""

from __future__ import annotations

import argparse
import getpass
import sys

MIN_DIGITS = 6


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "admin-pin", help="print the hash of an admin PIN for the config (asks twice)"
    )
    parser.add_argument(
        "--stdin", action="store_true", help="read the PIN twice from standard input (scripts)"
    )
    parser.set_defaults(handler=_handle)


def _read(prompt: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    return getpass.getpass(prompt).strip()


def _handle(args: argparse.Namespace) -> int:
    from argon2 import PasswordHasher

    first = _read("Admin PIN (digits only): ", args.stdin)
    if not first.isdigit() or len(first) < MIN_DIGITS:
        print(f"kiosk admin-pin: use at least {MIN_DIGITS} digits", file=sys.stderr)
        return 2
    if _read("Repeat the PIN: ", args.stdin) != first:
        print("kiosk admin-pin: the two PINs differ; nothing printed", file=sys.stderr)
        return 2
    print("# Put this into the terminal's config file:")
    print("[admin]")
    print(f'pin_hash = "{PasswordHasher().hash(first)}"')
    return 0
