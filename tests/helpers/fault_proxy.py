"""FaultProxy: a TCP proxy on loopback that breaks connections on purpose.

Sits between the sync daemon and the backoffice. Faults are switched at run time from the test:

- ``Fault.NONE``      pass bytes through
- ``Fault.REFUSE``    close the listening socket: connections are refused
- ``Fault.CUT``       forward ``cut_after`` bytes from client to server, then reset both sides
- ``Fault.STALL``     accept, read, but never forward or answer, never close
- ``Fault.HTTP_ERROR`` read one HTTP request, answer it with ``http_status`` (e.g. 503) and
  close, without forwarding anything: an overloaded or broken office behind a load balancer
- ``Fault.DROP_ANSWER`` forward the request whole, then reset the client as the server's answer
  starts: the office has stored it, the terminal never hears so (the replay case)
- throttle            ``rate_bytes_per_second`` limits both directions (any fault mode)

It runs an asyncio loop in its own thread and stops cleanly with ``close()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import socket
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any


class Fault(enum.Enum):
    NONE = "none"
    REFUSE = "refuse"
    CUT = "cut"
    STALL = "stall"
    HTTP_ERROR = "http_error"
    DROP_ANSWER = "drop_answer"


@dataclass
class ProxyStats:
    connections: int = 0
    client_bytes: int = 0  # bytes the proxy forwarded client → server
    server_bytes: int = 0
    cuts: int = 0
    http_errors: int = 0  # requests answered by the proxy itself (Fault.HTTP_ERROR)


@dataclass
class _Settings:
    fault: Fault = Fault.NONE
    cut_after: int = 0
    http_status: int = 503
    rate_bytes_per_second: float | None = None
    stats: ProxyStats = field(default_factory=ProxyStats)


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, listen_port: int = 0) -> None:
        self._target = (target_host, target_port)
        self._settings = _Settings()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = listen_port or _free_port()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._call(self._listen)

    # ---- control from the test thread -------------------------------------------------------

    @property
    def stats(self) -> ProxyStats:
        return self._settings.stats

    def set_fault(self, fault: Fault, cut_after: int = 0, http_status: int = 503) -> None:
        """Switch the fault; REFUSE closes the port, leaving REFUSE opens it again."""
        self._settings.fault = fault
        self._settings.cut_after = cut_after
        self._settings.http_status = http_status
        if fault is Fault.HTTP_ERROR:
            # A kept-alive connection would otherwise go on reaching the server.
            self._call(self._drop_connections)
        if fault is Fault.REFUSE:
            self._call(self._stop_listening)
            self._call(self._drop_connections)
        elif self._server is None:
            self._call(self._listen)
        if fault is Fault.NONE:
            self._call(self._drop_connections)  # stalled connections end when the fault heals

    def reset_connections(self) -> None:
        """A blip: every open connection is reset now; new ones pass as before."""
        self._call(self._drop_connections)

    def throttle(self, rate_bytes_per_second: float | None) -> None:
        self._settings.rate_bytes_per_second = rate_bytes_per_second

    def close(self) -> None:
        self._call(self._shutdown)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- inside the loop ---------------------------------------------------------------------

    def _call(self, coro_fn: Callable[[], Coroutine[Any, Any, None]]) -> None:
        asyncio.run_coroutine_threadsafe(coro_fn(), self._loop).result(timeout=10)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)

    async def _stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()
            # Since Python 3.12 wait_closed() also waits for open connections, so drop them
            # first: a stalled connection would otherwise keep the port open for ever.
            await self._drop_connections()
            await self._server.wait_closed()
            self._server = None

    async def _shutdown(self) -> None:
        await self._stop_listening()
        current = asyncio.current_task()
        pending = [task for task in asyncio.all_tasks() if task is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await asyncio.sleep(0.05)  # let the transports finish closing before the loop stops

    async def _drop_connections(self) -> None:
        for writer in list(self._writers):
            _reset(writer)
        self._writers.clear()

    async def _handle(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        self._writers.add(c_writer)
        if self._settings.fault is Fault.STALL:
            await _swallow(c_reader)
            _close(c_writer)
            return
        if self._settings.fault is Fault.HTTP_ERROR:
            await self._answer_with_error(c_reader, c_writer)
            return
        try:
            s_reader, s_writer = await asyncio.open_connection(*self._target)
        except OSError:
            _reset(c_writer)
            return
        self._writers.add(s_writer)
        budget = [self._settings.cut_after]
        upstream = self._pump(c_reader, s_writer, c_writer, upstream=True, budget=budget)
        downstream = self._pump(s_reader, c_writer, s_writer, upstream=False, budget=budget)
        await asyncio.gather(upstream, downstream, return_exceptions=True)

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        other: asyncio.StreamWriter,
        *,
        upstream: bool,
        budget: list[int],
    ) -> None:
        settings = self._settings
        try:
            while data := await reader.read(16384):
                if settings.fault is Fault.STALL:
                    await _swallow(reader)
                    return
                if not upstream and settings.fault is Fault.DROP_ANSWER:
                    settings.stats.cuts += 1
                    _reset(writer)
                    _reset(other)
                    return
                if upstream and settings.fault is Fault.CUT:
                    if len(data) >= budget[0]:
                        writer.write(data[: budget[0]])
                        settings.stats.client_bytes += budget[0]
                        await writer.drain()
                        settings.stats.cuts += 1
                        _reset(writer)
                        _reset(other)
                        return
                    budget[0] -= len(data)
                await self._throttle(len(data))
                writer.write(data)
                await writer.drain()
                if upstream:
                    settings.stats.client_bytes += len(data)
                else:
                    settings.stats.server_bytes += len(data)
        except (ConnectionError, OSError):
            pass
        finally:
            _close(writer)
            _close(other)

    async def _answer_with_error(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        status = self._settings.http_status
        try:
            await _read_http_request(reader)
            body = b'{"title":"fault injected"}'
            head = (
                f"HTTP/1.1 {status} Fault\r\nContent-Type: application/problem+json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode("ascii") + body)
            await writer.drain()
            self.stats.http_errors += 1
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            _close(writer)

    async def _throttle(self, size: int) -> None:
        rate = self._settings.rate_bytes_per_second
        if rate:
            await asyncio.sleep(size / rate)


async def _swallow(reader: asyncio.StreamReader) -> None:
    """Reads and discards until the peer gives up: a connection that never answers."""
    try:
        while await reader.read(16384):
            pass
    except (ConnectionError, OSError):
        pass


async def _read_http_request(reader: asyncio.StreamReader) -> None:
    """Reads one request's head and its Content-Length body (raises if the client leaves)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)


def _reset(writer: asyncio.StreamWriter) -> None:
    # SO_LINGER 0 makes close() send RST: the peer sees "connection reset", like a dropped link.
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
    writer.close()


def _close(writer: asyncio.StreamWriter) -> None:
    if not writer.is_closing():
        writer.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
