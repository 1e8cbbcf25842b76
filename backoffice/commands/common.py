"""Options and helpers every subcommand shares."""

from __future__ import annotations

import argparse
from pathlib import Path

from config import BackofficeSettings, load_backoffice_settings


def add_data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", type=Path, required=True, metavar="DIR", help="the backoffice's data folder"
    )


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file (TOML)")


def settings(args: argparse.Namespace) -> BackofficeSettings:
    path: Path | None = getattr(args, "config", None)
    return load_backoffice_settings(path)
