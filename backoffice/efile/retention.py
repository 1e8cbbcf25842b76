"""Removes the backoffice's decrypted copy of a document some days after the e-file got it.

A job centre may keep citizens' documents outside the e-file only as long as needed: once
the document is handed over (``efile_delivered_at``: its ZIP written into the hotfolder,
which confirms nothing more, hence at least one day), the plaintext PDF under
``<data>/attachments/`` goes after ``keep_days`` (0: at the next run). A document not yet in
the e-file is never touched, however old. The file is removed before the row records it, so a
crash in between only means the next run finds the file gone already, which is fine: every run
can be repeated (the rule outlives restarts because its state is the database row).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.attachments import remove_copy
from backoffice.clock import Clock
from backoffice.storage.document_models import ReceivedDocument

log = logging.getLogger(__name__)

# (device_id, submission_id, attachment_id) -> where the plaintext copy is (or was) kept
CopyPath = Callable[[uuid.UUID, uuid.UUID, uuid.UUID], Path]


@dataclass(frozen=True)
class RetentionResult:
    removed: int


class HandedOverCopies:
    """The retention rule for copies of documents the e-file already holds."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        copy_path: CopyPath,
        clock: Clock,
        keep_days: int,
    ) -> None:
        self._sessions = sessions
        self._copy_path = copy_path
        self._clock = clock
        self._keep = dt.timedelta(days=keep_days)

    def run_once(self) -> RetentionResult:
        removed = 0
        for document_id in self._expired():
            if self._remove(document_id):
                removed += 1
        return RetentionResult(removed)

    def _expired(self) -> list[int]:
        cutoff = self._clock.now() - self._keep
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(ReceivedDocument.id)
                    .where(ReceivedDocument.efile_delivered_at.is_not(None))
                    .where(ReceivedDocument.efile_delivered_at <= cutoff)
                    .where(ReceivedDocument.copy_removed_at.is_(None))
                    .order_by(ReceivedDocument.efile_delivered_at)
                )
            )

    def _remove(self, document_id: int) -> bool:
        with self._sessions() as session, session.begin():
            row = session.get(ReceivedDocument, document_id)
            # Checked again inside the transaction: only a confirmed hand-over lets a copy go.
            if row is None or row.efile_delivered_at is None or row.copy_removed_at is not None:
                return False
            path = self._copy_path(row.device_id, row.submission_id, row.attachment_id)
            remove_copy(path)
            _remove_if_empty(path.parent)
            now = self._clock.now()
            row.copy_removed_at = now
            age = now - row.efile_delivered_at
            log.info(
                "document %d: copy removed %.1f days after the hand-over to the e-file",
                row.id,
                age.total_seconds() / 86400,
            )
            return True


def _remove_if_empty(folder: Path) -> None:
    # A submission's folder holds all its files; it goes with the last one. Not empty (another
    # file still waits) or gone already: both fine.
    with contextlib.suppress(OSError):
        folder.rmdir()
