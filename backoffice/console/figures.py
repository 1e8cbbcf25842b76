"""Kennzahlen: what the office reports about its channels, for a period of days.

Counts only, never a citizen: requests per day, concern and location; the share reached at
the first attempt; the median time from request to first attempt; documents handed over and
failed; video calls answered and missed, and how long citizens waited.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.exc import DataError
from sqlalchemy.orm import InstrumentedAttribute, Session

from backoffice.console.formatting import OfficeTime
from backoffice.damage import DAMAGED_TEXT, Damaged, or_damaged
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest, Device
from backoffice.storage.time_sql import seconds_between, shifted_day
from backoffice.storage.work_models import (
    CallOutcome,
    CallRecord,
)

MAX_DAYS = 366
KIND = "figures part"
# Days this far from today are no period anyone reports on; past them a day is read as
# unreadable (a link with the year 9999 or 0001 would otherwise overflow the date arithmetic).
FARTHEST = dt.timedelta(days=100 * 366)


def offset_stretches(
    zone: ZoneInfo, begin: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, dt.datetime, int]]:
    """``[begin, end)`` cut where ``zone``'s UTC offset changes: (start, stop, offset in
    minutes) for each stretch. A change is found to the second by halving the day it falls in."""

    def offset(moment: dt.datetime) -> int:
        delta = moment.astimezone(zone).utcoffset() or dt.timedelta()
        return int(delta.total_seconds() // 60)

    stretches = []
    start = moment = begin
    step = dt.timedelta(days=1)
    while moment < end:
        following = min(moment + step, end)
        if offset(following) != offset(moment):
            # Whole seconds after ``moment``: the offset at ``low`` is the old one, at ``high``
            # the new one.
            low, high = 0, int((following - moment).total_seconds())
            while high - low > 1:
                middle = (low + high) // 2
                if offset(moment + dt.timedelta(seconds=middle)) == offset(moment):
                    low = middle
                else:
                    high = middle
            change = moment + dt.timedelta(seconds=high)
            stretches.append((start, change, offset(start)))
            start = change
        moment = following
    stretches.append((start, end, offset(start)))
    return stretches


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @classmethod
    def parse(cls, first: str, last: str, today: dt.date) -> Period:
        """Days as ``YYYY-MM-DD``; the last 30 days when missing or unreadable."""
        try:
            end = dt.date.fromisoformat(last) if last else today
            start = dt.date.fromisoformat(first) if first else end - dt.timedelta(days=29)
        except ValueError:
            end, start = today, today - dt.timedelta(days=29)
        if not all(abs(day - today) <= FARTHEST for day in (start, end)):
            end, start = today, today - dt.timedelta(days=29)
        if start > end:
            start, end = end, start
        start = max(start, end - dt.timedelta(days=MAX_DAYS - 1))
        return cls(start, end)

    def bounds(self, time: OfficeTime) -> tuple[dt.datetime, dt.datetime]:
        """From the first day's start to the last day's end in the office, in UTC."""
        return time.day_start(self.first), time.day_start(self.last + dt.timedelta(days=1))


@dataclass
class Figures:
    period: Period
    requests: int = 0
    per_day: dict[dt.date, int] = field(default_factory=dict)
    per_concern: Counter[str] = field(default_factory=Counter)
    per_location: Counter[str] = field(default_factory=Counter)
    attempted: int = 0
    reached_first: int = 0
    median_to_first_attempt: dt.timedelta | None = None
    documents: int = 0
    documents_handed_over: int = 0
    documents_failed: int = 0
    calls_answered: int = 0
    calls_missed: int = 0
    median_wait: dt.timedelta | None = None
    longest_wait: dt.timedelta | None = None
    # The parts that could not be counted to the end (a stored value they cannot compute
    # with; what they counted before stays, maybe incomplete): shown
    # as damaged, the other figures stand (backoffice.damage).
    damaged: list[str] = field(default_factory=list)

    @property
    def reached_first_share(self) -> float | None:
        return self.reached_first / self.attempted if self.attempted else None


def count(session: Session, period: Period, time: OfficeTime) -> Figures:
    """Every figure of ``period`` (office days in ``time``'s zone), counted by the database."""
    begin, end = period.bounds(time)
    figures = Figures(period)
    parts = {
        "Rückrufbitten": lambda: _count_requests(session, figures, time),
        "Erste Versuche": lambda: _count_first_attempts(session, figures, begin, end),
        "Unterlagen": lambda: _count_documents(session, figures, begin, end),
        "Videoanrufe": lambda: _count_calls(session, figures, begin, end),
    }
    for name, part in parts.items():
        if isinstance(or_damaged(KIND, name, partial(_in_savepoint, session, part)), Damaged):
            figures.damaged.append(name)
    return figures


class UncountablePartError(Exception):
    """The database could not compute a part with the stored values (its own error's type is
    the message: never the values, which may be citizens' data)."""


def _in_savepoint(session: Session, part: Callable[[], None]) -> None:
    """A part that fails inside the database (on PostgreSQL that spoils the whole transaction)
    is undone to here, so the parts after it still count: a data exception (a division by
    zero, a number out of range) is then this part's damage, not the database's failure."""
    try:
        with session.begin_nested():
            part()
    except DataError as exc:
        raise UncountablePartError(type(exc.orig).__name__) from None


def _counted(session: Session, statement: Select[Any, int]) -> dict[Any, int]:
    """``key → count`` from a grouped count."""
    return {key: int(n) for key, n in session.execute(statement).all()}


def _received_in(begin: dt.datetime, end: dt.datetime) -> ColumnElement[bool]:
    return and_(CallbackRequest.received_at >= begin, CallbackRequest.received_at < end)


def _count_requests(session: Session, figures: Figures, time: OfficeTime) -> None:
    begin, end = figures.period.bounds(time)
    days: Counter[str] = Counter()
    # One query per stretch of equal UTC offset (a year has two or three): each row's office
    # day is its UTC time shifted by that offset, computed in SQL.
    for start, stop, offset in offset_stretches(time.zone, begin, end):
        day = shifted_day(CallbackRequest.received_at, offset)
        days.update(
            _counted(
                session, select(day, func.count()).where(_received_in(start, stop)).group_by(day)
            )
        )
    figures.requests = sum(days.values())
    every_day = (
        figures.period.first + dt.timedelta(days=n)
        for n in range((figures.period.last - figures.period.first).days + 1)
    )
    figures.per_day = {day: days.get(day.isoformat(), 0) for day in every_day}
    in_period = _received_in(begin, end)
    concerns = select(CallbackRequest.concern_label, func.count()).where(in_period)
    figures.per_concern = Counter(
        _counted(session, concerns.group_by(CallbackRequest.concern_label))
    )
    # Counted per terminal from the index, then named: a join per request would read every
    # request's terminal row.
    per_device = select(CallbackRequest.device_id, func.count()).where(in_period)
    counted = _counted(session, per_device.group_by(CallbackRequest.device_id))
    places = {
        device: place for device, place in session.execute(select(Device.id, Device.location))
    }
    figures.per_location = Counter()
    for device_id, n in counted.items():
        figures.per_location[places.get(device_id) or "(unbekannt)"] += n
    attempted = and_(in_period, CallbackRequest.first_wait_seconds.is_not(None))
    figures.median_to_first_attempt = _median_seconds(
        session, CallbackRequest.first_wait_seconds, attempted
    )


def _median_seconds(
    session: Session,
    seconds: ColumnElement[Any] | InstrumentedAttribute[Any],
    where: ColumnElement[bool],
) -> dt.timedelta | None:
    """The median of ``seconds`` over the rows ``where`` holds: the middle one or two rows
    in order, read by the database without handing every row over."""
    rows = int(session.scalar(select(func.count()).where(where)) or 0)
    if not rows:
        return None
    middle = list(
        session.scalars(
            select(seconds)
            .where(where)
            .order_by(seconds)
            .offset((rows - 1) // 2)
            .limit(2 - rows % 2)
        )
    )
    return dt.timedelta(seconds=sum(middle) / len(middle))


def _count_first_attempts(
    session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime
) -> None:
    """How many requests had an attempt, and how many of them were reached at the first
    (``first_reached`` is kept by ``casework.add_attempt``)."""
    reached = case((CallbackRequest.first_reached.is_(True), 1), else_=0)
    attempted, reached_first = session.execute(
        select(
            func.count(CallbackRequest.first_reached), func.coalesce(func.sum(reached), 0)
        ).where(_received_in(begin, end))
    ).one()
    figures.attempted, figures.reached_first = int(attempted), int(reached_first)


def _count_documents(
    session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime
) -> None:
    delivered = ReceivedDocument.efile_delivered_at.is_not(None)
    failed = and_(
        ReceivedDocument.efile_delivered_at.is_(None), ReceivedDocument.efile_last_error != ""
    )
    total, handed_over, failing = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((delivered, 1), else_=0)), 0),
            func.coalesce(func.sum(case((failed, 1), else_=0)), 0),
        ).where(ReceivedDocument.received_at >= begin, ReceivedDocument.received_at < end)
    ).one()
    figures.documents, figures.documents_handed_over = int(total), int(handed_over)
    figures.documents_failed = int(failing)


