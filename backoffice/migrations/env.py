"""Alembic environment: the engine comes from the caller (backoffice.storage.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from backoffice.storage.tables import metadata

engine: Engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
