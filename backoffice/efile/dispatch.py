"""Hands due documents to the e-file adapter; records when each arrived, or why not yet.

Every worker of every node runs this; each document is leased to one of them
(:mod:`backoffice.storage.leases`), handed over with no transaction open, and its outcome
recorded by the lease holder.

A failure is kept on the row (attempts, last error, next attempt) and shown in the console;
the document is tried again after ``retry_seconds``, for ever: a document is never dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, or_, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.efile.adapter import EfileAdapter, EfileDocument, EfileError
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.leases import DocumentLeases, holder_name
from backoffice.storage.models import Device

log = logging.getLogger(__name__)

# (device_id, submission_id, attachment_id) -> the verified plaintext PDF
PdfLocator = Callable[[uuid.UUID, uuid.UUID, uuid.UUID], Path]


@dataclass(frozen=True)
class DispatchResult:
    delivered: int
    failed: int


class EfileDispatcher:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        adapter: EfileAdapter,
        locate_pdf: PdfLocator,
        clock: Clock,
        office_name: str,
        retry_seconds: int = 60,
        leases: DocumentLeases | None = None,
    ) -> None:
        self._sessions = sessions
        self._adapter = adapter
        self._locate_pdf = locate_pdf
        self._clock = clock
        self._office_name = office_name
        self._retry = dt.timedelta(seconds=retry_seconds)
        self._leases = leases or DocumentLeases(sessions, clock, holder_name("efile"))

    def run_once(self) -> DispatchResult:
        delivered = failed = 0
        while claimed := self._leases.claim(self._due(), ReceivedDocument.received_at):
            for document_id in claimed:
                if self._hand_over(document_id):
                    delivered += 1
                else:
                    failed += 1
        return DispatchResult(delivered, failed)

    def _due(self) -> list[ColumnElement[bool]]:
        now = self._clock.now()
        return [
            ReceivedDocument.efile_delivered_at.is_(None),
            or_(
                ReceivedDocument.efile_next_attempt_at.is_(None),
                ReceivedDocument.efile_next_attempt_at <= now,
            ),
        ]

    def _hand_over(self, document_id: int) -> bool:
        # Read, then let go of the database: the hand-over writes files (a network share,
        # perhaps) with no transaction open; the lease keeps other workers off the document.
        with self._sessions() as session:
            row = session.get(ReceivedDocument, document_id)
            if row is None or row.efile_delivered_at is not None:
                return True
            device = session.get(Device, row.device_id)
            ids = (row.device_id, row.submission_id, row.attachment_id)
        try:
            document = self._document(row, device, self._locate_pdf(*ids))
            location = self._adapter.deliver(document)
        except (EfileError, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
            self._record(
                document_id,
                efile_last_error=error,
                efile_next_attempt_at=self._clock.now() + self._retry,
            )
            log.warning("document %s not in the e-file yet: %s", document_id, error)
            return False
        self._record(
            document_id,
            efile_delivered_at=self._clock.now(),
            efile_location=location[:500],
            efile_last_error="",
            efile_next_attempt_at=None,
        )
        log.info("document %s (%s) handed to the e-file", document_id, row.reference_code)
        return True

    def _record(self, document_id: int, **outcome: object) -> None:
        """The outcome, if the lease is still ours (a worker that took over records its own)."""
        with self._sessions.begin() as session:
            session.execute(
                update(ReceivedDocument)
                .where(self._leases.held(document_id))
                .values(
                    efile_attempts=ReceivedDocument.efile_attempts + 1,
                    claimed_until=None,
                    claimed_by="",
                    **outcome,
                )
            )

    def _document(self, row: ReceivedDocument, device: Device | None, pdf: Path) -> EfileDocument:
        return EfileDocument(
            message_id=row.attachment_id,
            created_at=self._clock.now(),
            sender_terminal_id=str(row.device_id),
            sender_terminal_name=device.name if device else "",
            office_name=self._office_name,
            reference_code=row.reference_code,
            bg_number=row.bg_number,
            document_type_id=row.document_type_id,
            document_type_label=row.document_type_label,
            file_name=row.file_name,
            sha256=row.sha256,
            size=row.size,
            page_count=row.page_count,
            scanned_at=row.scanned_at,
            pdf=pdf,
        )
