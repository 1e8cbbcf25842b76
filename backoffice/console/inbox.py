"""Reading and working the callback requests staff see in the console."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, String, and_, func, not_, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from backoffice.clock import Clock
from backoffice.damage import Damaged, or_damaged, rows_or_damaged
from backoffice.storage.models import CallbackRequest, CallbackStatus, StaffUser

log = logging.getLogger(__name__)

# The inbox shows the newest requests first, a page at a time. Pages are keyset pages: "older"
# means "after this request", so new arrivals never shift what an older page shows.
PAGE_SIZE = 50
KIND = "callback request"


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
    # Counted as stored text: a damaged row's unknown status must not break the tabs.
    status = type_coerce(CallbackRequest.status, String)
    rows = session.execute(select(status, func.count()).group_by(status)).all()
    by_status = {status: number for status, number in rows}
    return InboxCounts(
        open=by_status.get(CallbackStatus.OPEN.value, 0),
        done=by_status.get(CallbackStatus.DONE.value, 0),
    )


Shown = CallbackRequest | Damaged


@dataclass(frozen=True)
class InboxPage:
    """One page of the inbox; ``older``/``newer`` are the ids to page on from, if any. A request
    that cannot even be loaded is a :class:`~backoffice.damage.Damaged` marker in its place."""

    requests: list[Shown]
    older: int | None
    newer: int | None


def _id(shown: Shown) -> int:
    return int(shown.record_id) if isinstance(shown, Damaged) else shown.id


def _rows(session: Session, statement: Select[CallbackRequest]) -> list[Shown]:
    return rows_or_damaged(session, statement, CallbackRequest, KIND)


def _position(request: CallbackRequest) -> ColumnElement[bool]:
    """Rows after ``request`` in the inbox's order (newest first): older, or as old with a
    smaller id (two requests can arrive in the same instant)."""
    return or_(
        CallbackRequest.received_at < request.received_at,
        and_(
            CallbackRequest.received_at == request.received_at,
            CallbackRequest.id < request.id,
        ),
    )


def page(
    session: Session,
    which: InboxFilter,
    before: int | None = None,
    after: int | None = None,
    size: int = PAGE_SIZE,
) -> InboxPage:
    """The newest ``size`` requests; or those just older than request ``before``; or those
    just newer than request ``after``. An unknown id gives the first page."""
    query = select(CallbackRequest).options(selectinload(CallbackRequest.done_by))
    if which is not InboxFilter.ALL:
        query = query.where(CallbackRequest.status == CallbackStatus(which.value))
    newest_first = (CallbackRequest.received_at.desc(), CallbackRequest.id.desc())
    anchor = _anchor(session, before or after)
    if anchor is not None and after is not None:
        oldest_first = (CallbackRequest.received_at.asc(), CallbackRequest.id.asc())
        newer_rows = _rows(
            session,
            query.where(not_(_position(anchor)), CallbackRequest.id != anchor.id)
            .order_by(*oldest_first)
            .limit(size + 1),
        )
        if len(newer_rows) > size:  # not yet the newest page
            rows = newer_rows[:size][::-1]
            return InboxPage(rows, older=_id(rows[-1]), newer=_id(rows[0]))
        anchor = None  # the newest page: show it full, as without a cursor
    if anchor is not None:
        query = query.where(_position(anchor))
    rows = _rows(session, query.order_by(*newest_first).limit(size + 1))
    older = _id(rows[size - 1]) if len(rows) > size else None
    rows = rows[:size]
    newer = _id(rows[0]) if anchor is not None and rows else None
    return InboxPage(rows, older=older, newer=newer)


def _anchor(session: Session, request_id: int | None) -> CallbackRequest | None:
    """The request a page continues from; a damaged one is as good as unknown."""
    if not request_id:
        return None
    found = or_damaged(KIND, request_id, lambda: session.get(CallbackRequest, request_id))
    return None if isinstance(found, Damaged) else found


def find(session: Session, request_id: int) -> Shown | None:
    """The request, a marker if it cannot be loaded, or None if there is none."""
    return or_damaged(
        KIND,
        request_id,
        lambda: session.scalar(
            select(CallbackRequest)
            .where(CallbackRequest.id == request_id)
            .options(selectinload(CallbackRequest.done_by))
        ),
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
