"""The terminal's signaling connection to the backoffice hub (``websockets`` client).

Authenticates with the device token from enrollment. Answers the hub's pings itself and skips
message types it does not know, so callers only see what matters to a call.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pydantic
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from contract import signaling as s
from contract.version import protocol_headers
from video import protocol as p

log = logging.getLogger(__name__)

KIOSK_PATH = "/api/v1/signaling/kiosk"
# How long closing a socket may wait for the hub's side of the handshake.
CLOSE_SECONDS = 0.5


@dataclass(frozen=True)
class SignalingEndpoint:
    backoffice_url: str  # http(s)://host:port, as in the terminal's config
    device_token: str
    # Whom wss:// trusts: the kiosk builds it with ``sync.office_link.office_ssl_context``
    # (the office's CA pinned by ``[backoffice] ca_file``, as for every HTTPS request);
    # None: the system's trust store. Left out of comparisons: contexts equal only themselves,
    # and one built anew for each call from the same settings must not make the kiosk drop
    # and rebuild its call machinery every time (the CA file changes only with a restart).
    tls: ssl.SSLContext | None = field(default=None, compare=False)

    @property
    def websocket_url(self) -> str:
        base = self.backoffice_url.rstrip("/")
        if base.startswith("https://"):
            return "wss://" + base.removeprefix("https://") + KIOSK_PATH
        return "ws://" + base.removeprefix("http://") + KIOSK_PATH


class SignalingClient:
    def __init__(self, endpoint: SignalingEndpoint, open_timeout: float = 5.0) -> None:
        self._endpoint = endpoint
        self._open_timeout = open_timeout
        self._socket: ClientConnection | None = None
        # Set while a socket is open: a call that lost its socket waits on it for the next.
        self.reopened = asyncio.Event()

    @property
    def open(self) -> bool:
        return self._socket is not None and self._socket.state is State.OPEN

    async def connect(self, open_timeout: float | None = None) -> None:
        """Raises ``OSError``/``TimeoutError`` if unreachable, ``InvalidStatus`` if refused.
        A socket still held is closed first (its link may be dead without knowing it)."""
        await self.close()
        secure = self._endpoint.websocket_url.startswith("wss://")
        self._socket = await connect(
            self._endpoint.websocket_url,
            ssl=(self._endpoint.tls or True) if secure else None,
            additional_headers={
                "Authorization": f"Bearer {self._endpoint.device_token}",
                **protocol_headers(),
            },
            open_timeout=open_timeout or self._open_timeout,
            # Protocol-level keepalive: a vanished backoffice is noticed within ~10 s even
            # when the hub's own pings stop arriving.
            ping_interval=5,
            ping_timeout=5,
            close_timeout=CLOSE_SECONDS,
            max_size=2**16,
        )
        self.reopened.set()

    async def send(self, message: s.KioskMessage) -> None:
        if self._socket is None:
            raise RuntimeError("not connected")
        await self._socket.send(message.model_dump_json())

    async def messages(self) -> AsyncIterator[p.HubMessage]:
        """Messages from the hub until the socket closes (from either end)."""
        socket = self._socket
        if socket is None:
            raise RuntimeError("not connected")
        try:
            async for text in socket:
                try:
                    message = p.read_hub_message(text)
                except pydantic.ValidationError:
                    log.info("ignored a signaling message of unknown shape")
                    continue
                if isinstance(message, s.Ping):
                    await self.send(s.Pong())
                    continue
                yield message
        except ConnectionClosed:
            pass
        if self._socket is socket:  # not yet replaced by a reconnect
            self.reopened.clear()

    async def close(self) -> None:
        socket, self._socket = self._socket, None
        self.reopened.clear()
        if socket is None:
            return
        try:
            await asyncio.wait_for(socket.close(), CLOSE_SECONDS)
        except (TimeoutError, OSError):
            # Its link died: no closing handshake will come. Drop it at once, so whoever
            # still reads from it stops now, not after websockets' own close timeout.
            socket.transport.abort()
