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

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    false,
    func,
    intersect,
    literal,
    or_,
    select,
    tuple_,
    union,
)
from sqlalchemy.orm import Session, selectinload

from backoffice.console.search_keys import (
    bg_key,
    phone_key,
    prefix_bounds,
    query_forms,
    reference_key,
)
from backoffice.damage import Damaged, page_anchor, record_id, rows_or_damaged
from backoffice.storage.loose_scan import distinct, distinct_values
from backoffice.storage.models import CallbackRequest, CallbackStatus, Device
from backoffice.storage.work_models import NameToken

PAGE_SIZE = 50
# What IT's log line calls a request shown as damaged (backoffice.damage).
KIND = "callback request"
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
    # A request that cannot even be loaded is a marker in its place (backoffice.damage).
    requests: list[CallbackRequest | Damaged]
    # The request the next page continues after, and the one the previous page ends before.
    next_after: int | None
    previous_before: int | None
    terms: SearchTerms = field(default_factory=SearchTerms)


# A name word matching more requests than this is common (Müller): its page is found by
# walking the order's index and checking each request against the matches, which stops after
# one page. A rarer one is looked up and its few requests sorted. Walking costs about
# PAGE_SIZE × all requests / matches rows; sorting costs the matches: both stay near a few
# thousand rows at 100,000 requests.
COMMON_WORD_MATCHES = 2_000


def _common(session: Session, terms: SearchTerms) -> bool:
    """Whether every searched word matches more than COMMON_WORD_MATCHES requests (counted
    up to that, from the name index)."""
    if not terms.words or terms.reference or terms.bg_number or terms.phone:
        return False
    for forms in terms.words:
        matches = _word_matches(forms).limit(COMMON_WORD_MATCHES + 1).subquery()
        if (session.scalar(select(func.count()).select_from(matches)) or 0) <= COMMON_WORD_MATCHES:
            return False
    return True


def _text_match(terms: SearchTerms, walk: bool = False) -> ColumnElement[bool]:
    """The request is one of those the text finds every way it can be read: one set of ids
    (a UNION of index lookups, the name's words intersected), so the database looks up a few
    ids instead of testing every request against an OR."""
    ways: list[Select[Any]] = []
    if terms.reference:
        ways.append(_ids_where(CallbackRequest.search_reference == terms.reference))
    if terms.bg_number:
        ways.append(_ids_where(CallbackRequest.search_bg == terms.bg_number))
    if terms.phone:
        ways.append(_ids_where(CallbackRequest.phone_e164 == terms.phone))
    # ``id + 0`` is not the indexed column: the database then walks the order's index
    # instead of fetching every match first (see COMMON_WORD_MATCHES).
    request_id = CallbackRequest.id + 0 if walk else CallbackRequest.id
    words = [_word_matches(forms) for forms in terms.words]
    if words and not ways:
        # Only a name: each word its own lookup, which a common name's walk checks row by
        # row (an INTERSECT would first build both words' whole sets).
        return and_(*(request_id.in_(word) for word in words))
    if words:
        # Wrapped as a query of its own: SQLite takes no parenthesised INTERSECT in a UNION.
        both = intersect(*words).subquery() if len(words) > 1 else None
        ways.append(words[0] if both is None else select(both.c.request_id))
    if not ways:
        return false()
    return request_id.in_(ways[0] if len(ways) == 1 else union(*ways))


def _ids_where(condition: ColumnElement[bool]) -> Select[Any]:
    return select(CallbackRequest.id).where(condition)


def _word_matches(forms: tuple[str, ...]) -> Select[int]:
    """Requests with a kept name word beginning with one of the searched word's spellings."""
    ranges = [
        and_(NameToken.token >= low, NameToken.token < high)
        for low, high in map(prefix_bounds, forms)
    ]
    return select(NameToken.request_id).where(or_(*ranges))


def _filtered(query: RequestQuery, walk: bool = False) -> Select[Any]:
    statement = select(CallbackRequest).options(
        selectinload(CallbackRequest.done_by), selectinload(CallbackRequest.claimant)
    )
    if query.status is not StatusFilter.ALL:
        statement = statement.where(CallbackRequest.status == CallbackStatus(query.status.value))
    if query.text:
        statement = statement.where(_text_match(query.terms, walk))
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


