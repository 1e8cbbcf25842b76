"""Janus (Debian's ``janus``) for the topology bench: start it, and a tiny VideoRoom client.

Only what the bench needs: one room, publish one's camera and microphone, subscribe to
another party's feed. Janus's HTTP API: create a session, attach the videoroom plugin per
publisher or subscriber handle, send plugin messages; answers to them come as events on the
session's long poll (``GET /janus/<session>``), matched by transaction id.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

PLUGINS = "/usr/lib/x86_64-linux-gnu/janus"
PORT = 8088
# Only the videoroom plugin and the HTTP transport are needed.
_OTHER_PLUGINS = ",".join(
    f"libjanus_{name}.so"
    for name in ("audiobridge", "duktape", "echotest", "lua", "nosip", "recordplay", "sip",
                 "streaming", "textroom", "videocall", "voicemail")
)  # fmt: skip
_OTHER_TRANSPORTS = ",".join(
    f"libjanus_{name}.so" for name in ("websockets", "pfunix", "mqtt", "nanomsg", "rabbitmq")
)


def _janus_config(folder: Path, address: str, room: int, bitrate: int) -> None:
    (folder / "janus.jcfg").write_text(f"""
general: {{
    configs_folder = "{folder}"
    plugins_folder = "{PLUGINS}/plugins"
    transports_folder = "{PLUGINS}/transports"
    events_folder = "{PLUGINS}/events"
    loggers_folder = "{PLUGINS}/loggers"
    debug_level = 3
}}
media: {{ rtp_port_range = "30000-31000" }}
nat: {{ ice_enforce_list = "{address}" }}
plugins: {{ disable = "{_OTHER_PLUGINS}" }}
transports: {{ disable = "{_OTHER_TRANSPORTS}" }}
events: {{ broadcast = false }}
""")
    (folder / "janus.transport.http.jcfg").write_text(f"""
general: {{ base_path = "/janus" http = true port = {PORT} ip = "{address}" https = false }}
admin: {{ admin_http = false }}
""")
    (folder / "janus.plugin.videoroom.jcfg").write_text(f"""
general: {{ }}
room-{room}: {{
    description = "bench"
    publishers = 6
    bitrate = {bitrate}
    bitrate_cap = true
    fir_freq = 2
    videocodec = "vp8"
    audiocodec = "opus"
}}
""")


@contextlib.contextmanager
def running_janus(
    folder: Path, address: str, prefix: list[str], room: int, bitrate: int
) -> Iterator[str]:
    """Janus inside ``prefix``'s namespace, HTTP on ``address``; yields its API URL."""
    folder.mkdir(parents=True, exist_ok=True)
    _janus_config(folder, address, room, bitrate)
    with (folder / "janus.log").open("ab") as log:
        process = subprocess.Popen(
            [*prefix, "janus", "-F", str(folder), "-C", str(folder / "janus.jcfg"), "-o"],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://{address}:{PORT}/janus"
    try:
        for _ in range(100):
            shown = subprocess.run([*prefix, "ss", "-Hltn", f"sport = :{PORT}"],
                                   capture_output=True, text=True, check=False)  # fmt: skip
            if shown.stdout.strip():
                break
            if process.poll() is not None:
                raise RuntimeError((folder / "janus.log").read_text()[-2000:])
            subprocess.run(["sleep", "0.1"], check=False)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class JanusRoom:
    """One party's session with Janus's videoroom."""

    client: httpx.AsyncClient
    url: str
    room: int
    session: int
    events: dict[str, asyncio.Future[dict[str, Any]]]
    poller: asyncio.Task[None] | None = None

    @classmethod
    async def join(cls, url: str, room: int) -> JanusRoom:
        client = httpx.AsyncClient(timeout=40)
        created = await cls._post(client, url, {"janus": "create"})
        self = cls(client, url, room, created["data"]["id"], {})
        self.poller = asyncio.create_task(self._poll())
        return self

    @staticmethod
    async def _post(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> dict[str, Any]:
        body = {**body, "transaction": body.get("transaction", secrets.token_hex(6))}
        answer: dict[str, Any] = (await client.post(url, json=body)).json()
        if answer.get("janus") == "error":
            raise RuntimeError(f"janus: {answer}")
        return answer

    async def _poll(self) -> None:
        while True:
            response = await self.client.get(f"{self.url}/{self.session}?maxev=5")
            events = response.json()
            for event in events if isinstance(events, list) else [events]:
                future = self.events.pop(event.get("transaction", ""), None)
                if future is not None and event.get("janus") == "event":
                    future.set_result(event)

    async def _handle(self) -> int:
        attached = await self._post(
            self.client, f"{self.url}/{self.session}",
            {"janus": "attach", "plugin": "janus.plugin.videoroom"},
        )  # fmt: skip
        return int(attached["data"]["id"])

    async def _message(
        self, handle: int, body: dict[str, Any], jsep: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        transaction = secrets.token_hex(6)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.events[transaction] = future
        message: dict[str, Any] = {"janus": "message", "body": body, "transaction": transaction}
        if jsep is not None:
            message["jsep"] = jsep
        await self._post(self.client, f"{self.url}/{self.session}/{handle}", message)
        return await asyncio.wait_for(future, 20)

    async def publish(self, display: str, offer: str) -> tuple[int, str]:
        """Joins as publisher with ``offer``; returns the feed id and Janus's answer."""
        handle = await self._handle()
        event = await self._message(
            handle,
            {"request": "joinandconfigure", "room": self.room, "ptype": "publisher",
             "display": display, "audio": True, "video": True},
            {"type": "offer", "sdp": offer, "trickle": False},
        )  # fmt: skip
        return int(event["plugindata"]["data"]["id"]), str(event["jsep"]["sdp"])

    async def subscribe(self, feed: int) -> tuple[int, str]:
        """Asks for ``feed``; returns the subscriber handle and Janus's offer."""
        handle = await self._handle()
        event = await self._message(
            handle, {"request": "join", "room": self.room, "ptype": "subscriber", "feed": feed}
        )
        return handle, str(event["jsep"]["sdp"])

    async def start(self, handle: int, answer: str) -> None:
        await self._message(
            handle, {"request": "start", "room": self.room},
            {"type": "answer", "sdp": answer, "trickle": False},
        )  # fmt: skip

    async def close(self) -> None:
        if self.poller is not None:
            self.poller.cancel()
        with contextlib.suppress(httpx.HTTPError):
            await self._post(self.client, f"{self.url}/{self.session}", {"janus": "destroy"})
        await self.client.aclose()
