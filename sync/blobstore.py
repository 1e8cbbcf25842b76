"""Encrypted attachment files on the terminal, under ``<data_dir>/blobs/``.

Each file is sealed to the backoffice's public key in authenticated chunks
(:func:`contract.sealing.seal_file`), streamed so a scan of many MB is never whole in memory, and
written atomically: temporary file, fsync, rename, fsync of the folder. The outbox row that
refers to a file is committed only after the file is in place, so a crash in between leaves an
orphan file (removed by :meth:`BlobStore.remove_orphans`), never a row without its file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from nacl.public import PublicKey

from contract.sealing import FileDigest, seal_file
from durable.files import fsync_directory, remove_files, replacing

BLOB_DIR_NAME = "blobs"
BLOB_SUFFIX = ".sealed"
_TEMP_PREFIX = ".incoming."


@dataclass(frozen=True)
class StoredBlob:
    """One sealed file on the disk. ``size``/``sha256`` are of the sealed bytes (as uploaded);
    ``plaintext`` is what the backoffice will find after opening it."""

    attachment_id: uuid.UUID
    path: Path
    size: int
    sha256: str
    plaintext: FileDigest


class _HashingWriter:
    """Counts and hashes what passes through to the real file."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self._target.write(data)


class BlobStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, outbox_file: Path) -> BlobStore:
        return cls(outbox_file.parent / BLOB_DIR_NAME)

    def write(
        self, attachment_id: uuid.UUID, content: bytes | Path, recipient: PublicKey
    ) -> StoredBlob:
        """Seal ``content`` (bytes, or a file read in chunks) into a new file, durably."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        final_path = self.folder / f"{uuid.uuid4().hex}{BLOB_SUFFIX}"
        with replacing(final_path, temp_prefix=_TEMP_PREFIX, temp_suffix="") as stream:
            writer = _HashingWriter(stream)
            with _open_source(content) as source:
                plaintext = seal_file(source, writer, recipient)
        return StoredBlob(
            attachment_id, final_path, writer.size, writer.digest.hexdigest(), plaintext
        )

    def delete(self, paths: Iterable[Path]) -> None:
        """Remove delivered files (already absent is fine: a crash may have come between)."""
        remove_files(self.folder, paths)

    def used_bytes(self) -> int:
        if not self.folder.exists():
            return 0
        return sum(entry.stat().st_size for entry in os.scandir(self.folder) if entry.is_file())

    def remove_orphans(
        self, referenced: set[Path], now: dt.datetime, grace: dt.timedelta
    ) -> list[Path]:
        """Delete files no outbox row refers to, older than ``grace``.

        The grace period matters: another process (the UI) may have just renamed a file into
        place and be about to commit its row.
        """
        if not self.folder.exists():
            return []
        removed = []
        for entry in os.scandir(self.folder):
            path = Path(entry.path)
            if not entry.is_file() or path in referenced:
                continue
            modified = dt.datetime.fromtimestamp(entry.stat().st_mtime, dt.UTC)
            if now - modified >= grace:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                removed.append(path)
        if removed:
            fsync_directory(self.folder)
        return removed


@contextlib.contextmanager
def _open_source(content: bytes | Path) -> Iterator[BinaryIO]:
    if isinstance(content, bytes):
        yield io.BytesIO(content)
    else:
        with content.open("rb") as stream:
            yield stream
