"""How much the terminal may queue: a quota for the outbox and a floor of free disk space.

Checked before anything of a new submission is written, so a full terminal says "not saved"
up front instead of failing half-way (or, worse, pretending to have saved).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from config.schema import SyncSettings

_DEFAULTS = SyncSettings()

# Free bytes on the file system holding a folder; shutil's answer in production.
FreeSpace = Callable[[Path], int]


def disk_free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


class StorageFullError(Exception):
    """No room for a new submission. ``str()`` gives figures only, for IT."""


@dataclass(frozen=True)
class StorageQuota:
    queue_bytes: int = _DEFAULTS.queue_quota_bytes
    min_free_disk_bytes: int = _DEFAULTS.min_free_disk_bytes
    free_space: FreeSpace = disk_free_bytes

    @classmethod
    def from_settings(cls, settings: SyncSettings) -> StorageQuota:
        return cls(settings.queue_quota_bytes, settings.min_free_disk_bytes)

    def require_room(self, folder: Path, used_bytes: int, needed_bytes: int) -> None:
        """Raise :class:`StorageFullError` unless ``needed_bytes`` more fit in both limits."""
        if used_bytes + needed_bytes > self.queue_bytes:
            raise StorageFullError(
                f"queue quota reached: {used_bytes} bytes used + {needed_bytes} needed "
                f"> {self.queue_bytes} allowed"
            )
        free = self.free_space(folder)
        if free - needed_bytes < self.min_free_disk_bytes:
            raise StorageFullError(
                f"disk nearly full: {free} bytes free, {needed_bytes} needed, "
                f"{self.min_free_disk_bytes} kept free"
            )
