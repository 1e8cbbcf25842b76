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

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.leases import DocumentLeases, holder_name

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
        leases: DocumentLeases | None = None,
        forget_hand_over: Callable[[uuid.UUID], None] = lambda _message_id: None,
    ) -> None:
        self._sessions = sessions
        self._copy_path = copy_path
        self._clock = clock
        self._keep = dt.timedelta(days=keep_days)
        self._leases = leases or DocumentLeases(sessions, clock, holder_name("retention"))
        # The e-file adapter's own record of the hand-over goes with the copy: with no copy
        # left, the document can never be handed over again anyway.
        self._forget_hand_over = forget_hand_over

    def run_once(self) -> RetentionResult:
        removed = 0
        while claimed := self._leases.claim(self._expired(), ReceivedDocument.efile_delivered_at):
            removed += sum(1 for document_id in claimed if self._remove(document_id))
        return RetentionResult(removed)

    def _expired(self) -> list[ColumnElement[bool]]:
        cutoff = self._clock.now() - self._keep
        return [
            ReceivedDocument.efile_delivered_at.is_not(None),
            ReceivedDocument.efile_delivered_at <= cutoff,
            ReceivedDocument.copy_removed_at.is_(None),
        ]

    def _remove(self, document_id: int) -> bool:
        with self._sessions() as session:
            row = session.get(ReceivedDocument, document_id)
        # Checked again after the claim: only a confirmed hand-over lets a copy go.
        if row is None or row.efile_delivered_at is None or row.copy_removed_at is not None:
            return False
        # The file goes first, with no transaction open; the row records it after.
        path = self._copy_path(row.device_id, row.submission_id, row.attachment_id)
        path.unlink(missing_ok=True)
        _remove_if_empty(path.parent)
        self._forget_hand_over(row.attachment_id)
        now = self._clock.now()
        with self._sessions.begin() as session:
            recorded = session.execute(
                update(ReceivedDocument)
                .where(self._leases.held(document_id), ReceivedDocument.copy_removed_at.is_(None))
                .values(copy_removed_at=now, claimed_until=None, claimed_by="")
            )
        if recorded.rowcount != 1:  # type: ignore[attr-defined]
            return False  # our lease ran out and another worker took over: it records
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
