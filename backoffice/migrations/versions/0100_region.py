"""region: several workers and nodes on one database

Leases on documents (hand-over, retention), uploads as recorded chunks, periodic jobs once
per cluster, the nodes alive and the signaling switchboard's shared state.

Revision ID: 0100_region
Revises: 0006_ended_console_sessions
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backoffice.storage.types import UTCDateTime

revision = "0100_region"
down_revision = "0006_ended_console_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("received_document") as table:
        table.add_column(sa.Column("claimed_until", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("claimed_by", sa.String(40), nullable=False, server_default=""))
    op.create_table(
        "upload_chunk",
        sa.Column("upload_id", sa.String(40), nullable=False),
        sa.Column("start", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.ForeignKeyConstraint(
            ["upload_id"],
            ["upload.id"],
            name="fk_upload_chunk_upload_id_upload",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("upload_id", "start", name="pk_upload_chunk"),
    )
    op.create_table(
        "cluster_job",
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("next_run_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_cluster_job"),
    )
    op.create_table(
        "cluster_node",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cluster_node"),
    )
    op.create_table(
        "switchboard_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_switchboard_state"),
    )
    op.create_table(
        "switchboard_mail",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_switchboard_mail"),
    )


def downgrade() -> None:
    op.drop_table("switchboard_mail")
    op.drop_table("switchboard_state")
    op.drop_table("cluster_node")
    op.drop_table("cluster_job")
    op.drop_table("upload_chunk")
    with op.batch_alter_table("received_document") as table:
        table.drop_column("claimed_by")
        table.drop_column("claimed_until")
