"""One bad record never breaks the rest: a page, the e-file hand-over, ``/metrics``, the fleet.

The boundary (``contract.bounds``) keeps new records sane, but a record may still be one the
office cannot load, compute with or show: written before the bounds existed, edited in the
database by hand, or hitting a bug. Such a record is replaced by a :class:`Damaged` marker
where it would have been used: pages show a row "beschädigt — an IT gemeldet", lists and queues
go on with the next record. IT gets one line per damaged record with its kind, its id and the
error's type, never the message (it may quote the record's values, which are citizens' data).

A database that fails as a whole (``DBAPIError``: gone, locked, out of space) is no damaged
record: that error goes on up, and the request ends as any other unexpected error. (A data
exception inside the database spoils PostgreSQL's whole transaction; only a caller that runs
the work in a savepoint can turn it into a damaged part, as the figures do.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from sqlalchemy import Select, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session

log = logging.getLogger(__name__)

DAMAGED_TEXT = "beschädigt — an IT gemeldet"


@dataclass(frozen=True)
class Damaged:
    """A record in place of which the office shows "damaged"."""

    kind: str  # "callback request", "document", "terminal"
    record_id: str
    error: str  # the error's type, e.g. "OverflowError"

    @property
    def text(self) -> str:
        return DAMAGED_TEXT


def damaged(kind: str, record_id: object, exc: BaseException) -> Damaged:
    """Tells IT (type only) and returns the marker."""
    if isinstance(exc, DBAPIError):
        raise exc  # the database itself failed: not this record's fault
    marker = Damaged(kind, str(record_id), type(exc).__name__)
    log.error(
        "%s %s is damaged (%s): shown as damaged, everything else goes on",
        kind,
        marker.record_id,
        marker.error,
    )
    return marker


def or_damaged[T](kind: str, record_id: object, build: Callable[[], T]) -> T | Damaged:
    """``build()``, or the marker if it fails for this record."""
    try:
        return build()
    except Exception as exc:  # whatever a record's values can cause
        return damaged(kind, record_id, exc)


def rows_or_damaged[R](
    session: Session,
    statement: Select[R],
    model: type[R],
    kind: str,
    key: Any = None,
) -> list[R | Damaged]:
    """The rows ``statement`` selects, in its order; a row that cannot even be loaded (a value
    its column type cannot read) is a marker in its place. One query unless a row is damaged.
    ``key``: the primary key column, if not ``model.id``."""
    try:
        return list(session.scalars(statement))
    except DBAPIError:
        raise
    except Exception:  # a row's value broke loading: find out which, one at a time
        # Not a rollback: that would expire the rows loaded so far. The identity map goes,
        # with whatever half-loaded row it holds.
        session.expunge_all()
    column = key if key is not None else model.id  # type: ignore[attr-defined]
    ids = list(session.scalars(statement.with_only_columns(column)))
    found: list[R | Damaged] = []
    for record_id in ids:
        try:  # the same statement (its eager loads too), for this one row
            row = session.scalars(statement.where(column == record_id)).first()
        except Exception as exc:  # DBAPIError goes on up from damaged()
            session.expunge_all()
            found.append(damaged(kind, record_id, exc))
            continue
        if row is not None:
            found.append(row)
    return found


def render_rows(
    env: Environment,
    template: str,
    items: Iterable[Any],
    kind: str,
    columns: int,
    values: dict[str, Any],
) -> list[Markup]:
    """Each item rendered alone with ``template`` (``item`` in its context, besides ``values``):
    an item that cannot be shown becomes a damaged row spanning ``columns`` cells (or, with
    ``columns=0``, a damaged list item)."""
    partial = env.get_template(template)
    rows = []
    for item in items:
        if isinstance(item, Damaged):
            rows.append(damaged_row(item, columns))
            continue
        try:
            rows.append(Markup(partial.render({**values, "item": item})))  # noqa: S704
        except Exception as exc:
            rows.append(damaged_row(damaged(kind, getattr(item, "id", "?"), exc), columns))
    return rows


def damaged_row(marker: Damaged, columns: int) -> Markup:
    if columns == 0:
        return Markup(
            '<li class="damaged"><span class="badge badge--damaged">{text}</span> '
            '<span class="mono">{kind} #{record}</span></li>'
        ).format(text=marker.text, kind=marker.kind, record=marker.record_id)
    return Markup(
        '<tr class="damaged"><td colspan="{columns}"><span class="badge badge--damaged">'
        '{text}</span> <span class="mono">{kind} #{record}</span></td></tr>'
    ).format(columns=columns, text=marker.text, kind=marker.kind, record=marker.record_id)


def record_id(shown: Any) -> int:
    """The id of a row or of the marker in its place (for a page's keyset cursor)."""
    return int(shown.record_id) if isinstance(shown, Damaged) else int(shown.id)


def page_anchor(
    session: Session, kind: str, key: InstrumentedAttribute[Any], row_id: int | None
) -> tuple[Any, int] | None:
    """The sort key and id of the row a keyset page continues from. Only those two columns
    are read, so a row damaged elsewhere (the last one on the page before) still carries the
    paging on; an unknown row, or one whose sort key itself is damaged, gives ``None`` (the
    page then starts from the beginning)."""
    if not row_id:
        return None
    identity = key.class_.id
    found = or_damaged(
        kind,
        row_id,
        lambda: session.execute(select(key, identity).where(identity == row_id)).one_or_none(),
    )
    if isinstance(found, Damaged) or found is None:
        return None
    return found[0], found[1]


def only_sound[T](items: Sequence[T | Damaged]) -> list[T]:
    return [item for item in items if not isinstance(item, Damaged)]
