"""Who may have the outbox open: everyone at once (shared), or the salvage alone (exclusive).

A salvage moves the damaged database aside and builds a new one. A process that still had the
old file open would go on writing into the moved copy and tell a citizen "saved" for a row
nobody will ever deliver. So every :class:`~sync.outbox.Outbox` holds a shared ``flock`` on
``outbox.lock`` while it is open, and the check-and-salvage takes it exclusively. The UI opens
the outbox for each submission only, so a salvage waits a few seconds at most.

``flock`` locks belong to the open file and end with the process: a killed process never
leaves the outbox locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_FILE_NAME = "outbox.lock"
_POLL_SECONDS = 0.05
# Waiting on an event that is never set, not time.sleep: libfaketime (the clock-jump tests)
# breaks Python's sleep (clock_nanosleep on an absolute monotonic time gives EINVAL with
# FAKETIME_DONT_FAKE_MONOTONIC), while condition waits stay correct.
_pause = threading.Event()


class OutboxBusyError(Exception):
    """The lock was not free within the time given. ``str()`` says for IT what waits."""


def _acquire(path: Path, kind: int, timeout: float) -> int:
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, kind | fcntl.LOCK_NB)
            return descriptor
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise OutboxBusyError(
                    f"{path.parent}: the outbox is in use by another process"
                ) from None
            _pause.wait(_POLL_SECONDS)


class OutboxLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME

    def hold_shared(self, timeout: float) -> int:
        """A shared hold for as long as an outbox is open; give it back with :meth:`release`."""
        return _acquire(self.path, fcntl.LOCK_SH, timeout)

    @staticmethod
    def release(descriptor: int) -> None:
        os.close(descriptor)

    @contextlib.contextmanager
    def exclusive(self, timeout: float) -> Iterator[None]:
        """The outbox to oneself (no process has it open), or :class:`OutboxBusyError`."""
        descriptor = _acquire(self.path, fcntl.LOCK_EX, timeout)
        try:
            yield
        finally:
            os.close(descriptor)
