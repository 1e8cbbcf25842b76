"""``backoffice backup --data DIR --out FILE``: a consistent copy while the office runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from backoffice.backup import BackupError, create_backup
from backoffice.commands.common import add_config_option, add_data_option, settings
from backoffice.database_copy import DatabaseCopyError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="copy database, keys, documents and uploads into one file, while the office runs",
        description="Write a backup of the data folder: the database (one consistent snapshot), "
        "every key pair, documents not yet handed over, uploads in progress, and the settings "
        "file. It holds the private keys: keep it as safe as the server itself.",
    )
    add_data_option(parser)
    add_config_option(parser)
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the backup file to write (tar)"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    try:
        summary = create_backup(args.data, settings(args), args.out, args.config)
    except (BackupError, DatabaseCopyError) as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return 2
    megabytes = summary.bytes / 1024**2
    print(f"Backup written to {summary.path}: {summary.files} files, {megabytes:.1f} MB.")
    return 0
