"""The calls table the signaling hub writes to: one row per call, rung, accepted, ended.

Kept deliberately small (for the figures: answered, missed, waiting times). A write is one
short transaction on the hub's loop; a failing database never stops a call (logged, skipped).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.work_models import CallOutcome, CallRecord

log = logging.getLogger(__name__)


class OfficeCallLog:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def rang(self, call_id: str, device_id: uuid.UUID, location: str) -> None:
        def write(db: Session, now: dt.datetime) -> None:
            db.add(
                CallRecord(
                    call_id=call_id,
                    device_id=device_id,
                    location=location[:200],
                    rang_at=now,
                    outcome=CallOutcome.RINGING,
                )
            )

        self._write(call_id, "rang", write)

    def accepted(self, call_id: str, staff_id: int) -> None:
        def write(db: Session, now: dt.datetime) -> None:
            row = db.get(CallRecord, call_id)
            if row is not None:
                row.accepted_at, row.outcome, row.staff_id = now, CallOutcome.ANSWERED, staff_id

        self._write(call_id, "accepted", write)

    def ended(self, call_id: str) -> None:
        def write(db: Session, now: dt.datetime) -> None:
            row = db.get(CallRecord, call_id)
            if row is not None and row.ended_at is None:
                row.ended_at = now
                if row.outcome is CallOutcome.RINGING:
                    row.outcome = CallOutcome.MISSED

        self._write(call_id, "ended", write)

    def _write(
        self, call_id: str, what: str, change: Callable[[Session, dt.datetime], None]
    ) -> None:
        try:
            with self._sessions() as db, db.begin():
                change(db, self._clock.now())
        except SQLAlchemyError as exc:
            log.error("call %s not recorded (%s): %s", call_id, what, type(exc).__name__)
