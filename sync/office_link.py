"""The terminal's one way to its backoffice: TLS as configured, bounded answers, office pauses.

Every request to the office (enrollment, submissions, tus uploads, heartbeats, health probes)
goes through an :class:`OfficeLink`, so the rules hold for all of them:

- the address is ``https://`` (or loopback, :mod:`config.office_url`); the certificate is
  checked against the CA file pinned in the config, or else the system's trust store;
- no redirects (a redirect could lead to plain HTTP or elsewhere);
- each call ends by its deadline and its answer is at most ``max_answer_bytes``
  (:mod:`sync.bounded_http`);
- a ``Retry-After`` pause stops every sender in the process (:mod:`sync.office_pause`);
- :meth:`OfficeLink.stop` (SIGTERM) cuts what is in flight and refuses anything new;
- every request says which protocol version the terminal speaks (:mod:`contract.version`).

Each thread gets its own ``requests`` session; the pause and the stop are shared.
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import requests

from config.office_url import require_secure_office_url
from config.schema import SyncSettings
from contract.version import protocol_headers
from sync.bounded_http import CallRegistry, read_bounded, tracked_session
from sync.office_pause import OfficePause

# No answer of a backoffice is anywhere near this (the largest is a remote config).
MAX_ANSWER_BYTES = 1024 * 1024
# A request body is given this rate on top of the deadline: a thin rural link still gets
# a 1 MiB chunk through, a link slower than this counts as down.
SLOWEST_UPLOAD_BYTES_PER_SECOND = 4096
USER_AGENT = "buergerterminal-kiosk"


def office_verify(ca_file: Path | None) -> str | bool:
    """What ``requests`` takes as ``verify`` for the office: the pinned CA file, or True for
    the system's trust store. Passed with every request, so ``REQUESTS_CA_BUNDLE`` cannot
    replace a pinned CA (psf/requests#3829)."""
    return str(ca_file) if ca_file is not None else True


def office_ssl_context(ca_file: Path | None) -> ssl.SSLContext:
    """The same trust for clients that are not ``requests`` (the call's signaling socket)."""
    return ssl.create_default_context(cafile=None if ca_file is None else str(ca_file))


class OfficePaused(requests.RequestException):
    """Not sent: the office asked for a pause (Retry-After) that has not ended yet."""


@dataclass(frozen=True)
class OfficeAnswer:
    status_code: int
    headers: Mapping[str, str]
    content: bytes


class OfficeLink:
    def __init__(
        self,
        base_url: str,
        settings: SyncSettings,
        *,
        ca_file: Path | None = None,
        pause: OfficePause | None = None,
        wall_clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        """Raises :class:`config.office_url.InsecureOfficeUrlError` for a plain-HTTP office."""
        self.base_url = require_secure_office_url(base_url).rstrip("/")
        self.pause = pause or OfficePause()
        self._settings = settings
        self._verify = office_verify(ca_file)
        self._wall_clock = wall_clock
        self._calls = CallRegistry()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    @property
    def timeouts(self) -> tuple[float, float]:
        return (self._settings.connect_timeout_seconds, self._settings.read_timeout_seconds)

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        timeouts: tuple[float, float] | None = None,
    ) -> OfficeAnswer:
        """One request to ``base_url + path``. Raises ``requests.RequestException``:
        :class:`OfficePaused`, ``bounded_http.AnswerTooSlow`` / ``AnswerTooLarge`` /
        ``CallCut``, or what ``requests`` raises (``ConnectionError``, ``SSLError``...)."""
        waiting = self.pause.remaining()
        if waiting > 0:
            raise OfficePaused(f"office asked for a pause; {waiting:.0f} s left")
        deadline = self._settings.request_deadline_seconds + (
            len(body or b"") / SLOWEST_UPLOAD_BYTES_PER_SECOND
        )
        session = self._session()
        with self._calls.call(deadline):
            response = session.request(
                method,
                self.base_url + path,
                data=body,
                # identity: a compressed answer could be far larger unpacked than on the wire.
                headers={"Accept-Encoding": "identity", **protocol_headers(), **(headers or {})},
                timeout=timeouts or self.timeouts,
                allow_redirects=False,
                verify=self._verify,
                stream=True,
            )
            try:
                content = read_bounded(response, max_answer_bytes)
            finally:
                response.close()
        self.pause.consider(response.status_code, response.headers, self._wall_clock())
        return OfficeAnswer(response.status_code, response.headers, content)

    def stop(self) -> None:
        """Cut every request in flight and refuse new ones: the process is stopping."""
        self._calls.cut_all()

    @property
    def stopping(self) -> bool:
        return self._calls.stopping

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = tracked_session()
            session.headers["User-Agent"] = USER_AGENT
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session
