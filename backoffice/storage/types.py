"""Column types shared by the models and the migrations."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import annotated_types
from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator

# Record ids are INTEGER columns: 32 bits on PostgreSQL. An id in a URL beyond that names no
# record (and would make the database driver fail): routes take ids of this type, and a
# request with another answers 404 (backoffice.api.problems).
MAX_RECORD_ID = 2**31 - 1
RecordId = Annotated[int, annotated_types.Ge(1), annotated_types.Le(MAX_RECORD_ID)]


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC, hands back timezone-aware datetimes (SQLite keeps no zone of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the backoffice stores aware UTC times only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)
