"""Finding callback requests: one search text, filters, two orders, keyset pages.

The search text is read every way it could be meant at once (reference code, BG number,
phone number, words of a name, see ``search_keys``) and a request matches any of them. Each
way is an equality or a prefix range on an indexed key: no LIKE pattern is ever built from
what staff typed, so ``%``, ``_``, quotes and backslashes are only characters.

Pages are keyset pages on (sort key, id): a link names the request a page continues after,
so new arrivals never shift what an older page shows, and page 2,000 costs what page 1 does.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from backoffice.console.search_keys import (
    bg_key,
    phone_key,
    prefix_bounds,
    query_forms,
    reference_key,
)
from backoffice.storage.models import CallbackRequest, CallbackStatus, Device
from backoffice.storage.work_models import NameToken

PAGE_SIZE = 50
# Longer search texts are refused with a message: nothing real is that long.
MAX_QUERY_LENGTH = 200


class StatusFilter(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    UNREACHED = "unreached"
    ALL = "all"

    @classmethod
    def parse(cls, value: str | None) -> StatusFilter:
        try:
            return cls(value or cls.OPEN)
        except ValueError:
            return cls.OPEN


class Sort(enum.StrEnum):
    # When the next attempt is due: the earliest wished window first.
    DUE = "due"
    NEWEST = "newest"

    @classmethod
    def parse(cls, value: str | None) -> Sort:
        try:
            return cls(value or cls.DUE)
        except ValueError:
            return cls.DUE


@dataclass(frozen=True)
class SearchTerms:
    """What a search text can mean; ``empty`` when it can mean nothing we search by."""

    reference: str | None = None
    bg_number: str | None = None
    phone: str | None = None
    # Each searched word in its spellings (search_keys.query_forms).
    words: tuple[tuple[str, ...], ...] = ()
    too_long: bool = False

    @classmethod
    def read(cls, text: str, phone_region: str) -> SearchTerms:
        if len(text) > MAX_QUERY_LENGTH:
            return cls(too_long=True)
        # Control characters (NUL included) and unpaired surrogates mean nothing here.
        clean = "".join(
            c for c in text if c.isprintable() or c == " " if not 0xD800 <= ord(c) <= 0xDFFF
        ).strip()
        if not clean:
            return cls()
        return cls(
            reference=reference_key(clean),
            bg_number=bg_key(clean),
            phone=phone_key(clean, phone_region),
            words=tuple(query_forms(clean)),
        )

    @property
    def empty(self) -> bool:
        return not (self.reference or self.bg_number or self.phone or self.words)


@dataclass(frozen=True)
class RequestQuery:
    text: str = ""
    status: StatusFilter = StatusFilter.OPEN
    sort: Sort = Sort.DUE
    concern: str = ""
    location: str = ""
    language: str = ""
    # Only these teams' requests; empty: every team's.
    teams: tuple[str, ...] = ()
    # Open requests whose next attempt is due before the end of this moment's day.
    due_before: dt.datetime | None = None
    phone_region: str = "DE"

    @property
    def terms(self) -> SearchTerms:
        return SearchTerms.read(self.text, self.phone_region)


@dataclass(frozen=True)
class RequestPage:
    requests: list[CallbackRequest]
    # The request the next page continues after, and the one the previous page ends before.
    next_after: int | None
    previous_before: int | None
    terms: SearchTerms = field(default_factory=SearchTerms)


def _text_match(terms: SearchTerms) -> ColumnElement[bool]:
    ways: list[ColumnElement[bool]] = []
    if terms.reference:
        ways.append(CallbackRequest.search_reference == terms.reference)
    if terms.bg_number:
        ways.append(CallbackRequest.search_bg == terms.bg_number)
    if terms.phone:
        ways.append(CallbackRequest.phone_e164 == terms.phone)
    if terms.words:
        ways.append(and_(*(_has_word_starting(word) for word in terms.words)))
    return or_(*ways) if ways else false()


def _has_word_starting(forms: tuple[str, ...]) -> ColumnElement[bool]:
    """A kept word of the name begins with one of the searched word's spellings."""
    ranges = [
        and_(NameToken.token >= low, NameToken.token < high)
        for low, high in map(prefix_bounds, forms)
    ]
    return CallbackRequest.id.in_(select(NameToken.request_id).where(or_(*ranges)))


