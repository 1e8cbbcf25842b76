"""boundary: an upload keeps its Upload-Metadata (tus repeats it in HEAD answers)

Revision ID: 0300_upload_metadata
Revises: 0200_console_work
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0300_upload_metadata"
down_revision = "0200_console_work"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("upload") as table:
        table.add_column(sa.Column("metadata", sa.String(4096), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("upload") as table:
        table.drop_column("metadata")
