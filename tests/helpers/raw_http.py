"""HTTP/1.1 spoken by hand over a socket, for what ``requests`` cannot do: keep sending a body
after the server has answered, trickle it, stall it, or send it chunked without end.

:func:`send` writes the request line and headers, then the body parts one by one, and stops as
soon as the server answers (or closes): it reports the answer and how much of the body went out.
"""

from __future__ import annotations

import contextlib
import select
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class RawAnswer:
    status: int  # 0: the connection closed without an answer
    headers: dict[str, str]
    body: bytes
    seconds: float  # from the first byte sent to the answer
    body_bytes_sent: int
    more_head_bytes_sent: int = 0  # of ``more_head``


def _answer_ready(sock: socket.socket) -> bool:
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def _parse(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        return 0, {}, b""
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def send(
    url: str,
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: Iterable[bytes] = (),
    *,
    pause: float = 0.0,
    wait: float = 30.0,
    more_head: Iterable[bytes] = (),
) -> RawAnswer:
    """One request; ``body`` parts are sent as they come (``pause`` seconds apart), as they are:
    a chunked body must be framed by the caller (:func:`chunked`). ``more_head`` parts go out
    after ``headers`` and before the blank line that ends them (header lines of any size)."""
    where = urlsplit(url)
    began = time.monotonic()
    sent = head_sent = 0
    with socket.create_connection((where.hostname, where.port or 80), timeout=wait) as sock:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {where.netloc}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n").encode("latin-1"))
        for part in more_head:
            if _answer_ready(sock) or not _sent(sock, part):
                break
            head_sent += len(part)
        _sent(sock, b"\r\n")
        for part in body:
            if _answer_ready(sock) or not _sent(sock, part):
                break
            sent += len(part)
            if pause:
                time.sleep(pause)
        data = b""
        sock.settimeout(wait)
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in data or not _complete(data):
                part = sock.recv(65536)
                if not part:
                    break
                data += part
    status, answer_headers, answer_body = _parse(data)
    return RawAnswer(status, answer_headers, answer_body, time.monotonic() - began, sent, head_sent)


def _sent(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:  # the server closed while we sent: read what it answered
        return False
    return True


def _complete(data: bytes) -> bool:
    _, headers, body = _parse(data)
    length = headers.get("content-length")
    return length is None or len(body) >= int(length)


def chunked(parts: Iterable[bytes], *, finish: bool = True) -> Iterable[bytes]:
    """``parts`` framed as HTTP chunks (``Transfer-Encoding: chunked``)."""
    for part in parts:
        yield b"%x\r\n" % len(part) + part + b"\r\n"
    if finish:
        yield b"0\r\n\r\n"


def repeated(part: bytes, total: int) -> Iterable[bytes]:
    """``total`` bytes as repetitions of ``part`` (never all in memory)."""
    while total > 0:
        yield part[:total]
        total -= len(part)
