"""Date arithmetic in SQL that SQLite and PostgreSQL spell differently, so counts by day and
medians of durations are computed in the database, not by loading every row.

Times are stored as UTC without a zone (``storage.types.UTCDateTime``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Integer, String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class shifted_day(FunctionElement[str]):  # noqa: N801  (reads like the SQL function it is)
    """The calendar day (``YYYY-MM-DD``) of a stored UTC time moved by a whole number of
    minutes: the office's day, where its zone has that offset. Both are SQL arguments (the
    minutes a value written in when the statement runs: cached statements never mix two
    offsets, and PostgreSQL sees the same expression in SELECT and GROUP BY)."""

    type = String()
    inherit_cache = True
    name = "shifted_day"

    def __init__(self, moment: _ColumnExpressionArgument[Any], minutes: int) -> None:
        super().__init__(moment, literal(int(minutes), Integer(), literal_execute=True))


class seconds_between(FunctionElement[float]):  # noqa: N801
    """Seconds from the first stored UTC time to the second."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(shifted_day, "sqlite")
def _shifted_day_sqlite(element: shifted_day, compiler: SQLCompiler, **kw: Any) -> str:
    moment, minutes = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"date({moment}, ({minutes} || ' minutes'))"


@compiles(shifted_day, "postgresql")
def _shifted_day_postgresql(element: shifted_day, compiler: SQLCompiler, **kw: Any) -> str:
    moment, minutes = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"to_char({moment} + make_interval(mins => {minutes}), 'YYYY-MM-DD')"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    # julianday() is a float of days: rounded to the millisecond it is exact again.
    return f"round((julianday({end}) - julianday({start})) * 86400.0, 3)"


@compiles(seconds_between, "postgresql")
def _seconds_postgresql(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"
