"""Column types shared by the models and the migrations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator

# Record ids are INTEGER columns: 32 bits on PostgreSQL. An id in a URL beyond that names no
# record (and would make the database driver fail): the console reads ids from its URLs only
# within this range (backoffice.console.request_pages._id), anything else is a 404.
MAX_RECORD_ID = 2**31 - 1


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
