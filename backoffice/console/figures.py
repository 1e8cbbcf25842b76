"""Kennzahlen: what the office reports about its channels, for a period of days.

Counts only, never a citizen: requests per day, concern and location; the share reached at
the first attempt; the median time from request to first attempt; documents handed over and
failed; video calls answered and missed, and how long citizens waited.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.console import formatting
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest, Device
from backoffice.storage.work_models import (
    ActivityKind,
    AttemptOutcome,
    CallOutcome,
    CallRecord,
    CaseActivity,
    RecordKind,
)

MAX_DAYS = 366


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
        if start > end:
            start, end = end, start
        start = max(start, end - dt.timedelta(days=MAX_DAYS - 1))
        return cls(start, end)

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        zone = formatting.OFFICE_ZONE
        begin = dt.datetime.combine(self.first, dt.time(), zone)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), zone)
        return begin.astimezone(dt.UTC), end.astimezone(dt.UTC)


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

    @property
    def reached_first_share(self) -> float | None:
        return self.reached_first / self.attempted if self.attempted else None


def _median(values: list[dt.timedelta]) -> dt.timedelta | None:
    return statistics.median(values) if values else None  # type: ignore[type-var]


def count(session: Session, period: Period) -> Figures:
    begin, end = period.bounds()
    figures = Figures(period)
    _count_requests(session, figures, begin, end)
    _count_first_attempts(session, figures, begin, end)
    _count_documents(session, figures, begin, end)
    _count_calls(session, figures, begin, end)
    return figures


def _count_requests(
    session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime
) -> None:
    rows = session.execute(
        select(
            CallbackRequest.received_at,
            CallbackRequest.concern_label,
            Device.location,
            CallbackRequest.first_attempt_at,
        )
        .outerjoin(Device, Device.id == CallbackRequest.device_id)
        .where(CallbackRequest.received_at >= begin, CallbackRequest.received_at < end)
    ).all()
    days: Counter[dt.date] = Counter()
    waits = []
    for received, concern, location, first_attempt in rows:
        days[formatting.office_today(received)] += 1
        figures.per_concern[concern] += 1
        figures.per_location[location or "(unbekannt)"] += 1
        if first_attempt is not None:
            waits.append(first_attempt - received)
    figures.requests = len(rows)
    day, figures.per_day = figures.period.first, {}
    while day <= figures.period.last:
        figures.per_day[day] = days.get(day, 0)
        day += dt.timedelta(days=1)
    figures.median_to_first_attempt = _median(waits)


def _count_first_attempts(
    session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime
) -> None:
    in_period = select(CallbackRequest.id).where(
        CallbackRequest.received_at >= begin, CallbackRequest.received_at < end
    )
    attempts = session.execute(
        select(CaseActivity.record_id, CaseActivity.outcome)
        .where(
            CaseActivity.record_kind == RecordKind.CALLBACK,
            CaseActivity.kind == ActivityKind.ATTEMPT,
            CaseActivity.record_id.in_(in_period),
        )
        .order_by(CaseActivity.at, CaseActivity.id)
    ).all()
    first: dict[int, AttemptOutcome | None] = {}
    for record_id, outcome in attempts:
        first.setdefault(record_id, outcome)
    figures.attempted = len(first)
    figures.reached_first = sum(o is AttemptOutcome.REACHED for o in first.values())


def _count_documents(
    session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime
) -> None:
    rows = session.execute(
        select(ReceivedDocument.efile_delivered_at, ReceivedDocument.efile_last_error).where(
            ReceivedDocument.received_at >= begin, ReceivedDocument.received_at < end
        )
    ).all()
    figures.documents = len(rows)
    figures.documents_handed_over = sum(delivered is not None for delivered, _ in rows)
    figures.documents_failed = sum(delivered is None and bool(error) for delivered, error in rows)


def _count_calls(session: Session, figures: Figures, begin: dt.datetime, end: dt.datetime) -> None:
    rows = session.execute(
        select(
            CallRecord.outcome, CallRecord.rang_at, CallRecord.accepted_at, CallRecord.ended_at
        ).where(CallRecord.rang_at >= begin, CallRecord.rang_at < end)
    ).all()
    waits = []
    for outcome, rang, accepted, ended in rows:
        if outcome is CallOutcome.ANSWERED:
            figures.calls_answered += 1
            if accepted is not None:
                waits.append(accepted - rang)
        elif outcome is CallOutcome.MISSED:
            figures.calls_missed += 1
            if ended is not None:
                waits.append(ended - rang)
    figures.median_wait = _median(waits)
    figures.longest_wait = max(waits) if waits else None


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
    for section, key, value in rows:
        writer.writerow([safe_cell(section), safe_cell(key), safe_cell(value)])
    return out.getvalue()
