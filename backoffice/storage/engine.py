"""Engine and sessions. SQLite gets WAL, foreign keys and ``BEGIN IMMEDIATE`` writers;
PostgreSQL (psycopg 3) a checked pool of connections."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from config.database import is_postgresql

APPLICATION_NAME = "buergerterminal"


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling opens deferred transactions, which fail with
        # SQLITE_BUSY when two readers both try to upgrade to writers; we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, pool_size: int = 5) -> Engine:
    if is_postgresql(url):
        # pre_ping: a connection the server dropped (restart, fail-over) is replaced, not
        # handed to a request; the overflow covers a burst, then requests wait for a connection.
        return create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_pre_ping=True,
            connect_args={"application_name": APPLICATION_NAME},
        )
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
