"""Limits before work: credentials before the body, sizes while it arrives, no stalled reads.

Bodies go over raw sockets (tests/helpers/raw_http.py), so a test sees the answer the moment
the server gives it, however much of the body is still unsent.
"""

from __future__ import annotations

import json
import threading

import pytest

from tests.helpers.hostile import HostileOffice
from tests.helpers.raw_http import chunked, repeated, send

MB = 1024 * 1024
JSON = {"Content-Type": "application/json"}
# Every terminal route that takes a body, and a body far beyond what any of them takes.
TERMINAL_ROUTES = [
    ("POST", "/api/v1/submissions"),
    ("POST", "/api/v1/heartbeat"),
    ("POST", "/api/v1/uploads"),
    ("PATCH", "/api/v1/uploads/nonexistent"),
]


@pytest.mark.parametrize(("method", "path"), TERMINAL_ROUTES)
@pytest.mark.parametrize("framing", ["length", "chunked"])
def test_a_large_body_without_credentials_is_refused_before_it_is_read(
    hostile: HostileOffice, method: str, path: str, framing: str
) -> None:
    size = 40 * MB
    framed = (
        {"Content-Length": str(size)} if framing == "length" else {"Transfer-Encoding": "chunked"}
    )
    # As a tus client sends them: the version is right, only the token is missing.
    headers = {**JSON, **framed, "Tus-Resumable": "1.0.0"}
    body = repeated(b"[" * MB, size)
    with hostile.attack(f"{method} {path}: 40 MB, no token ({framing})"):
        answer = send(
            hostile.url, method, path, headers, body if framing == "length" else chunked(body)
        )
    assert answer.status == 401
    assert answer.headers.get("www-authenticate", "").startswith("Bearer")
    assert json.loads(answer.body)["status"] == 401
    assert answer.body_bytes_sent < size  # answered long before the end of the body


@pytest.mark.parametrize(
    ("path", "limit"),
    [("/api/v1/submissions", 2_100_000), ("/api/v1/heartbeat", 16 * 1024)],
)
def test_a_declared_length_past_the_routes_limit_is_refused_at_once(
    hostile: HostileOffice, path: str, limit: int
) -> None:
    size = 50 * MB
    with hostile.attack(f"POST {path}: declares 50 MB, valid token"):
        answer = send(
            hostile.url,
            "POST",
            path,
            {**hostile.auth(), **JSON, "Content-Length": str(size)},
            repeated(b" " * MB, size),
        )
    assert answer.status == 413
    assert str(limit) in json.loads(answer.body)["detail"]
    assert answer.body_bytes_sent < size


@pytest.mark.parametrize(
    "path", ["/api/v1/submissions", "/api/v1/heartbeat", "/api/v1/enroll", "/console/login"]
)
def test_a_chunked_body_is_counted_while_it_arrives(hostile: HostileOffice, path: str) -> None:
    size = 60 * MB
    form = path.startswith("/console")
    kind = "application/x-www-form-urlencoded" if form else "application/json"
    part = b"username=" + b"a" * MB if form else b'{"a":' * (MB // 5)
    with hostile.attack(f"POST {path}: 60 MB chunked, valid token"):
        answer = send(
            hostile.url,
            "POST",
            path,
            {**hostile.auth(), "Content-Type": kind, "Transfer-Encoding": "chunked"},
            chunked(repeated(part, size)),
        )
    assert answer.status == 413
    assert answer.headers.get("connection") == "close"
    assert answer.body_bytes_sent < size


def test_a_console_form_without_a_session_is_not_read(hostile: HostileOffice) -> None:
    size = 40 * MB
    with hostile.attack("POST console form: 40 MB chunked, no session"):
        answer = send(
            hostile.url,
            "POST",
            f"/console/requests/{hostile.good_callback}/done",
            {"Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked"},
            chunked(repeated(b"csrf_token=" + b"x" * MB, size)),
        )
    assert answer.status == 303
    assert answer.headers["location"] == "/console/login"
    assert answer.body_bytes_sent < size


@pytest.mark.parametrize("framing", ["length", "chunked"])
def test_a_body_that_stalls_is_ended(hostile: HostileOffice, framing: str) -> None:
    """Slow loris: a few bytes, then nothing; the gate ends it after body_idle_seconds (2 s
    here); meanwhile everything else answers."""
    first = b'{"sent_at": "2026-'
    headers = {**hostile.auth(), **JSON}
    headers |= (
        {"Content-Length": "4000"} if framing == "length" else {"Transfer-Encoding": "chunked"}
    )
    parts = [first] if framing == "length" else list(chunked([first], finish=False))
    answers = []
    with hostile.attack(f"POST heartbeat: stalls after {len(first)} bytes ({framing}), x8"):
        # Eight at once: each holds a connection, none holds the server.
        threads = [
            threading.Thread(
                target=lambda: answers.append(
                    send(hostile.url, "POST", "/api/v1/heartbeat", headers, parts, wait=20)
                )
            )
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        hostile.pages_work()  # while they hang
        for thread in threads:
            thread.join(30)
    assert [answer.status for answer in answers] == [408] * 8
    assert all(1.5 < answer.seconds < 10 for answer in answers), [a.seconds for a in answers]


@pytest.mark.parametrize("depth", [1_000, 7_000])
def test_deeply_nested_json_is_a_client_error(hostile: HostileOffice, depth: int) -> None:
    body = b"[" * depth + b"]" * depth
    with hostile.attack(f"POST heartbeat: JSON nested {depth} deep"):
        answer = send(
            hostile.url,
            "POST",
            "/api/v1/heartbeat",
            {**hostile.auth(), **JSON, "Content-Length": str(len(body))},
            [body],
        )
    assert 400 <= answer.status < 500


def test_many_large_unauthenticated_bodies_at_once(hostile: HostileOffice) -> None:
    size = 20 * MB
    answers = []

    def one() -> None:
        answers.append(
            send(
                hostile.url,
                "POST",
                "/api/v1/submissions",
                {**JSON, "Content-Length": str(size), "Authorization": "Bearer stolen-but-revoked"},
                repeated(b"{" * MB, size),
            )
        )

    with hostile.attack("POST submissions: 16 x 20 MB at once, unknown token"):
        threads = [threading.Thread(target=one) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert [answer.status for answer in answers] == [401] * 16


@pytest.mark.parametrize(
    ("case", "start", "part"),
    [
        ("one header of 60 MB", b"X-Notiz: ", b"a" * MB),
        ("8 million headers", b"", b"X-H: v\r\n" * (MB // 8)),
    ],
    ids=["one-60-MB-header", "8-million-headers"],
)
def test_headers_without_end_are_refused_before_they_cost_memory(
    hostile: HostileOffice, case: str, start: bytes, part: bytes
) -> None:
    """Without credentials, to the health check: the header block is bounded (64 KiB) before
    any route is looked at. (uvicorn's httptools parser kept all 60 MB: a GB of memory.)"""
    head = [start, *repeated(part, 60 * MB)]
    with hostile.attack(f"headers: {case}, no credentials"):
        answer = send(hostile.url, "GET", "/api/v1/health", {}, more_head=head)
    assert answer.status == 400
    assert answer.more_head_bytes_sent < 60 * MB