def _filtered(query: RequestQuery) -> Select[Any]:
    statement = select(CallbackRequest).options(
        selectinload(CallbackRequest.done_by), selectinload(CallbackRequest.claimed_by)
    )
    if query.status is not StatusFilter.ALL:
        statement = statement.where(CallbackRequest.status == CallbackStatus(query.status.value))
    if query.text:
        statement = statement.where(_text_match(query.terms))
    if query.concern:
        statement = statement.where(CallbackRequest.concern_id == query.concern)
    if query.language:
        statement = statement.where(CallbackRequest.language == query.language)
    if query.teams:
        statement = statement.where(CallbackRequest.team.in_(query.teams))
    if query.location:
        at_location = select(Device.id).where(Device.location == query.location)
        statement = statement.where(CallbackRequest.device_id.in_(at_location))
    if query.due_before is not None:
        statement = statement.where(
            CallbackRequest.status == CallbackStatus.OPEN,
            CallbackRequest.due_at < query.due_before,
        )
    return statement


def _key(sort: Sort) -> Any:
    return CallbackRequest.due_at if sort is Sort.DUE else CallbackRequest.received_at


def _ascending(sort: Sort) -> bool:
    return sort is Sort.DUE


def _beyond(anchor: CallbackRequest, sort: Sort, forward: bool) -> ColumnElement[bool]:
    """Rows after ``anchor`` in the page order (``forward``), or before it."""
    column = _key(sort)
    value = getattr(anchor, column.key)
    later = _ascending(sort) == forward
    if later:
        return or_(column > value, and_(column == value, CallbackRequest.id > anchor.id))
    return or_(column < value, and_(column == value, CallbackRequest.id < anchor.id))


def _ordered(statement: Select[Any], sort: Sort, forward: bool) -> Select[Any]:
    column = _key(sort)
    if _ascending(sort) == forward:
        return statement.order_by(column.asc(), CallbackRequest.id.asc())
    return statement.order_by(column.desc(), CallbackRequest.id.desc())


def find_page(
    session: Session,
    query: RequestQuery,
    after: int | None = None,
    before: int | None = None,
    size: int = PAGE_SIZE,
) -> RequestPage:
    """The first page; or the page continuing after request ``after``; or the page ending
    just before request ``before``. An unknown id gives the first page."""
    terms = query.terms
    if query.text and (terms.empty or terms.too_long):
        return RequestPage([], None, None, terms)
    statement = _filtered(query)
    anchor_id = after or before
    anchor = session.get(CallbackRequest, anchor_id) if anchor_id else None
    if anchor is not None and before is not None:
        rows = list(
            session.scalars(
                _ordered(
                    statement.where(_beyond(anchor, query.sort, False)), query.sort, False
                ).limit(size + 1)
            )
        )
        if len(rows) > size:  # not yet the first page
            shown = rows[:size][::-1]
            return RequestPage(shown, shown[-1].id, shown[0].id, terms)
        anchor = None  # reached the first page: show it full, as without a cursor
    if anchor is not None:
        statement = statement.where(_beyond(anchor, query.sort, True))
    rows = list(session.scalars(_ordered(statement, query.sort, True).limit(size + 1)))
    next_after = rows[size - 1].id if len(rows) > size else None
    shown = rows[:size]
    previous = shown[0].id if anchor is not None and shown else None
    return RequestPage(shown, next_after, previous, terms)


def status_counts(session: Session, teams: tuple[str, ...] = ()) -> dict[StatusFilter, int]:
    statement = select(CallbackRequest.status, func.count()).group_by(CallbackRequest.status)
    if teams:
        statement = statement.where(CallbackRequest.team.in_(teams))
    by_status = {StatusFilter(status.value): n for status, n in session.execute(statement).all()}
    counts: dict[StatusFilter, int] = {
        which: by_status.get(which, 0) for which in StatusFilter if which is not StatusFilter.ALL
    }
    counts[StatusFilter.ALL] = sum(counts.values())
    return counts


def choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """What the filters offer: concerns, languages and locations that occur."""
    concerns = session.execute(
        select(CallbackRequest.concern_id, func.max(CallbackRequest.concern_label)).group_by(
            CallbackRequest.concern_id
        )
    ).all()
    languages = session.scalars(select(CallbackRequest.language).distinct()).all()
    locations = session.scalars(
        select(Device.location).where(Device.location != "").distinct()
    ).all()
    return {
        "concerns": sorted((c, label) for c, label in concerns),
        "languages": sorted((code, code) for code in languages),
        "locations": sorted((place, place) for place in locations),
    }
