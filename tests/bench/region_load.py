"""The load of a region, spoken over the real API (used by ``bench_region.py``).

Open loop: each kind of request is started at its rate whether or not earlier ones have
answered (a slow server does not slow the offered load down, it shows up as latency), with at
most ``MAX_IN_FLIGHT`` requests under way.

- ``heartbeat``:  ``POST /api/v1/heartbeat`` from one of the seeded terminals;
- ``callback``:   a sealed callback request, ``POST /api/v1/submissions``;
- ``tus create`` / ``tus patch`` / ``document``: a 1 MiB sealed document, uploaded with tus in
  one chunk, then its submission;
- ``console``:    the inbox or the documents page, for a logged-in staff member;
- ``presence``:   a staff page's WebSocket switching availability, until the hub's ack.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import io
import itertools
import json
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx
from websockets.asyncio.client import ClientConnection, connect

from contract.sealing import public_key_from_b64, seal, seal_file
from contract.submissions import (
    AttachmentRef,
    DocumentFile,
    DocumentSubmissionPayload,
    SubmissionEnvelope,
    SubmissionKind,
)
from tests.helpers.backoffice import callback_payload, reference_code

MAX_IN_FLIGHT = 400
MIB = 1024 * 1024
TUS = {"Tus-Resumable": "1.0.0"}


@dataclass(frozen=True)
class Mix:
    """Requests per second of each kind at full load (the region's goal)."""

    heartbeats: float = 10_000 / 30
    callbacks: float = 20.0
    uploads: float = 5.0
    # 100 staff, a page every 10 s each.
    console_pages: float = 10.0
    # 100 staff pages, each switching availability about every 30 s.
    presence: float = 100 / 30

    def scaled(self, factor: float) -> Mix:
        return Mix(*(getattr(self, name) * factor for name in self.__dataclass_fields__))


@dataclass
class Figures:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    documents: list[uuid.UUID] = field(default_factory=list)
    dropped: int = 0
    # How late the generator's own event loop woke up (seconds): when the machine is too
    # busy for the generator itself, latencies are partly the client's, not the server's.
    lag: list[float] = field(default_factory=list)

    def p99(self, route: str) -> float:
        values = sorted(self.latencies[route])
        return values[min(len(values) - 1, int(len(values) * 0.99))] if values else 0.0

    @property
    def worst_p99(self) -> float:
        return max((self.p99(route) for route in self.latencies), default=0.0)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


@dataclass(frozen=True)
class Office:
    url: str
    public_key_b64: str
    device_tokens: list[str]
    staff_cookies: list[str]


class SealedDocument:
    """One 1 MiB PDF sealed once; every upload sends these bytes under its own attachment id."""

    def __init__(self, public_key_b64: str) -> None:
        self.plain = b"%PDF-1.7\n" + random.randbytes(MIB - 9)
        sealed = io.BytesIO()
        seal_file(io.BytesIO(self.plain), sealed, public_key_from_b64(public_key_b64))
        self.sealed = sealed.getvalue()
        self.sealed_sha256 = hashlib.sha256(self.sealed).hexdigest()
        self.plain_sha256 = hashlib.sha256(self.plain).hexdigest()


class LoadGenerator:
    def __init__(self, office: Office, client: httpx.AsyncClient) -> None:
        self._office = office
        self._client = client
        self._key = public_key_from_b64(office.public_key_b64)
        self._document = SealedDocument(office.public_key_b64)
        self._slots = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._tokens = itertools.cycle(office.device_tokens)
        self._sockets: list[tuple[ClientConnection, asyncio.Queue[str]]] = []
        self._available: list[bool] = []
        self._readers: set[asyncio.Task[None]] = set()

    # ---- the staff pages' sockets ------------------------------------------------------------

    async def open_staff_sockets(self) -> None:
        ws = self._office.url.replace("http://", "ws://") + "/console/signaling"
        for cookie in self._office.staff_cookies:
            socket = await connect(ws, additional_headers={"Cookie": f"bt_session={cookie}"})
            acks: asyncio.Queue[str] = asyncio.Queue()
            self._readers.add(asyncio.create_task(self._answer_pings(socket, acks)))
            self._sockets.append((socket, acks))
            self._available.append(False)

    async def close_staff_sockets(self) -> None:
        for socket, _acks in self._sockets:
            await socket.close()
        await asyncio.gather(*self._readers, return_exceptions=True)

    @staticmethod
    async def _answer_pings(socket: ClientConnection, acks: asyncio.Queue[str]) -> None:
        async for text in socket:
            kind = json.loads(text)["type"]
            if kind == "ping":
                await socket.send('{"type":"pong"}')
            elif kind == "presence_ack":
                acks.put_nowait(text)

    # ---- a run -------------------------------------------------------------------------------

    async def run(self, mix: Mix, seconds: float) -> Figures:
        figures = Figures()
        kinds: list[tuple[float, Callable[[Figures], Awaitable[None]]]] = [
            (mix.heartbeats, self._heartbeat),
            (mix.callbacks, self._callback),
            (mix.uploads, self._upload),
            (mix.console_pages, self._console_page),
            (mix.presence, self._presence),
        ]
        watch = asyncio.create_task(self._watch_lag(figures))
        await asyncio.gather(
            *(self._at_rate(rate, seconds, work, figures) for rate, work in kinds if rate > 0)
        )
        watch.cancel()
        return figures

    @staticmethod
    async def _watch_lag(figures: Figures) -> None:
        while True:
            start = time.monotonic()
            await asyncio.sleep(0.01)
            figures.lag.append(time.monotonic() - start - 0.01)

    async def _at_rate(
        self,
        rate: float,
        seconds: float,
        work: Callable[[Figures], Awaitable[None]],
        figures: Figures,
    ) -> None:
        tasks: set[asyncio.Task[None]] = set()
        start = time.monotonic()
        for n in itertools.count():
            due = start + n / rate
            if due - start >= seconds:
                break
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            if self._slots.locked():
                figures.dropped += 1  # the server is that far behind: an overload, not a wait
                continue
            task = asyncio.create_task(self._guarded(work, figures))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)

    async def _guarded(self, work: Callable[[Figures], Awaitable[None]], figures: Figures) -> None:
        async with self._slots:
            await work(figures)

    async def _timed(
        self, figures: Figures, route: str, request: Awaitable[httpx.Response], ok: int
    ) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            response = await request
        except httpx.HTTPError:
            figures.errors[route] += 1
            return None
        figures.latencies[route].append(time.perf_counter() - start)
        if response.status_code != ok:
            figures.errors[route] += 1
            return None
        return response

    # ---- the kinds of request ----------------------------------------------------------------

    def _bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {next(self._tokens)}"}

    async def _heartbeat(self, figures: Figures) -> None:
        body = {
            "sent_at": dt.datetime.now(dt.UTC).isoformat(),
            "interval_seconds": 30.0,
            "software_version": "bench",
            "queue": {"items": 0, "bytes": 0},
            "disk_free_bytes": 10**10,
            "disk_total_bytes": 2 * 10**10,
        }
        request = self._client.post("/api/v1/heartbeat", json=body, headers=self._bearer())
        await self._timed(figures, "heartbeat", request, 200)

    def _envelope(
        self, kind: SubmissionKind, plaintext: bytes, refs: list[AttachmentRef]
    ) -> SubmissionEnvelope:
        return SubmissionEnvelope(
            submission_id=uuid.uuid4(),
            kind=kind,
            reference_code=reference_code(),
            created_at=dt.datetime.now(dt.UTC),
            sealed_payload=base64.b64encode(seal(plaintext, self._key)).decode(),
            attachments=refs,
        )

    async def _submit(
        self, figures: Figures, route: str, envelope: SubmissionEnvelope, headers: dict[str, str]
    ) -> bool:
        request = self._client.post(
            "/api/v1/submissions",
            content=envelope.model_dump_json(),
            headers={
                **headers,
                "Idempotency-Key": str(envelope.submission_id),
                "Content-Type": "application/json",
            },
        )
        return await self._timed(figures, route, request, 201) is not None

    async def _callback(self, figures: Figures) -> None:
        plaintext = callback_payload().model_dump_json().encode()
        envelope = self._envelope(SubmissionKind.CALLBACK, plaintext, [])
        await self._submit(figures, "callback", envelope, self._bearer())

    async def _upload(self, figures: Figures) -> None:
        headers = self._bearer()
        document = self._document
        attachment_id = uuid.uuid4()
        created = await self._timed(
            figures,
            "tus create",
            self._client.post(
                "/api/v1/uploads",
                headers={**headers, **TUS, "Upload-Length": str(len(document.sealed))},
            ),
            201,
        )
        if created is None:
            return
        path = created.headers["Location"]
        patch_headers = {
            **headers,
            **TUS,
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        }
        patched = self._client.patch(path, content=document.sealed, headers=patch_headers)
        if await self._timed(figures, "tus patch", patched, 204) is None:
            return
        payload = DocumentSubmissionPayload(
            document_type_id="bank_statement",
            document_type_label="Kontoauszug",
            bg_number=None,
            page_count=1,
            files=[
                DocumentFile(
                    attachment_id=attachment_id,
                    file_name="Kontoauszug.pdf",
                    media_type="application/pdf",
                    sha256=document.plain_sha256,
                    size=len(document.plain),
                )
            ],
            language="de",
            scanned_at=dt.datetime.now(dt.UTC),
        )
        ref = AttachmentRef(
            attachment_id=attachment_id,
            upload_path=path,
            size=len(document.sealed),
            sha256=document.sealed_sha256,
        )
        envelope = self._envelope(
            SubmissionKind.DOCUMENT, payload.model_dump_json().encode(), [ref]
        )
        if await self._submit(figures, "document", envelope, headers):
            figures.documents.append(attachment_id)

    async def _console_page(self, figures: Figures) -> None:
        cookie = random.choice(self._office.staff_cookies)
        page = random.choice(["/console", "/console/documents"])
        request = self._client.get(page, cookies={"bt_session": cookie})
        await self._timed(figures, "console", request, 200)

    async def _presence(self, figures: Figures) -> None:
        if not self._sockets:
            return
        n = random.randrange(len(self._sockets))
        socket, acks = self._sockets[n]
        self._available[n] = not self._available[n]
        start = time.perf_counter()
        try:
            await socket.send(json.dumps({"type": "presence", "available": self._available[n]}))
            await asyncio.wait_for(acks.get(), 10)
        except (TimeoutError, OSError, Exception):
            figures.errors["presence"] += 1
            return
        figures.latencies["presence"].append(time.perf_counter() - start)
