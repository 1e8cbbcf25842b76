"""Disk space set aside for the delivery daemon's bookkeeping, as a plain file of zeros.

When something else (logs, a core dump) takes every free byte, SQLite cannot record a
receipt: every write needs new blocks for WAL frames, and a checkpoint that would let the WAL
be reused needs the database file to grow. Without that record the daemon sends the same item
again and again and never frees what delivered items hold. So ``outbox.reserve`` keeps
``size`` bytes taken while there is room; the daemon releases it when a write fails with
SQLITE_FULL, records what it must, and the queue drains (deleting sealed files, freeing more).

The reserve is only (re)created when half as much again stays free beside it, so a process
that opens the outbox on a nearly full disk does not grab back the room just released.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from durable.files import replacing

RESERVE_FILE_NAME = "outbox.reserve"
DEFAULT_RESERVE_BYTES = 256 * 1024
_BLOCK = b"\0" * 65536


class SpaceReserve:
    def __init__(self, folder: Path, size: int = DEFAULT_RESERVE_BYTES) -> None:
        self.path = folder / RESERVE_FILE_NAME
        self.size = size

    def held(self) -> bool:
        return self.path.exists()

    def ensure(self) -> bool:
        """Take the reserve if it is not held and there is room; True if it is held now."""
        if self.size <= 0 or self.held():
            return True
        try:
            if shutil.disk_usage(self.path.parent).free < self._room_needed():
                return False
            # Real zeros, not a sparse file: a hole reserves nothing.
            with replacing(
                self.path, temp_prefix=f".{self.path.name}.", temp_suffix=".incoming"
            ) as stream:
                left = self.size
                while left > 0:
                    left -= stream.write(_BLOCK[: min(left, len(_BLOCK))])
        except OSError:
            return False  # a full or read-only disk: try again later
        return True

    def _room_needed(self) -> int:
        return self.size + self.size // 2

    def release(self) -> bool:
        """Give the reserved bytes back to the file system; True if there was a reserve."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True

    def problem(self) -> str | None:
        """For IT when the reserve is not held: the disk is (nearly) full. No personal data."""
        if self.size <= 0 or self.held():
            return None
        try:
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            return "storage full: outbox space reserve not held"
        if free >= self._room_needed():
            return None  # room enough: the daemon takes the reserve again on its next pass
        return (
            f"storage full: outbox space reserve used up, {free} bytes free on the data "
            "folder's disk; free disk space so delivery results can be recorded"
        )

    def full_detail(self) -> str:
        """Why a write failed although the reserve was used: figures only, for IT."""
        try:
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            return "disk full, space reserve used up"
        return f"disk full: {free} bytes free on the data folder's disk, space reserve used up"