def _count_calls(session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime) -> None:
    rang = and_(CallRecord.rang_at >= begin, CallRecord.rang_at < end)
    by_outcome = _counted(
        session, select(CallRecord.outcome, func.count()).where(rang).group_by(CallRecord.outcome)
    )
    figures.calls_answered = by_outcome.get(CallOutcome.ANSWERED, 0)
    figures.calls_missed = by_outcome.get(CallOutcome.MISSED, 0)
    # How long the citizen waited: until someone answered, or until the ringing ended.
    waited_until = case(
        (CallRecord.outcome == CallOutcome.ANSWERED, CallRecord.accepted_at),
        (CallRecord.outcome == CallOutcome.MISSED, CallRecord.ended_at),
    )
    wait = seconds_between(CallRecord.rang_at, waited_until)
    counted = and_(rang, waited_until.is_not(None))
    figures.median_wait = _median_seconds(session, wait, counted)
    longest = session.scalar(select(func.max(wait)).where(counted))
    figures.longest_wait = None if longest is None else dt.timedelta(seconds=float(longest))


# ---- CSV ----------------------------------------------------------------------------------------

# A spreadsheet runs a cell starting with these as a formula (CSV injection): concern labels
# and locations come from terminals, so every text cell is defused with a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _minutes(value: dt.timedelta | None) -> str:
    return "" if value is None else f"{value.total_seconds() / 60:.1f}".replace(".", ",")


