"""HTTP calls with a hard end: a deadline for the whole exchange and a size limit on the answer.

``requests`` bounds each socket operation (connect and read timeouts) but not the call: an
answer trickled one byte per second never trips a 30 s read timeout, and an answer of 1.5 GB
is read into memory whole. Here every call runs under a :class:`Call`: a timer cuts its socket
(``shutdown``, which wakes a blocked ``recv``) at the deadline, and the body is read in pieces,
stopped once it passes ``max_bytes``. The same cut ends a call at once when the process is told
to stop (SIGTERM): see :meth:`CallRegistry.cut_all`.

To find the sockets, the sessions made by :func:`tracked_session` use urllib3 connections that
attach themselves to the call running on their thread when they connect or send a request.

Exceptions (all ``requests.RequestException``, so callers' existing handling applies)::

    AnswerTooSlow(requests.Timeout)       the deadline passed (counts as a timeout)
    AnswerTooLarge                         the answer is longer than allowed
    CallCut                                cut because the process is stopping
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

_READ_PIECE = 64 * 1024


class AnswerTooSlow(requests.Timeout):
    """The exchange did not finish by its deadline (e.g. a trickled answer)."""


class AnswerTooLarge(requests.RequestException):
    """The answer is longer than the caller allows; nothing of it is used."""


class CallCut(requests.RequestException):
    """Cut because the process is stopping; nothing was decided about the request."""


class Call:
    """One exchange in flight: its deadline and the connections it uses."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: list[HTTPConnection] = []
        # Why it was cut: None while it runs.
        self.cut_reason: type[requests.RequestException] | None = None

    def attach(self, connection: HTTPConnection) -> None:
        with self._lock:
            self._connections.append(connection)
            cut = self.cut_reason is not None
        if cut:
            _shut(connection)

    def cut(self, reason: type[requests.RequestException]) -> None:
        with self._lock:
            if self.cut_reason is None:
                self.cut_reason = reason
            connections = list(self._connections)
        for connection in connections:
            _shut(connection)


def _shut(connection: HTTPConnection) -> None:
    sock = connection.sock
    if sock is None:
        return
    with contextlib.suppress(OSError):
        # socket.socket's own shutdown, also for a TLS socket: it only wakes the reader.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_current = threading.local()


def _running_call() -> Call | None:
    call: Call | None = getattr(_current, "call", None)
    return call


class _Tracked:
    """Mixin for urllib3 connections: attach to the call running on this thread."""

    def connect(self) -> None:
        call = _running_call()
        if call is not None:
            call.attach(self)  # type: ignore[arg-type]
        super().connect()  # type: ignore[misc]

    def request(self, *args: Any, **kwargs: Any) -> None:
        call = _running_call()
        if call is not None:
            call.attach(self)  # type: ignore[arg-type]
        super().request(*args, **kwargs)  # type: ignore[misc]


class _TrackedHTTPConnection(_Tracked, HTTPConnection):
    pass


class _TrackedHTTPSConnection(_Tracked, HTTPSConnection):
    pass


class _TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_POOLS = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}


class _TrackedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def tracked_session() -> requests.Session:
    session = requests.Session()
    adapter = _TrackedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class CallRegistry:
    """The calls in flight in this process, so a stop request can cut them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: set[Call] = set()
        self._stopping = False

    @property
    def stopping(self) -> bool:
        return self._stopping

    def cut_all(self) -> None:
        """Cut every call in flight and every later one (the process is stopping)."""
        with self._lock:
            self._stopping = True
            calls = list(self._calls)
        for call in calls:
            call.cut(CallCut)

    @contextlib.contextmanager
    def call(self, deadline_seconds: float) -> Iterator[Call]:
        """Runs the block as one call, cut after ``deadline_seconds``; the cut's reason is
        raised in place of whatever error the cut socket caused."""
        call = Call()
        with self._lock:
            if self._stopping:
                raise CallCut("stopping")
            self._calls.add(call)
        timer = threading.Timer(deadline_seconds, call.cut, args=(AnswerTooSlow,))
        timer.daemon = True
        timer.start()
        _current.call = call
        try:
            yield call
        except (requests.RequestException, OSError) as exc:
            if call.cut_reason is not None:
                raise call.cut_reason(
                    f"{call.cut_reason.__name__} after {type(exc).__name__}"
                ) from None
            raise
        finally:
            _current.call = None
            timer.cancel()
            with self._lock:
                self._calls.discard(call)
        if call.cut_reason is not None:
            raise call.cut_reason(call.cut_reason.__name__)


def read_bounded(response: requests.Response, max_bytes: int) -> bytes:
    """The whole body of a streamed ``response``, or :class:`AnswerTooLarge` past
    ``max_bytes`` (decided from Content-Length when the server says it, before reading)."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise AnswerTooLarge(f"answer of {int(declared)} bytes (at most {max_bytes})")
    parts: list[bytes] = []
    size = 0
    for piece in response.iter_content(_READ_PIECE):
        size += len(piece)
        if size > max_bytes:
            raise AnswerTooLarge(f"answer longer than {max_bytes} bytes")
        parts.append(piece)
    return b"".join(parts)
