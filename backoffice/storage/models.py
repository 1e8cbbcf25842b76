"""The backoffice's records. Personal data lives only in :class:`CallbackRequest`."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from backoffice.storage.types import UTCDateTime
from config.console import ConsoleRole


class Base(DeclarativeBase):
    # Named constraints, so later migrations can drop or alter them (SQLite batch mode needs it).
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class CallbackStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    # Closed after the office's number of failed attempts, or a wrong number.
    UNREACHED = "unreached"


class Device(Base):
    """An enrolled terminal. Its bearer token is kept only as a SHA-256."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(200), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class EnrollmentToken(Base):
    """A single-use, expiring permission to enroll one terminal. Only its SHA-256 is kept."""

    __tablename__ = "enrollment_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("device.id"), default=None)


# The roles live with the console's settings (the directory maps groups to them).
StaffRole = ConsoleRole


class StaffSource(enum.StrEnum):
    # A password kept here (small offices, emergencies when the directory is down).
    LOCAL = "local"
    # Checked against the office directory at every login; no password kept here.
    DIRECTORY = "directory"


class StaffUser(Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Consecutive failed logins; each one beyond the third doubles the wait (see console.auth).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # The first role granted, as before several roles existed; ``roles`` is what counts.
    role: Mapped[StaffRole] = mapped_column(
        Enum(
            StaffRole, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        ),
        default=StaffRole.CASEWORKER,
    )
    # Every role held (values of StaffRole); for directory accounts set at each login.
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[StaffSource] = mapped_column(
        Enum(
            StaffSource,
            native_enum=False,
            length=10,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=StaffSource.LOCAL,
    )
    # Team ids the member chose in the console, and those the directory groups give.
    teams: Mapped[list[str]] = mapped_column(JSON, default=list)
    directory_teams: Mapped[list[str]] = mapped_column(JSON, default=list)

    def has_role(self, role: StaffRole) -> bool:
        return role.value in (self.roles or [self.role.value])

    @property
    def all_teams(self) -> list[str]:
        return sorted(set(self.teams or []) | set(self.directory_teams or []))


class EndedConsoleSession(Base):
    """A console session its staff member logged out of. The cookie alone would stay valid
    until it expires (it is signed, not stored), so a copied cookie is refused by this list;
    rows go once the cookie would have expired anyway."""

    __tablename__ = "ended_console_session"

    # SHA-256 of the session's own random token: the list holds nothing a cookie could be made of.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    ended_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    forget_after: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)


class Submission(Base):
    """One accepted submission: the idempotency record and the answer a replay gets."""

    __tablename__ = "submission"
    __table_args__ = (UniqueConstraint("device_id", "submission_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    submission_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # SHA-256 of the canonical envelope JSON: the same key with other content is refused.
    envelope_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    reference_code: Mapped[str] = mapped_column(String(7))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    response_status: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)


class CallbackRequest(Base):
    """A citizen's request to be called back, as staff work it in the console."""

    __tablename__ = "callback_request"
    # The inbox's two orders within a status tab: keyset pages walk these (migration 0200).
    __table_args__ = (
        Index("ix_callback_request_status_due", "status", "due_at", "id"),
        Index("ix_callback_request_status_received", "status", "received_at", "id"),
        Index("ix_callback_request_due", "due_at", "id"),
        Index("ix_callback_request_status_team", "status", "team", "due_at", "id"),
        # Everything the figures count per period, without reading a row.
        Index(
            "ix_callback_request_figures",
            "received_at",
            "concern_label",
            "device_id",
            "first_reached",
            "first_wait_seconds",
        ),
        Index("ix_callback_request_concern", "concern_id", "concern_label"),
        Index("ix_callback_request_language", "language"),
        Index("ix_callback_request_phone", "phone_e164"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_pk: Mapped[int] = mapped_column(ForeignKey("submission.id"), unique=True)
    reference_code: Mapped[str] = mapped_column(String(7), index=True)
    concern_id: Mapped[str] = mapped_column(String(40))
    concern_label: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    phone_e164: Mapped[str] = mapped_column(String(16))
    bg_number: Mapped[str | None] = mapped_column(String(14), default=None)
    # [{"start": ISO 8601, "end": ISO 8601}, ...] as the terminal sent them.
    time_windows: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(10))
    privacy_accepted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[CallbackStatus] = mapped_column(
        Enum(
            CallbackStatus,
            native_enum=False,
            length=10,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=CallbackStatus.OPEN,
    )
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # ---- how staff find and work it (migration 0200) ----
    # Where it came from (the terminal), for the location filter.
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None, index=True)
    # The team its concern is routed to ("" when none).
    team: Mapped[str] = mapped_column(String(40), default="", index=True)
    # Search keys written at intake (backoffice.console.search_keys): reference code without
    # its dash, BG number in one spelling; the phone is searched as stored (E.164).
    search_reference: Mapped[str] = mapped_column(String(6), default="", index=True)
    search_bg: Mapped[str] = mapped_column(String(14), default="", index=True)
    # The earliest wished window, and when the next attempt is due (the inbox's order).
    first_window_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # The first attempt's outcome and how long the citizen waited for it, kept when it is
    # made: the figures then read them from one index instead of every attempt ever made.
    first_reached: Mapped[bool | None] = mapped_column(Boolean, default=None)
    first_wait_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    # When its team was told about it by mail (None: not yet, or the team has no mailbox).
    team_notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    done_by: Mapped[StaffUser | None] = relationship(foreign_keys=[done_by_id])
    claimant: Mapped[StaffUser | None] = relationship(foreign_keys=[claimed_by_id])
