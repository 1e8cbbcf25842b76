"""The two signaling WebSockets: ``/api/v1/signaling/kiosk`` and ``/console/signaling``.

Each connection gets a writer task draining a queue (so the hub can "send" without awaiting),
a reader that validates every message, and a heartbeat that pings and drops a silent peer.
Refused connections are closed before the handshake completes: the client sees HTTP 403.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import APIRouter, WebSocket
from pydantic import TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect, WebSocketState

from backoffice.signaling import messages as m
from backoffice.signaling.auth import DeviceAuthenticator, StaffAuthenticator, bearer_token
from backoffice.signaling.switchboard import Switchboard

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Heartbeat:
    interval_seconds: float = 5.0
    # A peer silent this long (no message, no pong) is treated as gone.
    timeout_seconds: float = 15.0


class WebSocketLink:
    """Queues outgoing messages; :meth:`run` writes them until :meth:`close`."""

    def __init__(self, websocket: WebSocket) -> None:
        self._websocket = websocket
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.last_heard = asyncio.get_running_loop().time()
        self._close_code = 1000

    def send(self, message: m.HubMessage) -> None:
        self._queue.put_nowait(message.model_dump_json())

    def send_text(self, text: str) -> None:
        """A message already in its wire form (from another node)."""
        self._queue.put_nowait(text)

    def close(self, code: int = 1000) -> None:
        """Ends the socket after what is queued; 1008 tells the page its session is over."""
        self._close_code = code
        self._queue.put_nowait(None)

    async def run(self) -> None:
        while (text := await self._queue.get()) is not None:
            await self._websocket.send_text(text)
        if self._websocket.application_state is WebSocketState.CONNECTED:
            with contextlib.suppress(RuntimeError, OSError, WebSocketDisconnect):
                await self._websocket.close(code=self._close_code)


def _describe(error: ValidationError) -> str:
    parts = [
        f"{'.'.join(str(p) for p in e['loc']) or 'message'}: {e['msg']}" for e in error.errors()
    ]
    return "; ".join(parts)[:300]


async def _read[T](
    websocket: WebSocket,
    link: WebSocketLink,
    adapter: TypeAdapter[T],
    handle: Callable[[T], Awaitable[None]],
) -> None:
    loop = asyncio.get_running_loop()
    while True:
        frame = await websocket.receive()
        if frame["type"] == "websocket.disconnect":
            return
        link.last_heard = loop.time()
        text = frame.get("text")
        if text is None:
            link.send(m.Error(code=m.ErrorCode.INVALID_MESSAGE, detail="send JSON text frames"))
        elif len(text) > m.MAX_MESSAGE_CHARS:
            link.send(m.Error(code=m.ErrorCode.INVALID_MESSAGE, detail="message too large"))
        else:
            try:
                message = adapter.validate_json(text)
            except ValidationError as error:
                link.send(m.Error(code=m.ErrorCode.INVALID_MESSAGE, detail=_describe(error)))
                continue
            await handle(message)


async def _beat(
    link: WebSocketLink, heartbeat: Heartbeat, still_allowed: Callable[[], Awaitable[bool]]
) -> None:
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(heartbeat.interval_seconds)
        if loop.time() - link.last_heard > heartbeat.timeout_seconds:
            log.info("signaling peer silent for %.0f s; dropping it", heartbeat.timeout_seconds)
            link.close()
            return
        # A socket outlives the check at its handshake: a staff member who logged out (in
        # another tab) or a terminal revoked meanwhile must not go on ringing or calling.
        if not await still_allowed():
            log.warning("signaling: dropping a socket whose session ended or device was revoked")
            link.close(code=1008)
            return
        link.send(m.Ping())


async def _pump(
    websocket: WebSocket,
    link: WebSocketLink,
    heartbeat: Heartbeat,
    read: Callable[[], Coroutine[object, object, None]],
    still_allowed: Callable[[], Awaitable[bool]],
) -> None:
    """Runs reader, writer and heartbeat until any of them stops; then stops the rest."""
    tasks = {
        asyncio.create_task(read()),
        asyncio.create_task(link.run()),
        asyncio.create_task(_beat(link, heartbeat, still_allowed)),
    }
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            # A peer that vanished mid-write surfaces here; it is gone either way.
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if websocket.application_state is WebSocketState.CONNECTED:
            with contextlib.suppress(RuntimeError, OSError, WebSocketDisconnect):
                await websocket.close()


async def _shielded(gone: Coroutine[object, object, None]) -> None:
    # The socket's task may be cancelled (server shutdown): the other side is told all the same.
    await asyncio.shield(asyncio.ensure_future(gone))


def _same_origin(websocket: WebSocket) -> bool:
    """Refuses cross-site pages riding on the staff cookie (WebSocket has no CORS)."""
    origin = websocket.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == websocket.headers.get("host")


def signaling_router(
    hub: Switchboard,
    devices: DeviceAuthenticator,
    staff: StaffAuthenticator,
    heartbeat: Heartbeat | None = None,
) -> APIRouter:
    beat = heartbeat or Heartbeat()
    router = APIRouter()

    @router.websocket("/api/v1/signaling/kiosk")
    async def kiosk_socket(websocket: WebSocket) -> None:
        token = bearer_token(websocket.headers.get("authorization"))
        identity = None if token is None else await run_in_threadpool(devices.authenticate, token)
        if token is None or identity is None:
            log.warning("signaling: refused a terminal without a valid device token")
            await websocket.close(code=1008)
            return
        await websocket.accept()
        link = WebSocketLink(websocket)
        link.send(m.Welcome(heartbeat_seconds=beat.interval_seconds))
        session = await hub.kiosk_connected(link, identity.device_id, identity.location)

        async def handle(message: m.KioskMessage) -> None:
            await hub.kiosk_message(session, message)

        device_token = token  # known valid here: the handshake checked it

        async def still_enrolled() -> bool:
            return await run_in_threadpool(devices.authenticate, device_token) is not None

        try:
            await _pump(
                websocket,
                link,
                beat,
                lambda: _read(websocket, link, m.kiosk_messages, handle),
                still_enrolled,
            )
        finally:
            await _shielded(hub.kiosk_gone(session))

    @router.websocket("/console/signaling")
    async def staff_socket(websocket: WebSocket) -> None:
        identity = None
        cookies = dict(websocket.cookies)
        if _same_origin(websocket):
            identity = await run_in_threadpool(staff.authenticate, cookies)
        if identity is None:
            log.warning("signaling: refused a console socket without a valid staff session")
            await websocket.close(code=1008)
            return
        await websocket.accept()
        link = WebSocketLink(websocket)
        link.send(m.Welcome(heartbeat_seconds=beat.interval_seconds))
        session = await hub.staff_connected(link, identity.staff_id)

        async def handle(message: m.StaffMessage) -> None:
            await hub.staff_message(session, message)

        async def still_logged_in() -> bool:
            return await run_in_threadpool(staff.authenticate, cookies) is not None

        try:
            await _pump(
                websocket,
                link,
                beat,
                lambda: _read(websocket, link, m.staff_messages, handle),
                still_logged_in,
            )
        finally:
            await _shielded(hub.staff_gone(session))

    return router
