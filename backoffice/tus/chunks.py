"""One PATCH's bytes, written to a file of their own while they arrive.

tus has no per-request cap below ``Tus-Max-Size``: a client may send a whole upload (hundreds
of MB) in one PATCH, so a chunk is never held in memory. The writer refuses a byte past the
upload's declared length (:class:`ChunkTooLongError`), and when the request ends early (the
link broke) what was written is still a chunk: :meth:`ChunkWriter.finish` makes it durable and
the store records it, so a resend starts where the bytes stopped (tus: "the Server SHOULD
always attempt to store as much of the received data as possible").
"""

from __future__ import annotations

import os
from pathlib import Path


class ChunkTooLongError(Exception):
    """The request carries more bytes than the upload has room for."""


class ChunkWriter:
    def __init__(self, path: Path, upload_id: str, offset: int, length: int) -> None:
        self.path = path
        self.upload_id = upload_id
        self.offset = offset  # where in the upload this chunk starts
        self.length = length  # the upload's declared length
        self.written = 0
        self._descriptor: int | None = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)

    @property
    def room(self) -> int:
        return self.length - self.offset - self.written

    @property
    def end(self) -> int:
        return self.offset + self.written

    def write(self, data: bytes) -> None:
        if len(data) > self.room:
            raise ChunkTooLongError(f"{len(data) - self.room} bytes past Upload-Length")
        assert self._descriptor is not None, "the chunk is finished"
        view = memoryview(data)
        while view:
            view = view[os.write(self._descriptor, view) :]
        self.written += len(data)

    def finish(self) -> None:
        """On disk with its folder entry before this returns."""
        assert self._descriptor is not None, "the chunk is finished"
        try:
            os.fsync(self._descriptor)
        finally:
            os.close(self._descriptor)
            self._descriptor = None
        folder = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    def discard(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None
        self.path.unlink(missing_ok=True)