def as_csv(figures: Figures) -> str:
    """Semicolon-separated, as German spreadsheets open it; one figure per row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Bereich", "Schlüssel", "Wert"])
    rows: list[tuple[str, object, object]] = [
        ("Zeitraum", "von", figures.period.first.isoformat()),
        ("Zeitraum", "bis", figures.period.last.isoformat()),
        ("Rückrufbitten", "gesamt", figures.requests),
    ]
    rows += [("Rückrufbitten je Tag", day.isoformat(), n) for day, n in figures.per_day.items()]
    rows += [("Rückrufbitten je Anliegen", k, n) for k, n in figures.per_concern.most_common()]
    rows += [("Rückrufbitten je Standort", k, n) for k, n in figures.per_location.most_common()]
    share = figures.reached_first_share
    rows += [
        ("Erster Versuch", "Rückrufbitten mit Versuch", figures.attempted),
        ("Erster Versuch", "beim ersten Versuch erreicht", figures.reached_first),
        (
            "Erster Versuch",
            "Anteil in Prozent",
            "" if share is None else f"{share * 100:.1f}".replace(".", ","),
        ),
        (
            "Erster Versuch",
            "Median Minuten bis zum ersten Versuch",
            _minutes(figures.median_to_first_attempt),
        ),
        ("Unterlagen", "gesamt", figures.documents),
        ("Unterlagen", "an E-Akte übergeben", figures.documents_handed_over),
        ("Unterlagen", "Übergabe fehlgeschlagen", figures.documents_failed),
        ("Videoanrufe", "angenommen", figures.calls_answered),
        ("Videoanrufe", "verpasst", figures.calls_missed),
        ("Videoanrufe", "Median Wartezeit Minuten", _minutes(figures.median_wait)),
        ("Videoanrufe", "längste Wartezeit Minuten", _minutes(figures.longest_wait)),
    ]
    rows += [(name, "nicht gezählt", DAMAGED_TEXT) for name in figures.damaged]
    for section, key, value in rows:
        writer.writerow([safe_cell(section), safe_cell(key), safe_cell(value)])
    return out.getvalue()
