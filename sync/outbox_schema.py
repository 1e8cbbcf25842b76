"""Schema of the outbox database, as migrations applied in order when an ``Outbox`` opens.

Never edit a migration that has shipped; add a new one. ``0002_attachments`` added the sealed
files of document submissions (one row per file, keyed by ``submission_id``);
``0600_sealed_to_and_payload_digest`` the office key each item is sealed to and a digest of its
sealed payload (rows from before it have neither).
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


@MIGRATIONS(name="0002_attachments")
def _attachments(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE attachments (
            submission_id   TEXT NOT NULL REFERENCES submissions (submission_id),
            attachment_id   TEXT NOT NULL,
            position        INTEGER NOT NULL,
            state           TEXT NOT NULL
                            CHECK (state IN ('pending', 'uploaded', 'delivered', 'quarantined')),
            -- The sealed file under blobs/; NULL once delivered (the file is deleted).
            path            TEXT,
            -- Size and SHA-256 of the sealed file, as uploaded.
            size            INTEGER NOT NULL,
            sha256          TEXT,
            -- The tus upload's path, saved before its first byte is sent.
            upload_path     TEXT,
            uploaded_offset INTEGER NOT NULL DEFAULT 0,
            created_at      TEXT NOT NULL,
            uploaded_at     TEXT,
            delivered_at    TEXT,
            PRIMARY KEY (submission_id, attachment_id)
        )
        """
    )
    # Delivery order puts small items first; the sealed files count towards the size.
    db.execute("ALTER TABLE submissions ADD COLUMN attachment_bytes INTEGER NOT NULL DEFAULT 0")


@MIGRATIONS(name="0600_sealed_to_and_payload_digest")
def _sealed_to_and_payload_digest(db: Database) -> None:
    # The office key the payload and files were sealed to (sync.sealing.key_id), always: after
    # the office changed its key, the items sealed to the old one can be named (kiosk enroll).
    db.execute("ALTER TABLE submissions ADD COLUMN sealed_to TEXT")
    # SHA-256 (hex) of the sealed payload: a salvaged row proves its payload intact with it.
    db.execute("ALTER TABLE submissions ADD COLUMN payload_sha256 TEXT")