def _beyond(anchor: tuple[Any, int], sort: Sort, forward: bool) -> ColumnElement[bool]:
    """Rows after ``anchor`` (sort key, id) in the page order (``forward``), or before it: one
    row-value comparison, which the order's index answers as a range (an OR of the two parts
    would be read from the index's start)."""
    column = _key(sort)
    value, anchor_id = anchor
    here = tuple_(literal(value, column.type), literal(anchor_id, Integer()))
    key = tuple_(column, CallbackRequest.id)
    return key > here if _ascending(sort) == forward else key < here


def _ordered(statement: Select[Any], sort: Sort, forward: bool) -> Select[Any]:
    column = _key(sort)
    if _ascending(sort) == forward:
        return statement.order_by(column.asc(), CallbackRequest.id.asc())
    return statement.order_by(column.desc(), CallbackRequest.id.desc())


def _rows(session: Session, statement: Select[Any]) -> list[CallbackRequest | Damaged]:
    return rows_or_damaged(session, statement, CallbackRequest, KIND)


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
    statement = _filtered(query, walk=bool(query.text) and _common(session, terms))
    anchor = page_anchor(session, KIND, _key(query.sort), after or before)
    if anchor is not None and before is not None:
        rows = _rows(
            session,
            _ordered(statement.where(_beyond(anchor, query.sort, False)), query.sort, False).limit(
                size + 1
            ),
        )
        if len(rows) > size:  # not yet the first page
            shown = rows[:size][::-1]
            return RequestPage(shown, record_id(shown[-1]), record_id(shown[0]), terms)
        anchor = None  # reached the first page: show it full, as without a cursor
    if anchor is not None:
        statement = statement.where(_beyond(anchor, query.sort, True))
    rows = _rows(session, _ordered(statement, query.sort, True).limit(size + 1))
    next_after = record_id(rows[size - 1]) if len(rows) > size else None
    shown = rows[:size]
    previous = record_id(shown[0]) if anchor is not None and shown else None
    return RequestPage(shown, next_after, previous, terms)


# Tab counts beyond this are shown as "10.000+": counting every finished request of years on
# every page view would cost more than the number is worth (the figures page has exact ones).
COUNT_CAP = 10_000


@dataclass(frozen=True)
class TabCount:
    n: int
    # More than ``n`` (the count stopped at COUNT_CAP).
    more: bool = False

    def __str__(self) -> str:
        return f"{self.n:,}".replace(",", ".") + ("+" if self.more else "")


def _count(session: Session, status: CallbackStatus, teams: tuple[str, ...], cap: int) -> int:
    rows = select(CallbackRequest.id).where(CallbackRequest.status == status)
    if teams:
        rows = rows.where(CallbackRequest.team.in_(teams))
    # Read from the (status, team, due) index: no table row is touched.
    return int(session.scalar(select(func.count()).select_from(rows.limit(cap).subquery())) or 0)


def status_counts(session: Session, teams: tuple[str, ...] = ()) -> dict[StatusFilter, TabCount]:
    """Each tab's count: open and not reached exactly (they are the work at hand), done up
    to COUNT_CAP."""
    counts: dict[StatusFilter, TabCount] = {}
    for which in (StatusFilter.OPEN, StatusFilter.UNREACHED, StatusFilter.DONE):
        n = _count(session, CallbackStatus(which.value), teams, COUNT_CAP + 1)
        counts[which] = TabCount(min(n, COUNT_CAP), more=n > COUNT_CAP)
    counts[StatusFilter.ALL] = TabCount(
        sum(c.n for c in counts.values()), more=any(c.more for c in counts.values())
    )
    return counts


def locations(session: Session) -> list[tuple[str, str]]:
    places = session.scalars(select(Device.location).where(Device.location != "").distinct())
    return sorted((place, place) for place in places)


def choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """What the filters offer: concerns, languages and locations that occur (each read by
    jumping through its index, see ``storage.loose_scan``)."""
    concern_ids = distinct_values(CallbackRequest.concern_id)
    label = (
        select(func.max(CallbackRequest.concern_label))
        .where(CallbackRequest.concern_id == concern_ids.c.value)
        .scalar_subquery()
    )
    concerns = session.execute(
        select(concern_ids.c.value, label).where(concern_ids.c.value.is_not(None))
    ).all()
    return {
        "concerns": sorted((c, label) for c, label in concerns),
        "languages": [(code, code) for code in distinct(session, CallbackRequest.language)],
        "locations": locations(session),
    }
