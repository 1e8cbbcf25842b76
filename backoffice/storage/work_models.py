"""Records of staff work: the activity on each request and document, who opened what (the
access log), name search tokens, login back-off counters, calls, and the team mail's state.

Personal data here: a note staff write into the activity list, and the folded name tokens.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Enum, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.storage.models import Base, StaffUser
from backoffice.storage.types import UTCDateTime


def _enum[E: enum.Enum](kind: type[E], length: int) -> Enum:
    return Enum(
        kind, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class ActivityKind(enum.StrEnum):
    CLAIMED = "claimed"
    RELEASED = "released"
    TAKEN_OVER = "taken_over"
    ATTEMPT = "attempt"
    NOTE = "note"
    DONE = "done"
    REOPENED = "reopened"
    UNREACHED = "unreached"
    SEEN = "seen"
    HANDED_OVER = "handed_over"
    HAND_OVER_AGAIN = "hand_over_again"


class AttemptOutcome(enum.StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    WRONG_NUMBER = "wrong_number"


class RecordKind(enum.StrEnum):
    CALLBACK = "callback"
    DOCUMENT = "document"


class CaseActivity(Base):
    """One change to a request or document: what, who (None: the backoffice itself), when."""

    __tablename__ = "case_activity"
    __table_args__ = (Index("ix_case_activity_record", "record_kind", "record_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[RecordKind] = mapped_column(_enum(RecordKind, 10))
    record_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, 20))
    outcome: Mapped[AttemptOutcome | None] = mapped_column(_enum(AttemptOutcome, 20), default=None)
    text: Mapped[str] = mapped_column(Text, default="")

    staff: Mapped[StaffUser | None] = relationship()


class AccessAction(enum.StrEnum):
    VIEW = "view"
    PREVIEW = "preview"
    DOWNLOAD = "download"


class AccessRecord(Base):
    """Who opened which request or document, when: read by the data-protection role."""

    __tablename__ = "access_record"
    __table_args__ = (Index("ix_access_record_record", "record_kind", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    record_kind: Mapped[RecordKind] = mapped_column(_enum(RecordKind, 10))
    record_id: Mapped[int] = mapped_column(Integer)
    # The record's reference code, so the log reads without opening the record.
    reference_code: Mapped[str] = mapped_column(String(7), default="")
    action: Mapped[AccessAction] = mapped_column(_enum(AccessAction, 10))

    staff: Mapped[StaffUser] = relationship()


TOKEN_TYPE = String(200).with_variant(String(200, collation="C"), "postgresql")


class NameToken(Base):
    """One spelling of one word of a callback request's name (``search_keys.name_tokens``:
    Müller is kept as ``mueller`` and ``muller``): the name search looks words up by prefix in
    this narrow index instead of scanning every request."""

    __tablename__ = "name_token"
    __table_args__ = (Index("ix_name_token_request_id", "request_id"),)

    # Byte order on PostgreSQL too ("C"), so a prefix is a plain range (search_keys.prefix_bounds).
    token: Mapped[str] = mapped_column(TOKEN_TYPE, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("callback_request.id", ondelete="CASCADE"), primary_key=True
    )


class LoginThrottle(Base):
    """Failed logins for one account name from one source (``*`` : from sources the account
    has never logged in from). Raised with ``failures = failures + 1`` in the database, so
    concurrent workers lose no count."""

    __tablename__ = "login_throttle"

    account: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    wait_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class KnownLoginSource(Base):
    """A source an account logged in from successfully: failures from elsewhere never slow it."""

    __tablename__ = "known_login_source"

    account: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_login_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CallOutcome(enum.StrEnum):
    RINGING = "ringing"
    ANSWERED = "answered"
    MISSED = "missed"


class CallRecord(Base):
    """One video call as the signaling hub saw it: rang, accepted, ended (for the figures).
    No personal data: the terminal, its location and the staff account."""

    __tablename__ = "call_record"

    call_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    location: Mapped[str] = mapped_column(String(200), default="")
    rang_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    staff_id: Mapped[int | None] = mapped_column(Integer, default=None)
    outcome: Mapped[CallOutcome] = mapped_column(_enum(CallOutcome, 10))


class MailStatus(Base):
    """The team mail's last result, for IT (one row per team)."""

    __tablename__ = "mail_status"

    team: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # The error's type and SMTP code only ("SMTPRecipientsRefused 550"); "" after a success.
    last_error: Mapped[str] = mapped_column(String(200), default="")
    failing_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
