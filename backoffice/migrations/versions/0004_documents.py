"""documents: received documents and their hand-over to the e-file

Revision ID: 0004_documents
Revises: 0003_uploads
Create Date: 2025-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backoffice.storage.types import UTCDateTime

revision = "0004_documents"
down_revision = "0003_uploads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_pk", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("attachment_id", sa.Uuid(), nullable=False),
        sa.Column("reference_code", sa.String(length=7), nullable=False),
        sa.Column("document_type_id", sa.String(length=40), nullable=False),
        sa.Column("document_type_label", sa.String(length=200), nullable=False),
        sa.Column("bg_number", sa.String(length=14), nullable=True),
        sa.Column("file_name", sa.String(length=130), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("scanned_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("efile_delivered_at", UTCDateTime(), nullable=True),
        sa.Column("efile_location", sa.String(length=500), nullable=False),
        sa.Column("efile_attempts", sa.Integer(), nullable=False),
        sa.Column("efile_last_error", sa.String(length=500), nullable=False),
        sa.Column("efile_next_attempt_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["submission_pk"],
            ["submission.id"],
            name=op.f("fk_received_document_submission_pk_submission"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_document")),
        sa.UniqueConstraint("attachment_id", name=op.f("uq_received_document_attachment_id")),
    )
    op.create_index(
        op.f("ix_received_document_submission_pk"), "received_document", ["submission_pk"]
    )
    op.create_index(
        op.f("ix_received_document_reference_code"), "received_document", ["reference_code"]
    )
    op.create_index(op.f("ix_received_document_received_at"), "received_document", ["received_at"])


def downgrade() -> None:
    op.drop_table("received_document")
