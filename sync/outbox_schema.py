"""Schema of the outbox database, as migrations applied in order when an ``Outbox`` opens.

Never edit a migration that has shipped; add a new one (the attachments of scanned documents
will come as ``0002_attachments``, a table keyed by ``submission_id``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("buergerterminal.outbox")


@MIGRATIONS(name="0001_submissions")
def _submissions(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE submissions (
            submission_id   TEXT PRIMARY KEY,
            kind            TEXT NOT NULL,
            reference_code  TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            state           TEXT NOT NULL
                            CHECK (state IN ('queued', 'delivered', 'quarantined')),
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_attempt_at TEXT,
            -- HTTP status or exception class only: never personal data.
            last_error      TEXT,
            last_error_at   TEXT,
            -- Sealed to the backoffice's key; NULL once delivered.
            sealed_payload  BLOB,
            payload_bytes   INTEGER NOT NULL,
            delivered_at    TEXT,
            receipt         TEXT
        )
        """
    )
    db.execute("CREATE INDEX submissions_due ON submissions (state, next_attempt_at)")
