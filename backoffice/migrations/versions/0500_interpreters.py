"""interpreters: staff accounts that interpret, with their languages

Revision ID: 0500_interpreters
Revises: 0300_upload_metadata
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0500_interpreters"
down_revision = "0300_upload_metadata"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interpreter_profile",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("languages", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_user.id"],
            name="fk_interpreter_profile_staff_id_staff_user",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name="pk_interpreter_profile"),
    )


def downgrade() -> None:
    op.drop_table("interpreter_profile")
