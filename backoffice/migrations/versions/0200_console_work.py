"""console work: search keys, claims, call attempts, activity, access log, teams, several
roles per account, directory accounts, login back-off per account and source, calls, team mail

Existing requests and documents get their search keys, first window and due time here, so
the search finds what arrived before the upgrade; they count as announced to their team.

Revision ID: 0200_console_work
Revises: 0100_region
Create Date: 2026-12-07
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

from backoffice.console.search_keys import bg_key, name_tokens, reference_key
from backoffice.storage.types import UTCDateTime
from backoffice.storage.work_models import TOKEN_TYPE

revision = "0200_console_work"
down_revision = "0100_region"
branch_labels = None
depends_on = None

BATCH = 2000


def _enum(name: str, length: int) -> sa.String:
    del name  # non-native enums are plain strings, as in the models
    return sa.String(length)


def _add_work_columns() -> None:
    with op.batch_alter_table("callback_request") as table:
        table.add_column(sa.Column("device_id", sa.Uuid(), nullable=True))
        table.add_column(sa.Column("team", sa.String(40), nullable=False, server_default=""))
        table.add_column(
            sa.Column("search_reference", sa.String(6), nullable=False, server_default="")
        )
        table.add_column(sa.Column("search_bg", sa.String(14), nullable=False, server_default=""))
        table.add_column(sa.Column("first_window_start", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("due_at", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("claimed_by_id", sa.Integer(), nullable=True))
        table.add_column(sa.Column("claimed_at", UTCDateTime(), nullable=True))
        table.add_column(
            sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        table.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("first_attempt_at", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("first_reached", sa.Boolean(), nullable=True))
        table.add_column(sa.Column("first_wait_seconds", sa.Integer(), nullable=True))
        table.add_column(sa.Column("team_notified_at", UTCDateTime(), nullable=True))
        table.create_foreign_key(
            "fk_callback_request_claimed_by_id_staff_user", "staff_user", ["claimed_by_id"], ["id"]
        )
        for column in ("device_id", "team", "search_reference", "search_bg"):
            table.create_index(f"ix_callback_request_{column}", [column])
        # The inbox's two orders within a status tab: keyset pages walk these.
        table.create_index("ix_callback_request_status_due", ["status", "due_at", "id"])
        table.create_index("ix_callback_request_status_received", ["status", "received_at", "id"])
        # "All" in due order; a team's tab in due order, and its counts per status.
        table.create_index("ix_callback_request_due", ["due_at", "id"])
        table.create_index("ix_callback_request_status_team", ["status", "team", "due_at", "id"])
        # Everything the figures count per period, without reading a row.
        table.create_index(
            "ix_callback_request_figures",
            [
                "received_at",
                "concern_label",
                "device_id",
                "first_reached",
                "first_wait_seconds",
            ],
        )
        # What the filters offer, read from covering indexes instead of every row.
        table.create_index("ix_callback_request_concern", ["concern_id", "concern_label"])
        table.create_index("ix_callback_request_language", ["language"])
        table.create_index("ix_callback_request_phone", ["phone_e164"])
    with op.batch_alter_table("received_document") as table:
        table.add_column(sa.Column("team", sa.String(40), nullable=False, server_default=""))
        table.add_column(
            sa.Column("search_reference", sa.String(6), nullable=False, server_default="")
        )
        table.add_column(sa.Column("search_bg", sa.String(14), nullable=False, server_default=""))
        for column in ("claimed_by_id", "seen_by_id"):
            table.add_column(sa.Column(column, sa.Integer(), nullable=True))
            table.create_foreign_key(
                f"fk_received_document_{column}_staff_user", "staff_user", [column], ["id"]
            )
        for column in ("claimed_at", "seen_at", "team_notified_at"):
            table.add_column(sa.Column(column, UTCDateTime(), nullable=True))
        for column in ("team", "search_reference", "search_bg"):
            table.create_index(f"ix_received_document_{column}", [column])
        table.create_index("ix_received_document_type", ["document_type_id", "document_type_label"])
    with op.batch_alter_table("staff_user") as table:
        table.add_column(sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))
        table.add_column(sa.Column("source", sa.String(10), nullable=False, server_default="local"))
        table.add_column(sa.Column("teams", sa.JSON(), nullable=False, server_default="[]"))
        table.add_column(
            sa.Column("directory_teams", sa.JSON(), nullable=False, server_default="[]")
        )


def _create_work_tables() -> None:
    op.create_table(
        "case_activity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("record_kind", _enum("record_kind", 10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("kind", _enum("activity_kind", 20), nullable=False),
        sa.Column("outcome", _enum("attempt_outcome", 20), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_case_activity_record", "case_activity", ["record_kind", "record_id", "at"])
    op.create_table(
        "access_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_user.id"), nullable=False),
        sa.Column("record_kind", _enum("record_kind", 10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reference_code", sa.String(7), nullable=False),
        sa.Column("action", _enum("access_action", 10), nullable=False),
    )
    op.create_index("ix_access_record_at", "access_record", ["at"])
    op.create_index("ix_access_record_staff_id", "access_record", ["staff_id"])
    op.create_index("ix_access_record_record", "access_record", ["record_kind", "record_id"])
    op.create_table(
        "name_token",
        sa.Column("token", TOKEN_TYPE, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey("callback_request.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_name_token_request_id", "name_token", ["request_id"])
    op.create_table(
        "login_throttle",
        sa.Column("account", sa.String(200), primary_key=True),
        sa.Column("source", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("wait_until", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "known_login_source",
        sa.Column("account", sa.String(200), primary_key=True),
        sa.Column("source", sa.String(64), primary_key=True),
        sa.Column("last_login_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "call_record",
        sa.Column("call_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("rang_at", UTCDateTime(), nullable=False),
        sa.Column("accepted_at", UTCDateTime(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("outcome", _enum("call_outcome", 10), nullable=False),
    )
    op.create_index("ix_call_record_rang_at", "call_record", ["rang_at"])
    op.create_table(
        "mail_status",
        sa.Column("team", sa.String(40), primary_key=True),
        sa.Column("last_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("last_sent_at", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=False),
        sa.Column("failing_since", UTCDateTime(), nullable=True),
    )


def _batches(connection: sa.Connection, query: str) -> Iterator[list[Any]]:
    last = 0
    while True:
        rows = connection.execute(sa.text(query), {"last": last, "batch": BATCH}).all()
        if not rows:
            return
        yield list(rows)
        last = rows[-1][0]


def _earliest_start(windows: Any) -> dt.datetime | None:
    starts = []
    for window in windows if isinstance(windows, list) else []:
        try:
            starts.append(dt.datetime.fromisoformat(str(window["start"])).astimezone(dt.UTC))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged window: the request still gets its other keys
    return min(starts) if starts else None


def _backfill_requests(connection: sa.Connection) -> None:
    query = (
        "SELECT c.id, c.reference_code, c.bg_number, c.name, c.time_windows, s.device_id"
        " FROM callback_request c JOIN submission s ON s.id = c.submission_pk"
        " WHERE c.id > :last ORDER BY c.id LIMIT :batch"
    )
    for rows in _batches(connection, query):
        updates, tokens = [], []
        for row_id, code, bg, name, windows, device_id in rows:
            first = _earliest_start(_json(windows))
            updates.append(
                {
                    "id": row_id,
                    "ref": reference_key(code) or "",
                    "bg": bg_key(bg or "") or "",
                    "device": device_id,
                    "first": first,
                }
            )
            tokens += [{"token": t, "id": row_id} for t in name_tokens(name)]
        connection.execute(
            sa.text(
                "UPDATE callback_request SET search_reference = :ref, search_bg = :bg,"
                " device_id = :device, first_window_start = :first,"
                " due_at = COALESCE(:first, received_at)"
                " WHERE id = :id"
            ).bindparams(sa.bindparam("first", type_=UTCDateTime())),
            updates,
        )
        if tokens:
            connection.execute(
                sa.text("INSERT INTO name_token (token, request_id) VALUES (:token, :id)"), tokens
            )


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _backfill_documents(connection: sa.Connection) -> None:
    query = (
        "SELECT id, reference_code, bg_number FROM received_document"
        " WHERE id > :last ORDER BY id LIMIT :batch"
    )
    for rows in _batches(connection, query):
        connection.execute(
            sa.text(
                "UPDATE received_document SET search_reference = :ref, search_bg = :bg"
                " WHERE id = :id"
            ),
            [
                {
                    "id": row_id,
                    "ref": reference_key(code) or "",
                    "bg": bg_key(bg or "") or "",
                }
                for row_id, code, bg in rows
            ],
        )


def upgrade() -> None:
    _add_work_columns()
    _create_work_tables()
    connection = op.get_bind()
    staff = sa.table("staff_user", sa.column("id", sa.Integer), sa.column("roles", sa.JSON))
    for staff_id, role in connection.execute(sa.text("SELECT id, role FROM staff_user")).all():
        connection.execute(staff.update().where(staff.c.id == staff_id).values(roles=[role]))
    _backfill_requests(connection)
    _backfill_documents(connection)
    # What arrived before the upgrade is not news to anyone: no team mail for it.
    connection.execute(sa.text("UPDATE callback_request SET team_notified_at = received_at"))
    connection.execute(sa.text("UPDATE received_document SET team_notified_at = received_at"))


def downgrade() -> None:
    for table_name in (
        "mail_status",
        "call_record",
        "known_login_source",
        "login_throttle",
        "name_token",
        "access_record",
        "case_activity",
    ):
        op.drop_table(table_name)
    with op.batch_alter_table("staff_user") as table:
        for column in ("directory_teams", "teams", "source", "roles"):
            table.drop_column(column)
    with op.batch_alter_table("received_document") as table:
        for column in ("team", "search_reference", "search_bg"):
            table.drop_index(f"ix_received_document_{column}")
        table.drop_index("ix_received_document_type")
        for column in ("claimed_by_id", "seen_by_id"):
            table.drop_constraint(f"fk_received_document_{column}_staff_user", type_="foreignkey")
        for column in (
            "team_notified_at",
            "seen_at",
            "claimed_at",
            "seen_by_id",
            "claimed_by_id",
            "search_bg",
            "search_reference",
            "team",
        ):
            table.drop_column(column)
    with op.batch_alter_table("callback_request") as table:
        for column in ("device_id", "team", "search_reference", "search_bg"):
            table.drop_index(f"ix_callback_request_{column}")
        table.drop_index("ix_callback_request_status_due")
        table.drop_index("ix_callback_request_status_received")
        table.drop_index("ix_callback_request_due")
        table.drop_index("ix_callback_request_status_team")
        table.drop_index("ix_callback_request_figures")
        table.drop_index("ix_callback_request_concern")
        table.drop_index("ix_callback_request_language")
        table.drop_index("ix_callback_request_phone")
        table.drop_constraint("fk_callback_request_claimed_by_id_staff_user", type_="foreignkey")
        for column in (
            "team_notified_at",
            "first_attempt_at",
            "first_reached",
            "first_wait_seconds",
            "attempts",
            "failed_attempts",
            "claimed_at",
            "claimed_by_id",
            "due_at",
            "first_window_start",
            "search_bg",
            "search_reference",
            "team",
            "device_id",
        ):
            table.drop_column(column)
