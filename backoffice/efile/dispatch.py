"""Hands due documents to the e-file adapter; records when each arrived, or why not yet.

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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.efile.adapter import EfileAdapter, EfileDocument, EfileError
from backoffice.storage.document_models import ReceivedDocument
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
    ) -> None:
        self._sessions = sessions
        self._adapter = adapter
        self._locate_pdf = locate_pdf
        self._clock = clock
        self._office_name = office_name
        self._retry = dt.timedelta(seconds=retry_seconds)

    def run_once(self) -> DispatchResult:
        delivered = failed = 0
        for document_id in self._due():
            if self._hand_over(document_id):
                delivered += 1
            else:
                failed += 1
        return DispatchResult(delivered, failed)

    def _due(self) -> list[int]:
        now = self._clock.now()
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(ReceivedDocument.id)
                    .where(ReceivedDocument.efile_delivered_at.is_(None))
                    .where(
                        or_(
                            ReceivedDocument.efile_next_attempt_at.is_(None),
                            ReceivedDocument.efile_next_attempt_at <= now,
                        )
                    )
                    .order_by(ReceivedDocument.received_at)
                )
            )

    def _hand_over(self, document_id: int) -> bool:
        with self._sessions() as session, session.begin():
            row = session.get(ReceivedDocument, document_id)
            if row is None or row.efile_delivered_at is not None:
                return True
            device = session.get(Device, row.device_id)
            row.efile_attempts += 1
            try:
                pdf = self._locate_pdf(row.device_id, row.submission_id, row.attachment_id)
                location = self._adapter.deliver(self._document(row, device, pdf))
            except (EfileError, OSError) as exc:
                row.efile_last_error = f"{type(exc).__name__}: {exc}"[:500]
                row.efile_next_attempt_at = self._clock.now() + self._retry
                log.warning("document %s not in the e-file yet: %s", row.id, row.efile_last_error)
                return False
            row.efile_delivered_at = self._clock.now()
            row.efile_location = location[:500]
            row.efile_last_error = ""
            row.efile_next_attempt_at = None
            log.info("document %s (%s) handed to the e-file", row.id, row.reference_code)
            return True

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
