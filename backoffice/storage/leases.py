"""Claiming received documents for work done outside any transaction (a ZIP written into the
hotfolder, a copy removed): exactly one worker in the cluster gets each document, and none
holds a database lock while it writes files.

    claim (short transaction: pick due rows FOR UPDATE SKIP LOCKED, set the lease) → commit
    → the file work → record the outcome only if the lease is still ours

On PostgreSQL, ``SKIP LOCKED`` lets workers claiming at the same moment pass each other's rows
instead of waiting; on SQLite (one writer, ``BEGIN IMMEDIATE``) the claims are one after the
other anyway and ``FOR UPDATE`` is left out by SQLAlchemy. A worker that dies mid-way holds its
documents until the lease runs out; then another takes them over (the hotfolder adapter makes
that second run harmless, see ``backoffice.efile.hotfolder``).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import QueryableAttribute, Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.document_models import ReceivedDocument

# Long enough for a large PDF to reach a slow network share; after a crash the document waits
# this long before another worker hands it over.
DEFAULT_LEASE = dt.timedelta(minutes=5)
BATCH = 20


def holder_name(job: str) -> str:
    """Who holds a lease, for IT reading the table: host, process and a random part."""
    return f"{job}:{socket.gethostname()[:16]}:{os.getpid()}:{secrets.token_hex(3)}"[:40]


class DocumentLeases:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        holder: str,
        lease: dt.timedelta = DEFAULT_LEASE,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.holder = holder
        self._lease = lease

    def claim(
        self, due: Sequence[ColumnElement[bool]], order: QueryableAttribute[Any]
    ) -> list[int]:
        """Ids of up to :data:`BATCH` due documents, now leased to this holder."""
        now = self._clock.now()
        free = or_(ReceivedDocument.claimed_until.is_(None), ReceivedDocument.claimed_until <= now)
        query = (
            select(ReceivedDocument.id)
            .where(*due, free)
            .order_by(order)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        )
        with self._sessions.begin() as db:
            ids = list(db.scalars(query))
            if ids:
                db.execute(
                    update(ReceivedDocument)
                    .where(ReceivedDocument.id.in_(ids))
                    .values(claimed_until=now + self._lease, claimed_by=self.holder)
                )
        return ids

    def held(self, document_id: int) -> ColumnElement[bool]:
        """The condition for recording an outcome: the document is still leased to us."""
        return (ReceivedDocument.id == document_id) & (ReceivedDocument.claimed_by == self.holder)
