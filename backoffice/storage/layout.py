"""Where the backoffice keeps what it keeps, for backups and for IT: which database engine
(and how to dump it), and which folders every node must reach.

The one place that knows it: ``backoffice backup`` asks :func:`storage_layout` instead of
guessing from the settings, so a region on PostgreSQL is backed up as completely as an office
on SQLite.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from config import BackofficeSettings
from config.database import is_postgresql, redacted_database_url


class DatabaseEngine(enum.StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


@dataclass(frozen=True)
class StorageLayout:
    engine: DatabaseEngine
    # For logs and messages: never a password.
    shown_url: str
    # SQLite: the database file (copy it with sqlite3's online backup, never with cp).
    sqlite_file: Path | None
    # PostgreSQL: a pg_dump command line writing a custom-format dump to stdout, and the
    # environment it needs (the password, if the URL holds one, travels there, not in argv).
    dump_command: tuple[str, ...]
    dump_environment: dict[str, str]
    # Key pair, session secret, uploads, decrypted attachments: on a shared folder in a
    # region (every node mounts the same data folder).
    data_dir: Path


def storage_layout(data_dir: Path, settings: BackofficeSettings) -> StorageLayout:
    url = settings.database_url
    if not is_postgresql(url):
        database = Path(url.removeprefix("sqlite:///")) if url else data_dir / "backoffice.sqlite3"
        return StorageLayout(
            DatabaseEngine.SQLITE, f"sqlite:///{database}", database, (), {}, data_dir
        )
    parts = urlsplit(url)
    environment = {"PGPASSWORD": unquote(parts.password)} if parts.password else {}
    host = parts.netloc.rsplit("@", 1)[-1]
    user = f"{parts.username}@" if parts.username else ""
    libpq_url = urlunsplit(parts._replace(scheme="postgresql", netloc=user + host))
    command = ("pg_dump", "--format=custom", "--no-owner", f"--dbname={libpq_url}")
    return StorageLayout(
        DatabaseEngine.POSTGRESQL,
        redacted_database_url(url),
        None,
        command,
        environment,
        data_dir,
    )
