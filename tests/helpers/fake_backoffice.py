"""FakeBackoffice: an HTTP server on loopback that answers like a backoffice, as scripted.

For delivery and enrollment tests that need answers the real backoffice does not give on demand
(503, 401, a stall that never answers, a receipt that is not one). It runs ``http.server`` in a
thread, records every request, and by default accepts:

- ``POST /api/v1/enroll``: an ``EnrollmentResponse`` with the public key of ``private_key``;
- ``POST /api/v1/submissions``: a ``SubmissionReceipt`` (201), the same one again for a replay;
- ``GET /api/v1/health``: ``{"status": "ok"}`` (200), or ``set_health(Answer(...))``;
- ``POST /api/v1/heartbeat``: a ``HeartbeatAnswer`` (200); the heartbeats are recorded too.

``script(Answer(...), ...)`` queues answers used in order before falling back to ``default``.
Answers can also be hostile (:mod:`tests.helpers.hostile_answers`): huge, trickled, or a 429
with ``Retry-After``. With ``tls=(certificate, key)`` it speaks HTTPS (``url`` is then
``https://localhost:PORT``).
"""

from __future__ import annotations

import base64
import datetime as dt
import ssl
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Self

from nacl.public import PrivateKey

from contract.fleet import HEARTBEAT_PATH, Heartbeat, HeartbeatAnswer
from contract.submissions import (
    IDEMPOTENCY_HEADER,
    EnrollmentResponse,
    Health,
    ProblemDetail,
    SubmissionEnvelope,
    SubmissionReceipt,
)
from tests.helpers.hostile_answers import write_huge, write_trickled

OFFICE_NAME = "Jobcenter Fakestadt"


@dataclass(frozen=True)
class Answer:
    status: int = 201
    # None: a fitting body (receipt, enrollment, or a ProblemDetail for errors).
    body: bytes | None = None
    content_type: str = "application/json"
    # Never answer (until the fake is closed): the client's read timeout must fire.
    stall: bool = False
    # A body of this many bytes (zeros), streamed; with or without a Content-Length.
    huge_bytes: int = 0
    declare_length: bool = True
    # The whole answer one byte at a time, this many seconds apart.
    trickle_seconds: float = 0.0
    retry_after: str | None = None


@dataclass(frozen=True)
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    # time.monotonic() when it arrived, and the wall clock then.
    at: float = field(default_factory=time.monotonic)
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def envelope(self) -> SubmissionEnvelope:
        return SubmissionEnvelope.model_validate_json(self.body)


@dataclass
class _State:
    default: Answer = field(default_factory=Answer)
    queued: deque[Answer] = field(default_factory=deque)
    requests: list[ReceivedRequest] = field(default_factory=list)
    receipts: dict[uuid.UUID, bytes] = field(default_factory=dict)
    health: Answer = field(default_factory=lambda: Answer(status=200))


class FakeBackoffice:
    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.private_key = PrivateKey.generate()
        self._state = _State()
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._tls = tls is not None
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="FakeBackoffice", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"https://localhost:{port}" if self._tls else f"http://{host!s}:{port}"

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(bytes(self.private_key.public_key)).decode("ascii")

    # -- scripting and inspection -------------------------------------------------------------

    def script(self, *answers: Answer) -> None:
        with self._lock:
            self._state.queued.extend(answers)

    def set_default(self, answer: Answer) -> None:
        with self._lock:
            self._state.default = answer

    def set_health(self, answer: Answer) -> None:
        with self._lock:
            self._state.health = answer

    @property
    def requests(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._state.requests)

    def heartbeats(self) -> list[Heartbeat]:
        return [
            Heartbeat.model_validate_json(r.body)
            for r in self.requests
            if r.path.endswith(HEARTBEAT_PATH)
        ]

    def submission_requests(self) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.path.endswith("/submissions")]

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- answering ----------------------------------------------------------------------------

    def _next_answer(self, request: ReceivedRequest) -> Answer:
        with self._lock:
            self._state.requests.append(request)
            return self._state.queued.popleft() if self._state.queued else self._state.default

    def _body_for(self, request: ReceivedRequest, answer: Answer) -> bytes:
        if answer.body is not None:
            return answer.body
        if answer.status >= 300:
            problem = ProblemDetail(
                title=f"Fake {answer.status}", detail="scripted", status=answer.status
            )
            return problem.model_dump_json().encode()
        if request.path.endswith(HEARTBEAT_PATH):
            return HeartbeatAnswer(received_at=dt.datetime.now(dt.UTC)).model_dump_json().encode()
        if request.path.endswith("/enroll"):
            return (
                EnrollmentResponse(
                    device_id=uuid.uuid4(),
                    device_token="fake-device-token-" + uuid.uuid4().hex,
                    backoffice_public_key=self.public_key_b64,
                    office_name=OFFICE_NAME,
                )
                .model_dump_json()
                .encode()
            )
        envelope = request.envelope()
        with self._lock:
            receipt = self._state.receipts.get(envelope.submission_id)
            if receipt is None:
                receipt = (
                    SubmissionReceipt(
                        submission_id=envelope.submission_id,
                        reference_code=envelope.reference_code,
                        received_at=dt.datetime.now(dt.UTC),
                    )
                    .model_dump_json()
                    .encode()
                )
                self._state.receipts[envelope.submission_id] = receipt
            return receipt

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                request = ReceivedRequest(
                    path=self.path,
                    headers={key: value for key, value in self.headers.items()},
                    body=self.rfile.read(length),
                )
                if request.path.endswith(HEARTBEAT_PATH):
                    with fake._lock:
                        fake._state.requests.append(request)
                    answer = Answer(status=200)
                else:
                    answer = fake._next_answer(request)
                self._answer(answer, lambda: fake._body_for(request, answer))

            def _answer(self, answer: Answer, body_for: Callable[[], bytes]) -> None:
                if answer.stall:
                    fake._released.wait()
                    return
                if answer.huge_bytes:
                    write_huge(self, answer.status, answer.huge_bytes, answer.declare_length)
                    return
                body = body_for()
                headers = {"Content-Type": answer.content_type}
                if answer.retry_after is not None:
                    headers["Retry-After"] = answer.retry_after
                if answer.trickle_seconds:
                    write_trickled(
                        self, answer.status, headers, body, answer.trickle_seconds, fake._released
                    )
                    return
                self.send_response(answer.status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                request = ReceivedRequest(path=self.path, headers=dict(self.headers), body=b"")
                with fake._lock:
                    fake._state.requests.append(request)
                    answer = fake._state.health
                if not self.path.endswith("/health"):
                    answer = Answer(status=404)

                def body_for() -> bytes:
                    if answer.body is not None:
                        return answer.body
                    if answer.status >= 300:
                        return fake._body_for(request, answer)
                    return Health(status="ok", version="fake").model_dump_json().encode()

                self._answer(answer, body_for)

            def log_message(self, format: str, *args: object) -> None:
                pass  # tests read fake.requests instead of stderr

        return Handler


def header(request: ReceivedRequest, name: str) -> str | None:
    """A request header, looked up without regard to case."""
    for key, value in request.headers.items():
        if key.lower() == name.lower():
            return value
    return None


__all__ = ["IDEMPOTENCY_HEADER", "OFFICE_NAME", "Answer", "FakeBackoffice", "header"]
