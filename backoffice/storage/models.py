"""The backoffice's records. Personal data lives only in :class:`CallbackRequest`."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from backoffice.storage.types import UTCDateTime


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


class StaffRole(enum.StrEnum):
    # Works callback requests and documents: sees personal data, not the fleet.
    CASEWORKER = "caseworker"
    # Looks after terminals: sees the fleet page, revokes and configures terminals.
    IT = "it"


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
    role: Mapped[StaffRole] = mapped_column(
        Enum(
            StaffRole, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        ),
        default=StaffRole.CASEWORKER,
    )


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

    done_by: Mapped[StaffUser | None] = relationship()
