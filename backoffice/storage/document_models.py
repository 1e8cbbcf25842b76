"""A received document and its way into the e-file. Personal data here: the BG number."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.storage.models import Base, StaffUser
from backoffice.storage.types import UTCDateTime


class ReceivedDocument(Base):
    """One file of a document submission; the PDF itself waits in ``<data>/attachments/``
    until the e-file has it, and is removed some days later (``backoffice.efile.retention``)."""

    __tablename__ = "received_document"
    # The type filter's choices, read from this index instead of every row (migration 0200).
    __table_args__ = (
        Index("ix_received_document_type", "document_type_id", "document_type_label"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_pk: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    submission_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    attachment_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    reference_code: Mapped[str] = mapped_column(String(7), index=True)
    document_type_id: Mapped[str] = mapped_column(String(40))
    document_type_label: Mapped[str] = mapped_column(String(200))
    bg_number: Mapped[str | None] = mapped_column(String(14), default=None)
    file_name: Mapped[str] = mapped_column(String(130))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    scanned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    # The e-file hand-over: when it succeeded, where to, and the attempts before.
    efile_delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    efile_location: Mapped[str] = mapped_column(String(500), default="")
    efile_attempts: Mapped[int] = mapped_column(Integer, default=0)
    efile_last_error: Mapped[str] = mapped_column(String(500), default="")
    efile_next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # When the plaintext PDF in <data>/attachments/ was removed after the hand-over.
    copy_removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # ---- how staff find and work it (migration 0200) ----
    team: Mapped[str] = mapped_column(String(40), default="", index=True)
    search_reference: Mapped[str] = mapped_column(String(6), default="", index=True)
    search_bg: Mapped[str] = mapped_column(String(14), default="", index=True)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    team_notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    # The member of staff working it (``claimed_by`` is the lease of the worker handing it over).
    claimant: Mapped[StaffUser | None] = relationship(foreign_keys=[claimed_by_id])
    seen_by: Mapped[StaffUser | None] = relationship(foreign_keys=[seen_by_id])
    # A worker handing the document over (or removing its copy) holds it until then; a worker
    # that died mid-way lets go by the lease running out (backoffice.storage.leases).
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    claimed_by: Mapped[str] = mapped_column(String(40), default="")
