"""What the UI's submit steps share: this terminal's enrollment and its outbox, with every
failure turned into the reason the citizen is told (``SubmitFailure``).

One instance per submitter. The outbox is opened for each submission and closed after it, so
the UI holds the outbox's lock (:mod:`sync.outbox_lock`) only while it stores something: a
damaged outbox can be salvaged by the delivery daemon between two citizens. Submissions run on
worker threads, so :meth:`close` waits for one under way, and a submission that starts after
the close (a hand-in finishing as the UI shuts down) is still stored: the citizen's document is
never dropped, and no connection is left open.

The outbox is opened with the configured queue quota, so a terminal set to queue less refuses a
new submission up front instead of filling its disk.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from kiosk.journeys.callback.submission import CallbackSubmitError, SubmitFailure
from sync.device import DeviceCredentials, DeviceFileError, load_device
from sync.outbox import Outbox, outbox_path
from sync.outbox_lock import OutboxBusyError
from sync.quota import StorageQuota
from sync.submit import SubmitError, SubmitReason

log = logging.getLogger(__name__)

_FAILURES = {
    SubmitReason.NOT_ENROLLED: SubmitFailure.NOT_ENROLLED,
    SubmitReason.STORAGE_FULL: SubmitFailure.STORAGE_FULL,
    SubmitReason.STORAGE_FAILED: SubmitFailure.STORAGE_FAILED,
}


class TerminalOutbox:
    """The outbox under ``data_dir``; ``what`` names the submissions in IT log lines."""

    def __init__(self, data_dir: Path, quota: StorageQuota | None, what: str) -> None:
        self._data_dir = data_dir
        self._quota = quota
        self._what = what
        self._lock = threading.RLock()  # one submission at a time; close waits for it

    def device(self) -> DeviceCredentials:
        """This terminal's credentials, or ``CallbackSubmitError(NOT_ENROLLED)``."""
        try:
            # Read each time: the terminal may be enrolled while the UI is running.
            device = load_device(self._data_dir, with_token=False)
        except DeviceFileError as exc:
            log.error("device file unusable: %s", exc)
            raise CallbackSubmitError(SubmitFailure.NOT_ENROLLED) from None
        if device is None:
            log.error("%s not stored: this terminal has not been enrolled", self._what)
            raise CallbackSubmitError(SubmitFailure.NOT_ENROLLED)
        return device

    @contextlib.contextmanager
    def storing(self) -> Iterator[Outbox]:
        """The open outbox, for one ``sync.submit``; failures become ``CallbackSubmitError``."""
        try:
            with self._lock, self._new_outbox() as outbox:
                yield outbox
        except SubmitError as exc:
            # str(exc) names the reason and the storage error only, never the payload.
            log.error("%s not stored: %s", self._what, exc)
            raise CallbackSubmitError(_FAILURES[exc.reason]) from None
        except (OSError, sqlite3.Error, OutboxBusyError) as exc:
            log.error("outbox cannot be opened: %s: %s", type(exc).__name__, exc)
            raise CallbackSubmitError(SubmitFailure.STORAGE_FAILED) from None

    def close(self) -> None:
        """Waits for a submission under way (each closes its own outbox)."""
        with self._lock:
            pass

    def _new_outbox(self) -> Outbox:
        self._data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return Outbox(outbox_path(self._data_dir), quota=self._quota)
