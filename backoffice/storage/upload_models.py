"""The ``upload`` table: tus uploads in progress or finished, each owned by one device.

Holds no personal data: ids, sizes, times and the SHA-256 of the sealed (encrypted) bytes.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, PrimaryKeyConstraint, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.storage.models import Base
from backoffice.storage.types import UTCDateTime


class Upload(Base):
    __tablename__ = "upload"

    # Random, unguessable; the last part of the upload's URL.
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), index=True)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Last accepted chunk: partial uploads are kept for days after it (see store.cleanup).
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # SHA-256 (hex) of the whole sealed file, set when the last byte arrived.
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    # Set when a submission took the upload in; its file is then deleted.
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class UploadChunk(Base):
    """One accepted chunk of an upload, in its own file ``<uploads>/<upload id>/<name>``.

    Two requests racing for the same offset each write their own file; the one whose
    conditional UPDATE moves the upload's offset records its chunk here, the other deletes its
    file. So the bytes of an upload are exactly its chunk rows, in ``start`` order.
    """

    __tablename__ = "upload_chunk"
    __table_args__ = (PrimaryKeyConstraint("upload_id", "start"),)

    upload_id: Mapped[str] = mapped_column(ForeignKey("upload.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(BigInteger)
    size: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(60))
