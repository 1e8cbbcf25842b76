"""fleet: staff roles, terminal health, remote config overrides

Revision ID: 0002_fleet
Revises: 0001
Create Date: 2025-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backoffice.storage.types import UTCDateTime

revision = "0002_fleet"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_user") as batch:
        # Existing accounts work callback requests: they stay case workers.
        batch.add_column(
            sa.Column("role", sa.String(length=20), nullable=False, server_default="caseworker")
        )
    op.create_table(
        "device_health",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_since", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_device_health_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_health")),
    )
    op.create_table(
        "config_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_config_override")),
        sa.UniqueConstraint("scope", "target", name=op.f("uq_config_override_scope")),
    )


def downgrade() -> None:
    op.drop_table("config_override")
    op.drop_table("device_health")
    with op.batch_alter_table("staff_user") as batch:
        batch.drop_column("role")
