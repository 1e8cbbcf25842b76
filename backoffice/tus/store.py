"""Uploads and their rows: create, append a verified chunk, finish, clean up by age.

Any worker of any node may take any request of an upload, and two may race for the same
offset (a terminal that timed out and resent). A chunk is accepted only whole and verified
(the router reads the body and checks its checksum first). Each request writes its chunk to a
file of its own (fsynced, no transaction open), then ONE conditional UPDATE moves the offset
on only if it still stands where the chunk starts, and records the chunk in the same
transaction. Of two racing requests exactly one wins; the other deletes its file and answers
409 with the offset that holds. The upload's bytes are its recorded chunks in order; a crash
before the commit leaves an unrecorded file, which the upload's clean-up removes.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import logging
import os
import secrets
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.upload_models import Upload, UploadChunk

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

    def chunk_folder(self, upload_id: str) -> Path:
        return self.folder / upload_id

    def create(self, device_id: uuid.UUID, length: int, attachment_id: uuid.UUID | None) -> str:
        upload_id = secrets.token_urlsafe(24)
        self.chunk_folder(upload_id).mkdir(parents=True, mode=0o700)
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
        upload = self._check(device_id, upload_id, offset, len(chunk))
        name = f"{offset:015d}-{secrets.token_hex(6)}"
        path = self.chunk_folder(upload_id) / name
        write_durably(path, chunk)
        end = offset + len(chunk)
        sha256 = self._sha256(upload_id, extra=path) if end == upload.length else None
        now = self._clock.now()
        with self._sessions.begin() as session:
            moved = session.execute(
                update(Upload)
                .where(
                    Upload.id == upload_id,
                    Upload.device_id == device_id,
                    Upload.claimed_at.is_(None),
                    Upload.offset == offset,
                )
                .values(
                    offset=end,
                    updated_at=now,
                    sha256=sha256,
                    completed_at=now if sha256 is not None else None,
                )
            )
            won = moved.rowcount == 1  # type: ignore[attr-defined]
            if won:
                session.add(
                    UploadChunk(upload_id=upload_id, start=offset, size=len(chunk), name=name)
                )
        if not won:
            path.unlink(missing_ok=True)
            # Another request took this offset meanwhile: say where the upload stands now.
            self._check(device_id, upload_id, offset, len(chunk))
            raise AppendRefusedError(AppendRefusal.OFFSET_MISMATCH, offset)
        return end

    def open(self, upload_id: str) -> BinaryIO:
        """The upload's bytes, read chunk after chunk (finished uploads only)."""
        return io.BufferedReader(_ChunkReader(self._chunk_paths(upload_id)))

    def claim(self, upload_id: str) -> None:
        """A submission took the upload in: forget its bytes (the row stays, without data)."""
        with self._sessions() as session, session.begin():
            upload = session.get(Upload, upload_id)
            if upload is not None and upload.claimed_at is None:
                upload.claimed_at = self._clock.now()
        self._remove_files(upload_id)

    def cleanup(self, keep_partial_days: int = MIN_PARTIAL_UPLOAD_DAYS) -> int:
        """Delete uploads untouched for ``keep_partial_days`` (at least 30) that no submission
        took in; returns how many. Claimed rows stay as a record without data."""
        days = max(keep_partial_days, MIN_PARTIAL_UPLOAD_DAYS)
        cutoff = self._clock.now() - dt.timedelta(days=days)
        with self._sessions() as session, session.begin():
            stale = list(
                session.scalars(
                    select(Upload.id).where(Upload.claimed_at.is_(None), Upload.updated_at < cutoff)
                )
            )
            if stale:
                session.execute(delete(UploadChunk).where(UploadChunk.upload_id.in_(stale)))
                session.execute(delete(Upload).where(Upload.id.in_(stale)))
        # Files after the commit: a crash in between leaves files without rows, removed by
        # hand at worst, never rows whose bytes are gone.
        for upload_id in stale:
            self._remove_files(upload_id)
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

    def _check(self, device_id: uuid.UUID, upload_id: str, offset: int, size: int) -> Upload:
        with self._sessions() as session:
            upload = self._owned(session, device_id, upload_id)
        if upload is None:
            raise AppendRefusedError(AppendRefusal.UNKNOWN)
        if offset != upload.offset:
            raise AppendRefusedError(AppendRefusal.OFFSET_MISMATCH, upload.offset)
        if offset + size > upload.length:
            raise AppendRefusedError(AppendRefusal.TOO_LONG, upload.offset)
        return upload

    def _chunk_paths(self, upload_id: str) -> list[Path]:
        with self._sessions() as session:
            names = session.scalars(
                select(UploadChunk.name)
                .where(UploadChunk.upload_id == upload_id)
                .order_by(UploadChunk.start)
            )
            return [self.chunk_folder(upload_id) / name for name in names]

    def _remove_files(self, upload_id: str) -> None:
        shutil.rmtree(self.chunk_folder(upload_id), ignore_errors=True)

    def _sha256(self, upload_id: str, extra: Path) -> str:
        digest = hashlib.sha256()
        for path in [*self._chunk_paths(upload_id), extra]:
            with path.open("rb") as stream:
                while block := stream.read(_HASH_BLOCK):
                    digest.update(block)
        return digest.hexdigest()


def write_durably(path: Path, data: bytes) -> None:
    """A new file with ``data``, on disk with its folder entry before this returns."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


class _ChunkReader(io.RawIOBase):
    """The chunk files of one upload, read as one stream."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._current: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._current is None:
                if not self._paths:
                    return 0
                self._current = self._paths.pop(0).open("rb")
            count = self._current.readinto(buffer)
            if count:
                return count
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
        super().close()
