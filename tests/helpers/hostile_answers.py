"""Answers a hostile or broken office might give, written straight to the socket.

Used by :class:`tests.helpers.fake_backoffice.FakeBackoffice` for ``Answer(huge_bytes=...)``
(an endless stream of zeros, never held in memory here either) and
``Answer(trickle_seconds=...)`` (the whole answer, status line included, one byte at a time:
each byte arrives well within any read timeout, so only a deadline on the whole exchange ends
it).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler

_BLOCK = b"\0" * 65536


def write_huge(
    handler: BaseHTTPRequestHandler, status: int, size: int, declare_length: bool
) -> int:
    """Sends ``size`` bytes of body; returns how many went out before the client hung up."""
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    if declare_length:
        handler.send_header("Content-Length", str(size))
    else:
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    sent = 0
    try:
        while sent < size:
            block = _BLOCK[: min(len(_BLOCK), size - sent)]
            handler.wfile.write(block)
            sent += len(block)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return sent


def write_trickled(
    handler: BaseHTTPRequestHandler,
    status: int,
    headers: dict[str, str],
    body: bytes,
    seconds_per_byte: float,
    released: threading.Event,
) -> None:
    """The whole answer byte by byte; stops when the client hangs up or the fake closes."""
    head = f"HTTP/1.1 {status} Slow\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    answer = (head + f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body
    handler.close_connection = True
    try:
        for index in range(len(answer)):
            handler.wfile.write(answer[index : index + 1])
            handler.wfile.flush()
            if released.wait(seconds_per_byte):
                return
    except (BrokenPipeError, ConnectionResetError):
        pass
