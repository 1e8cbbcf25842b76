"""The backoffice's database setting: which engine, where, and how to show it without its
password.

Empty means the SQLite file inside the data folder (one office, one ``backoffice serve``
process). A region runs PostgreSQL through psycopg 3: ``postgresql://USER@HOST:PORT/DB``
(``postgresql+psycopg://`` and ``postgres://`` mean the same). The password is better kept out
of the file (``~/.pgpass`` or ``PGPASSWORD`` in the service's environment); if it is in the URL,
:func:`redacted_database_url` is what logs and messages show.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

POSTGRESQL_DRIVER = "postgresql+psycopg"
_POSTGRESQL_SCHEMES = {"postgresql", "postgres", POSTGRESQL_DRIVER}


def checked_database_url(value: object) -> object:
    """Pydantic ``before`` validator: one URL form per engine, or a message naming the forms."""
    if not isinstance(value, str):
        return value  # pydantic's own type error names the key
    text = value.strip()
    if not text:
        return ""
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme == "sqlite" and text.startswith("sqlite:///") and len(text) > len("sqlite:///"):
        return text
    if scheme in _POSTGRESQL_SCHEMES:
        parts = urlsplit(text)
        if parts.hostname and parts.path.strip("/"):
            return urlunsplit(parts._replace(scheme=POSTGRESQL_DRIVER))
    raise ValueError(
        "must be empty (SQLite in the data folder), sqlite:///FILE or "
        f"postgresql://USER@HOST:PORT/DATABASE, not {redacted_database_url(text)!r}"
    )


def redacted_database_url(url: str) -> str:
    """The URL with any password replaced by ``***``: safe for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def is_postgresql(url: str) -> bool:
    return url.startswith(POSTGRESQL_DRIVER + "://")
