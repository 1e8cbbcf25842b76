"""``backoffice restore FILE --data NEWDIR``: a backup back into a new data folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from backoffice.backup import RESTORED_CONFIG, RESTORED_DUMP, BackupError, restore_backup
from backoffice.commands.common import add_data_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore a backup into a new (empty) data folder",
        description="Unpack a backup made by 'backoffice backup' into a data folder that does "
        "not exist yet or is empty. Every file is checked against the backup's list first.",
    )
    parser.add_argument("backup", type=Path, metavar="FILE", help="the backup file")
    add_data_option(parser)
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    try:
        manifest = restore_backup(args.backup, args.data)
    except BackupError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return 2
    print(f"Restored the backup of {manifest['created_at']} into {args.data}.")
    if (args.data / RESTORED_DUMP).exists():
        print(
            f"The database (PostgreSQL) is not restored yet: pg_restore --clean --if-exists "
            f"--no-owner --dbname=DATABASE_URL {args.data / RESTORED_DUMP}, then delete the file."
        )
    if (args.data / RESTORED_CONFIG).exists():
        print(f"Its settings file is {args.data / RESTORED_CONFIG}: compare it with yours.")
    if os.geteuid() == 0:
        print(
            f"Run as root: hand the folder to the service user, e.g. "
            f"chown -R buergerterminal-backoffice: {args.data}"
        )
    print(f"Then start the office on it: backoffice serve --data {args.data}")
    return 0
