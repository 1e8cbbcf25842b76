"""A received document and its way into the e-file. Personal data here: the BG number."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.storage.models import Base
from backoffice.storage.types import UTCDateTime


class ReceivedDocument(Base):
    """One file of a document submission; the PDF itself waits in ``<data>/attachments/``
    until the e-file has it, and is removed some days later (``backoffice.efile.retention``)."""

    __tablename__ = "received_document"

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
    # A worker handing the document over (or removing its copy) holds it until then; a worker
    # that died mid-way lets go by the lease running out (backoffice.storage.leases).
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    claimed_by: Mapped[str] = mapped_column(String(40), default="")
