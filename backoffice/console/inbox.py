"""Reading and working the callback requests staff see in the console."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from backoffice.clock import Clock
from backoffice.storage.models import CallbackRequest, CallbackStatus, StaffUser

log = logging.getLogger(__name__)

# The inbox shows the newest requests first; older ones stay reachable through "Alle".
PAGE_SIZE = 200


class InboxFilter(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    ALL = "all"

    @classmethod
    def parse(cls, value: str | None) -> InboxFilter:
        try:
            return cls(value or cls.OPEN)
        except ValueError:
            return cls.OPEN


@dataclass(frozen=True)
class InboxCounts:
    open: int
    done: int

    @property
    def all(self) -> int:
        return self.open + self.done


def counts(session: Session) -> InboxCounts:
    rows = session.execute(
        select(CallbackRequest.status, func.count()).group_by(CallbackRequest.status)
    ).all()
    by_status = {status: number for status, number in rows}
    return InboxCounts(
        open=by_status.get(CallbackStatus.OPEN, 0), done=by_status.get(CallbackStatus.DONE, 0)
    )


def listing(session: Session, which: InboxFilter) -> list[CallbackRequest]:
    query = (
        select(CallbackRequest)
        .options(selectinload(CallbackRequest.done_by))
        .order_by(CallbackRequest.received_at.desc(), CallbackRequest.id.desc())
    )
    if which is not InboxFilter.ALL:
        query = query.where(CallbackRequest.status == CallbackStatus(which.value))
    return list(session.scalars(query.limit(PAGE_SIZE)))


def find(session: Session, request_id: int) -> CallbackRequest | None:
    return session.scalar(
        select(CallbackRequest)
        .where(CallbackRequest.id == request_id)
        .options(selectinload(CallbackRequest.done_by))
    )


def mark_done(session: Session, clock: Clock, request: CallbackRequest, staff: StaffUser) -> None:
    request.status = CallbackStatus.DONE
    request.done_by_id = staff.id
    request.done_at = clock.now()
    log.info("callback %s marked done by staff #%d", request.reference_code, staff.id)


def reopen(session: Session, request: CallbackRequest, staff: StaffUser) -> None:
    request.status = CallbackStatus.OPEN
    request.done_by_id = None
    request.done_at = None
    log.info("callback %s reopened by staff #%d", request.reference_code, staff.id)
