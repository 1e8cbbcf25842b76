"""Everything a running backoffice needs, built once at start and passed to the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock, SystemClock
from backoffice.datadir import DataDir
from backoffice.keyring import Keyring
from backoffice.storage.engine import make_engine, make_session_factory
from backoffice.storage.migrate import upgrade
from config import BackofficeSettings


@dataclass(frozen=True)
class OfficeContext:
    settings: BackofficeSettings
    engine: Engine
    sessions: sessionmaker[Session]
    # The office's key pairs (current and earlier ones); reread when rotate-key changes them.
    keyring: Keyring
    session_secret: str
    clock: Clock
    hasher: PasswordHasher
    # The data folder: uploads and received attachments live under it.
    data_dir: Path


def open_office(
    data_dir: Path,
    settings: BackofficeSettings,
    clock: Clock | None = None,
    migrate: bool = True,
) -> OfficeContext:
    """Opens an initialised data folder; upgrades the database schema unless told not to."""
    folder = DataDir(data_dir)
    folder.require_initialised()
    engine = make_engine(folder.database_url(settings), settings.database_pool_size)
    if migrate:
        upgrade(engine)
    return OfficeContext(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        keyring=Keyring(data_dir),
        session_secret=folder.session_secret(),
        clock=clock or SystemClock(),
        hasher=PasswordHasher(),
        data_dir=data_dir,
    )
