"""The distinct values of an indexed column, read by jumping from one value to the next in its
index (a "loose index scan", written as a recursive query both SQLite and PostgreSQL run):
as many index lookups as there are values, instead of reading every row as ``DISTINCT`` or
``GROUP BY`` do. For the filters' choices (concerns, languages, document types): a handful
of values over 100,000 rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CTE, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def distinct_values(column: InstrumentedAttribute[Any]) -> CTE:
    """A query of one column, ``value``: each distinct value of ``column``, then one NULL
    (where the jumps end; select ``WHERE value IS NOT NULL``)."""
    first = select(func.min(column)).scalar_subquery()
    values = select(first.label("value")).cte("loose_scan", recursive=True)
    following = select(func.min(column)).where(column > values.c.value).scalar_subquery()
    return values.union_all(select(following).where(values.c.value.is_not(None)))


def distinct(session: Session, column: InstrumentedAttribute[Any]) -> list[Any]:
    values = distinct_values(column)
    return list(session.scalars(select(values.c.value).where(values.c.value.is_not(None))))
