"""document retention: when the backoffice's own copy of a handed-over document was removed

Revision ID: 0005_document_retention
Revises: 0004_documents
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backoffice.storage.types import UTCDateTime

revision = "0005_document_retention"
down_revision = "0004_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch: SQLite cannot ALTER a table much; batch mode copies it where needed.
    with op.batch_alter_table("received_document") as table:
        table.add_column(sa.Column("copy_removed_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_document") as table:
        table.drop_column("copy_removed_at")
