"""The fault-injecting proxy itself: each fault does what the reliability tests rely on."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from tests.helpers.fault_proxy import Fault, FaultProxy


class RecordingEchoServer(socketserver.ThreadingTCPServer):
    """Echoes every byte back and remembers how many bytes arrived."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.received = 0
        super().__init__(("127.0.0.1", 0), _EchoHandler)


class _EchoHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server = self.server
        assert isinstance(server, RecordingEchoServer)
        try:
            while data := self.request.recv(65536):
                server.received += len(data)
                self.request.sendall(data)
        except OSError:
            pass


@pytest.fixture
def echo() -> Iterator[RecordingEchoServer]:
    server = RecordingEchoServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(echo: RecordingEchoServer) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", echo.server_address[1]) as running:
        yield running


def connect(proxy: FaultProxy, timeout: float = 2.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", proxy.port), timeout=timeout)


def receive_exactly(sock: socket.socket, size: int) -> bytes:
    chunks = b""
    while len(chunks) < size:
        chunk = sock.recv(size - len(chunks))
        if not chunk:
            break
        chunks += chunk
    return chunks


def test_passes_bytes_through(proxy: FaultProxy) -> None:
    with connect(proxy) as sock:
        sock.sendall(b"hello office")
        assert receive_exactly(sock, 12) == b"hello office"
    assert proxy.stats.client_bytes == 12


def test_refuse_closes_the_port_and_healing_reopens_it(proxy: FaultProxy) -> None:
    proxy.set_fault(Fault.REFUSE)
    with pytest.raises(ConnectionRefusedError):
        connect(proxy)
    proxy.set_fault(Fault.NONE)
    with connect(proxy) as sock:
        sock.sendall(b"x")
        assert receive_exactly(sock, 1) == b"x"


def test_cut_forwards_exactly_the_budget_then_resets(
    proxy: FaultProxy, echo: RecordingEchoServer
) -> None:
    proxy.set_fault(Fault.CUT, cut_after=1000)
    with connect(proxy) as sock, pytest.raises(OSError):
        for _ in range(100):
            sock.sendall(b"a" * 500)
            time.sleep(0.01)
        receive_exactly(sock, 50_000)
        raise ConnectionResetError  # reached only if the proxy never cut
    deadline = time.monotonic() + 2
    while echo.received < 1000 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert echo.received == 1000
    assert proxy.stats.cuts == 1


def test_stall_neither_answers_nor_closes(proxy: FaultProxy) -> None:
    proxy.set_fault(Fault.STALL)
    with connect(proxy, timeout=0.5) as sock:
        sock.sendall(b"anyone there?")
        with pytest.raises(TimeoutError):
            sock.recv(1)


def test_throttle_limits_the_rate(proxy: FaultProxy) -> None:
    proxy.throttle(20_000)  # 20 kB/s: 10 kB takes at least half a second each way
    started = time.monotonic()
    with connect(proxy, timeout=5) as sock:
        sock.sendall(b"b" * 10_000)
        assert len(receive_exactly(sock, 10_000)) == 10_000
    assert time.monotonic() - started >= 0.5
