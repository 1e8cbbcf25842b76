"""Logging in against the office directory (LDAP / Active Directory), over TLS only.

A bind with the account's DN and password proves the password; the account's groups (entries
under ``group_search_base`` naming it as member) give roles and teams. The whole exchange
runs in a worker thread with a deadline: a directory that is down or hangs makes the login
say so within ``timeout_seconds`` (at most 5 s), and local emergency accounts still work.
"""

from __future__ import annotations

import concurrent.futures
import logging
import ssl
import struct
from dataclasses import dataclass
from urllib.parse import urlsplit

from ldap3 import BASE, NONE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException, LDAPStartTLSError
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

from config.console import DirectorySettings

log = logging.getLogger(__name__)

MAX_GROUPS = 500


class DirectoryUnavailableError(Exception):
    """The directory could not be asked (down, too slow, TLS refused). No password verdict."""


@dataclass(frozen=True)
class DirectoryAccount:
    username: str
    display_name: str
    # DNs of the groups the account is a member of, lower case.
    groups: frozenset[str]


def _started_tls(connection: Connection) -> bool:
    """ldap3 says a refusal either way: ``False``, or LDAPStartTLSError."""
    try:
        return bool(connection.start_tls())
    except LDAPStartTLSError:
        return False


class OfficeDirectory:
    def __init__(self, settings: DirectorySettings) -> None:
        self._settings = settings
        # One thread per login at a time is plenty; a hung directory occupies a few only
        # until ldap3's own socket timeouts end them.
        self._pool = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="directory")

    @property
    def configured(self) -> bool:
        return bool(self._settings.url)

    def authenticate(self, username: str, password: str) -> DirectoryAccount | None:
        """The account if the password is right; ``None`` if it is not (or is empty: an LDAP
        bind without a password would be anonymous, not a check)."""
        if not password or not username.strip():
            return None
        future = self._pool.submit(self._ask, username.strip(), password)
        try:
            return future.result(timeout=self._settings.timeout_seconds)
        except concurrent.futures.TimeoutError:
            log.warning("directory login: no answer within %.1f s", self._settings.timeout_seconds)
            raise DirectoryUnavailableError("timeout") from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _server(self) -> Server:
        settings = self._settings
        parts = urlsplit(settings.url)
        secure = parts.scheme == "ldaps"
        tls = Tls(
            validate=ssl.CERT_REQUIRED,
            ca_certs_file=str(settings.ca_file) if settings.ca_file else None,
            version=ssl.PROTOCOL_TLS_CLIENT,
        )
        return Server(
            parts.hostname or "",
            port=parts.port or (636 if secure else 389),
            use_ssl=secure,
            tls=tls,
            get_info=NONE,
            connect_timeout=settings.timeout_seconds,
        )

    def _ask(self, username: str, password: str) -> DirectoryAccount | None:
        settings = self._settings
        user_dn = settings.user_dn_template.format(username=escape_rdn(username))
        connection = Connection(
            self._server(),
            user=user_dn,
            password=password,
            # ldap3 packs it into SO_RCVTIMEO as a whole number of seconds.
            receive_timeout=max(1, int(settings.timeout_seconds)),
            read_only=True,
            raise_exceptions=False,
        )
        try:
            connection.open()
            if not settings.url.startswith("ldaps") and not _started_tls(connection):
                # Never bind in clear: the password would cross the network readable.
                log.warning("directory login: the directory refused StartTLS")
                raise DirectoryUnavailableError("StartTLS refused")
            if not connection.bind():
                if connection.result and connection.result.get("result") == 49:
                    return None  # invalidCredentials
                log.warning(
                    "directory login: bind failed (%s)", connection.result.get("description")
                )
                raise DirectoryUnavailableError("bind failed")
            return DirectoryAccount(
                username=username.casefold(),
                display_name=self._display_name(connection, user_dn) or username,
                groups=self._groups(connection, user_dn),
            )
        except (LDAPException, OSError, ValueError, struct.error) as exc:
            log.warning("directory login: %s", type(exc).__name__)
            raise DirectoryUnavailableError(type(exc).__name__) from None
        finally:
            connection.unbind()

    def _display_name(self, connection: Connection, user_dn: str) -> str:
        attribute = self._settings.display_name_attribute
        if not connection.search(user_dn, "(objectClass=*)", BASE, attributes=[attribute, "cn"]):
            return ""
        entry = connection.entries[0] if connection.entries else None
        if entry is None:
            return ""
        for name in (attribute, "cn"):
            if name in entry and entry[name].value:
                value = entry[name].value
                return str(value[0] if isinstance(value, list) else value)[:200]
        return ""

    def _groups(self, connection: Connection, user_dn: str) -> frozenset[str]:
        settings = self._settings
        if not settings.group_search_base:
            return frozenset()
        query = settings.group_filter.format(user_dn=escape_filter_chars(user_dn))
        connection.search(
            settings.group_search_base, query, SUBTREE, attributes=[], size_limit=MAX_GROUPS
        )
        return frozenset(entry.entry_dn.casefold() for entry in connection.entries)
