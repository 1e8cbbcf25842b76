"""Upload files and their rows: create, append a verified chunk, finish, clean up by age.

A chunk is appended only whole and verified (the router reads the body and checks its
checksum first), then fsynced, then the row's offset moves on. A crash between the write and
the commit leaves bytes past the recorded offset; the next append truncates to the offset, so
the file never holds bytes the terminal was not told about.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import logging
import os
import secrets
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.upload_models import Upload

log = logging.getLogger(__name__)

UPLOAD_DIR_NAME = "uploads"
# Partial uploads are kept at least this long for the terminal to resume; the settings may
# only raise it. Idempotency records (the ``submission`` table) are never deleted by the clean-up:
# they outlive the 90 days a terminal may take to hear its answer.
MIN_PARTIAL_UPLOAD_DAYS = 30
_HASH_BLOCK = 1024 * 1024


class AppendRefusal(enum.Enum):
    UNKNOWN = "unknown"  # no such upload for this device
    OFFSET_MISMATCH = "offset_mismatch"
    TOO_LONG = "too_long"  # the chunk would pass the declared length


class AppendRefusedError(Exception):
    def __init__(self, refusal: AppendRefusal, offset: int = 0) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.offset = offset


@dataclass(frozen=True)
class UploadStatus:
    upload_id: str
    length: int
    offset: int
    sha256: str | None


class UploadStore:
    """Uploads of all devices; a device sees only its own (anything else is "unknown")."""

    def __init__(self, sessions: sessionmaker[Session], folder: Path, clock: Clock) -> None:
        self._sessions = sessions
        self.folder = folder
        self._clock = clock
        # One writer per upload in this process; the offset check catches other processes.
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def file(self, upload_id: str) -> Path:
        return self.folder / f"{upload_id}.part"

    def create(self, device_id: uuid.UUID, length: int, attachment_id: uuid.UUID | None) -> str:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        upload_id = secrets.token_urlsafe(24)
        descriptor = os.open(self.file(upload_id), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
        now = self._clock.now()
        with self._sessions() as session, session.begin():
            session.add(
                Upload(
                    id=upload_id,
                    device_id=device_id,
                    attachment_id=attachment_id,
                    length=length,
                    offset=0,
                    created_at=now,
                    updated_at=now,
                )
            )
        return upload_id

    def status(self, device_id: uuid.UUID, upload_id: str) -> UploadStatus | None:
        with self._sessions() as session:
            upload = self._owned(session, device_id, upload_id)
            if upload is None:
                return None
            return UploadStatus(upload.id, upload.length, upload.offset, upload.sha256)

    def append(self, device_id: uuid.UUID, upload_id: str, offset: int, chunk: bytes) -> int:
        """Append a verified chunk at ``offset``; returns the new offset."""
        with self._lock(upload_id), self._sessions() as session, session.begin():
            upload = self._owned(session, device_id, upload_id)
            if upload is None:
                raise AppendRefusedError(AppendRefusal.UNKNOWN)
            if offset != upload.offset:
                raise AppendRefusedError(AppendRefusal.OFFSET_MISMATCH, upload.offset)
            if offset + len(chunk) > upload.length:
                raise AppendRefusedError(AppendRefusal.TOO_LONG, upload.offset)
            self._write_at(upload_id, offset, chunk)
            upload.offset = offset + len(chunk)
            upload.updated_at = self._clock.now()
            if upload.offset == upload.length:
                upload.sha256 = self._sha256(upload_id)
                upload.completed_at = upload.updated_at
            return upload.offset

    def claim(self, upload_id: str) -> None:
        """A submission took the upload in: forget its bytes (the row stays, without data)."""
        with self._sessions() as session, session.begin():
            upload = session.get(Upload, upload_id)
            if upload is not None and upload.claimed_at is None:
                upload.claimed_at = self._clock.now()
        with contextlib.suppress(FileNotFoundError):
            self.file(upload_id).unlink()

    def cleanup(self, keep_partial_days: int = MIN_PARTIAL_UPLOAD_DAYS) -> int:
        """Delete uploads untouched for ``keep_partial_days`` (at least 30) that no submission
        took in; returns how many. Claimed rows stay as a record without data."""
        days = max(keep_partial_days, MIN_PARTIAL_UPLOAD_DAYS)
        cutoff = self._clock.now() - dt.timedelta(days=days)
        with self._sessions() as session, session.begin():
            stale = session.scalars(
                select(Upload).where(Upload.claimed_at.is_(None), Upload.updated_at < cutoff)
            ).all()
            for upload in stale:
                with contextlib.suppress(FileNotFoundError):
                    self.file(upload.id).unlink()
                session.delete(upload)
        if stale:
            log.info("removed %d upload(s) untouched for %d days", len(stale), days)
        return len(stale)

    # ---- inside ---------------------------------------------------------------------------

    @staticmethod
    def _owned(session: Session, device_id: uuid.UUID, upload_id: str) -> Upload | None:
        return session.scalar(
            select(Upload).where(
                Upload.id == upload_id,
                Upload.device_id == device_id,
                Upload.claimed_at.is_(None),
            )
        )

    def _lock(self, upload_id: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(upload_id, threading.Lock())

    def _write_at(self, upload_id: str, offset: int, chunk: bytes) -> None:
        descriptor = os.open(self.file(upload_id), os.O_WRONLY)
        try:
            # Drop anything past the recorded offset (a crash after a write, before its commit).
            os.ftruncate(descriptor, offset)
            os.pwrite(descriptor, chunk, offset)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def _sha256(self, upload_id: str) -> str:
        digest = hashlib.sha256()
        with self.file(upload_id).open("rb") as stream:
            while block := stream.read(_HASH_BLOCK):
                digest.update(block)
        return digest.hexdigest()
