"""Working a callback request to its end: claim it, record call attempts, write notes, close
it. Every change leaves a :class:`CaseActivity` saying who did what, when.

Claims are decided by the database (``UPDATE … WHERE claimed_by_id IS NULL``), so two
colleagues pressing "Ich übernehme" at once cannot both get it, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest, CallbackStatus, StaffUser
from backoffice.storage.work_models import (
    ActivityKind,
    AttemptOutcome,
    CaseActivity,
    RecordKind,
)

log = logging.getLogger(__name__)

NOTE_MAX_LENGTH = 2000


@dataclass(frozen=True)
class AttemptRules:
    max_failed_attempts: int
    retry_gap: dt.timedelta


class ClaimResult(enum.Enum):
    CLAIMED = "claimed"
    ALREADY_YOURS = "already_yours"
    TAKEN = "taken"  # someone else has it


def find(session: Session, request_id: int) -> CallbackRequest | None:
    return session.scalar(
        select(CallbackRequest)
        .where(CallbackRequest.id == request_id)
        .options(selectinload(CallbackRequest.done_by), selectinload(CallbackRequest.claimant))
    )


def record(
    session: Session,
    kind: RecordKind,
    record_id: int,
    at: dt.datetime,
    staff: StaffUser | None,
    activity: ActivityKind,
    outcome: AttemptOutcome | None = None,
    text: str = "",
) -> None:
    session.add(
        CaseActivity(
            record_kind=kind,
            record_id=record_id,
            at=at,
            staff_id=staff.id if staff else None,
            kind=activity,
            outcome=outcome,
            text=text,
        )
    )


def activities(session: Session, kind: RecordKind, record_id: int) -> list[CaseActivity]:
    return list(
        session.scalars(
            select(CaseActivity)
            .where(CaseActivity.record_kind == kind, CaseActivity.record_id == record_id)
            .options(selectinload(CaseActivity.staff))
            .order_by(CaseActivity.at.desc(), CaseActivity.id.desc())
        )
    )


# ---- claims -------------------------------------------------------------------------------------


Claimable = CallbackRequest | ReceivedDocument


def _kind(row: Claimable) -> RecordKind:
    return RecordKind.CALLBACK if isinstance(row, CallbackRequest) else RecordKind.DOCUMENT


def _said(row: Claimable, staff: StaffUser, what: str) -> None:
    log.info("%s %d %s by staff #%d", _kind(row).value, row.id, what, staff.id)


def claim(session: Session, row: Claimable, staff: StaffUser, now: dt.datetime) -> ClaimResult:
    """ "Ich übernehme": the row is ``staff``'s unless a colleague has it already."""
    if row.claimed_by_id == staff.id:
        return ClaimResult.ALREADY_YOURS
    model = type(row)
    won = session.execute(  # type: ignore[attr-defined]  # an UPDATE's CursorResult
        update(model)
        .where(model.id == row.id, model.claimed_by_id.is_(None))
        .values(claimed_by_id=staff.id, claimed_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(row)
    if not won:
        return ClaimResult.TAKEN
    record(session, _kind(row), row.id, now, staff, ActivityKind.CLAIMED)
    _said(row, staff, "claimed")
    return ClaimResult.CLAIMED


def take_over(session: Session, row: Claimable, staff: StaffUser, now: dt.datetime) -> None:
    """Takes what a colleague holds (they are away): said so in the activity list."""
    previous = row.claimant.display_name if row.claimant else ""
    row.claimed_by_id = staff.id
    row.claimed_at = now
    record(session, _kind(row), row.id, now, staff, ActivityKind.TAKEN_OVER, text=previous)
    _said(row, staff, "taken over")


def release(session: Session, row: Claimable, staff: StaffUser, now: dt.datetime) -> bool:
    if row.claimed_by_id != staff.id:
        return False
    row.claimed_by_id = None
    row.claimed_at = None
    record(session, _kind(row), row.id, now, staff, ActivityKind.RELEASED)
    _said(row, staff, "released")
    return True


# ---- call attempts ------------------------------------------------------------------------------


def _windows(request: CallbackRequest) -> list[tuple[dt.datetime, dt.datetime]]:
    spans = []
    for window in request.time_windows:
        try:
            start = dt.datetime.fromisoformat(str(window["start"])).astimezone(dt.UTC)
            end = dt.datetime.fromisoformat(str(window["end"])).astimezone(dt.UTC)
        except (KeyError, TypeError, ValueError):
            continue  # one damaged window never hides the others
        spans.append((start, end))
    return sorted(spans)


def next_attempt(request: CallbackRequest, not_before: dt.datetime) -> dt.datetime | None:
    """The first moment at or after ``not_before`` inside one of the citizen's windows;
    ``None`` when every window is over."""
    for start, end in _windows(request):
        if end > not_before:
            return max(start, not_before)
    return None


def add_attempt(
    session: Session,
    request: CallbackRequest,
    staff: StaffUser,
    outcome: AttemptOutcome,
    now: dt.datetime,
    rules: AttemptRules,
    note: str = "",
) -> None:
    if request.status is not CallbackStatus.OPEN:
        return
    request.attempts += 1
    if request.first_attempt_at is None:
        request.first_attempt_at = now
        request.first_reached = outcome is AttemptOutcome.REACHED
        request.first_wait_seconds = max(0, round((now - request.received_at).total_seconds()))
    if request.claimed_by_id is None:  # whoever calls has it from now on
        request.claimed_by_id, request.claimed_at = staff.id, now
    record(
        session, RecordKind.CALLBACK, request.id, now, staff, ActivityKind.ATTEMPT, outcome, note
    )
    _said(request, staff, f"attempt {outcome.value}")
    if outcome is AttemptOutcome.REACHED:
        return
    request.failed_attempts += 1
    if (
        outcome is AttemptOutcome.WRONG_NUMBER
        or request.failed_attempts >= rules.max_failed_attempts
    ):
        request.status = CallbackStatus.UNREACHED
        request.done_by_id, request.done_at = staff.id, now
        record(session, RecordKind.CALLBACK, request.id, now, None, ActivityKind.UNREACHED)
        _said(request, staff, "closed as not reached")
        return
    request.due_at = next_attempt(request, now + rules.retry_gap) or now


def add_note(
    session: Session, request: CallbackRequest, staff: StaffUser, text: str, now: dt.datetime
) -> bool:
    text = text.strip()[:NOTE_MAX_LENGTH]
    if not text:
        return False
    record(session, RecordKind.CALLBACK, request.id, now, staff, ActivityKind.NOTE, text=text)
    _said(request, staff, "noted")
    return True


# ---- closing ------------------------------------------------------------------------------------


def mark_done(
    session: Session, request: CallbackRequest, staff: StaffUser, now: dt.datetime
) -> None:
    request.status = CallbackStatus.DONE
    request.done_by_id = staff.id
    request.done_at = now
    record(session, RecordKind.CALLBACK, request.id, now, staff, ActivityKind.DONE)
    _said(request, staff, "marked done")


def reopen(session: Session, request: CallbackRequest, staff: StaffUser, now: dt.datetime) -> None:
    request.status = CallbackStatus.OPEN
    request.done_by_id = None
    request.done_at = None
    request.failed_attempts = 0
    request.due_at = next_attempt(request, now) or now
    record(session, RecordKind.CALLBACK, request.id, now, staff, ActivityKind.REOPENED)
    _said(request, staff, "reopened")
