"""ended console sessions: logging out makes a copied session cookie worthless

Revision ID: 0006_ended_console_sessions
Revises: 0005_document_retention
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backoffice.storage.types import UTCDateTime

revision = "0006_ended_console_sessions"
down_revision = "0005_document_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ended_console_session",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=False),
        sa.Column("forget_after", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name="pk_ended_console_session"),
    )
    op.create_index(
        "ix_ended_console_session_forget_after", "ended_console_session", ["forget_after"]
    )


def downgrade() -> None:
    op.drop_index("ix_ended_console_session_forget_after", "ended_console_session")
    op.drop_table("ended_console_session")
