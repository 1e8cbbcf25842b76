"""Finding received documents: by reference code or BG number, filtered by type, terminal
location, language, team and e-file state; newest first, in keyset pages (see ``finder``)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from backoffice.console.finder import PAGE_SIZE, SearchTerms
from backoffice.damage import Damaged, page_anchor, record_id, rows_or_damaged
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.loose_scan import distinct_values
from backoffice.storage.models import Device

KIND = "document"


class EfileState(enum.StrEnum):
    ALL = "all"
    PENDING = "pending"
    FAILED = "failed"
    HANDED_OVER = "handed_over"

    @classmethod
    def parse(cls, value: str | None) -> EfileState:
        try:
            return cls(value or cls.ALL)
        except ValueError:
            return cls.ALL


@dataclass(frozen=True)
class DocumentQuery:
    text: str = ""
    state: EfileState = EfileState.ALL
    document_type: str = ""
    location: str = ""
    language: str = ""
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentPage:
    # A document that cannot even be loaded is a marker in its place (backoffice.damage).
    documents: list[ReceivedDocument | Damaged]
    next_after: int | None
    previous_before: int | None
    terms: SearchTerms = field(default_factory=SearchTerms)


def _text_match(terms: SearchTerms) -> ColumnElement[bool]:
    ways: list[ColumnElement[bool]] = []
    if terms.reference:
        ways.append(ReceivedDocument.search_reference == terms.reference)
    if terms.bg_number:
        ways.append(ReceivedDocument.search_bg == terms.bg_number)
    return or_(*ways) if ways else false()


def _state(state: EfileState) -> ColumnElement[bool] | None:
    delivered = ReceivedDocument.efile_delivered_at
    if state is EfileState.HANDED_OVER:
        return delivered.is_not(None)
    if state is EfileState.FAILED:
        return and_(delivered.is_(None), ReceivedDocument.efile_last_error != "")
    if state is EfileState.PENDING:
        return delivered.is_(None)
    return None


def _filtered(query: DocumentQuery, terms: SearchTerms) -> Select[Any]:
    statement = select(ReceivedDocument).options(
        selectinload(ReceivedDocument.claimant), selectinload(ReceivedDocument.seen_by)
    )
    if query.text:
        statement = statement.where(_text_match(terms))
    state = _state(query.state)
    if state is not None:
        statement = statement.where(state)
    if query.document_type:
        statement = statement.where(ReceivedDocument.document_type_id == query.document_type)
    if query.language:
        statement = statement.where(ReceivedDocument.language == query.language)
    if query.teams:
        statement = statement.where(ReceivedDocument.team.in_(query.teams))
    if query.location:
        at_location = select(Device.id).where(Device.location == query.location)
        statement = statement.where(ReceivedDocument.device_id.in_(at_location))
    return statement


def _older_than(anchor: tuple[dt.datetime, int]) -> ColumnElement[bool]:
    received_at, anchor_id = anchor
    return or_(
        ReceivedDocument.received_at < received_at,
        and_(
            ReceivedDocument.received_at == received_at,
            ReceivedDocument.id < anchor_id,
        ),
    )


def _rows(session: Session, statement: Select[Any]) -> list[ReceivedDocument | Damaged]:
    return rows_or_damaged(session, statement, ReceivedDocument, KIND)


def find_documents(
    session: Session,
    query: DocumentQuery,
    after: int | None = None,
    before: int | None = None,
    size: int = PAGE_SIZE,
) -> DocumentPage:
    """Newest first: the first page, the page after document ``after``, or the page ending
    just before document ``before``."""
    terms = SearchTerms.read(query.text, "DE")
    if query.text and (terms.empty or terms.too_long):
        return DocumentPage([], None, None, terms)
    statement = _filtered(query, terms)
    newest_first = (ReceivedDocument.received_at.desc(), ReceivedDocument.id.desc())
    oldest_first = (ReceivedDocument.received_at.asc(), ReceivedDocument.id.asc())
    anchor = page_anchor(session, KIND, ReceivedDocument.received_at, after or before)
    if anchor is not None and before is not None:
        newer = statement.where(~_older_than(anchor), ReceivedDocument.id != anchor[1])
        rows = _rows(session, newer.order_by(*oldest_first).limit(size + 1))
        if len(rows) > size:
            shown = rows[:size][::-1]
            return DocumentPage(shown, record_id(shown[-1]), record_id(shown[0]), terms)
        anchor = None
    if anchor is not None:
        statement = statement.where(_older_than(anchor))
    rows = _rows(session, statement.order_by(*newest_first).limit(size + 1))
    next_after = record_id(rows[size - 1]) if len(rows) > size else None
    shown = rows[:size]
    previous = record_id(shown[0]) if anchor is not None and shown else None
    return DocumentPage(shown, next_after, previous, terms)


def document_types(session: Session) -> list[tuple[str, str]]:
    """The types that occur, read by jumping through their index (``storage.loose_scan``)."""
    type_ids = distinct_values(ReceivedDocument.document_type_id)
    label = (
        select(func.max(ReceivedDocument.document_type_label))
        .where(ReceivedDocument.document_type_id == type_ids.c.value)
        .scalar_subquery()
    )
    rows = session.execute(select(type_ids.c.value, label).where(type_ids.c.value.is_not(None)))
    return sorted((type_id, label) for type_id, label in rows.all())
