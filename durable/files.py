"""Writing a file so that a power cut leaves either the old or the new content, never half.

The data goes to a temporary file in the same folder, is flushed to the disk (fsync), renamed
over the target, and the folder itself is flushed so the rename survives a power cut as well
(:func:`replacing`, :func:`write_file_atomically`). A file that must never be overwritten (a
key) is created exclusively instead (:func:`write_new_file`). Terminal and office both write
this way: outbox blobs, device file, attachments, the e-file hotfolder, the office's keys.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_directory(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def replacing(
    path: Path, *, mode: int = 0o600, temp_prefix: str | None = None, temp_suffix: str = ".tmp"
) -> Iterator[BinaryIO]:
    """A stream for the new content of ``path``: when the block ends without an error, the
    content is made durable and replaces ``path``; on an error the temporary file is removed and
    ``path`` is left as it was. The file never exists with other permissions than ``mode``."""
    descriptor, temp_name = tempfile.mkstemp(
        dir=path.parent,
        prefix=f".{path.name}." if temp_prefix is None else temp_prefix,
        suffix=temp_suffix,
    )
    temp_path = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            os.fchmod(stream.fileno(), mode)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    fsync_directory(path.parent)


def write_file_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` by ``data``; the file never exists with other permissions than ``mode``."""
    with replacing(path, mode=mode) as stream:
        stream.write(data)


def write_new_file(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Create ``path`` with ``data``; ``FileExistsError`` if it exists (it is never replaced)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    fsync_directory(path.parent)


def remove_files(folder: Path, paths: Iterable[Path]) -> int:
    """Remove ``paths`` (files in ``folder``) durably: the folder is flushed once afterwards.
    A file already gone is fine (a crash may have come between). Returns how many went."""
    removed = 0
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
    if removed:
        fsync_directory(folder)
    return removed
