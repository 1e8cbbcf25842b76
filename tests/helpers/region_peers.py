"""Signaling peers for region tests, speaking the wire protocol over plain WebSockets: a
terminal (device token) and a staff member (console login over HTTP, then the session cookie)
on whichever node a test points them at."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import requests
from websockets.sync.client import ClientConnection, connect

RECEIVE_TIMEOUT = 20.0


def staff_cookie(url: str, username: str, password: str) -> str:
    """Logs in on the console (any node: the session secret is in the shared data folder)."""
    with requests.Session() as session:
        page = session.get(url + "/console/login", timeout=10)
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert match is not None, "no CSRF token on the login page"
        answer = session.post(
            url + "/console/login",
            data={"username": username, "password": password, "csrf_token": match.group(1)},
            allow_redirects=False,
            timeout=30,
        )
        assert answer.status_code == 303, answer.status_code
        cookie = session.cookies.get("bt_session")
    assert cookie is not None
    return cookie


class Peer:
    """One signaling socket; ``expect`` skips the hub's pings (answering them) and welcomes."""

    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket

    @classmethod
    @contextlib.contextmanager
    def terminal(cls, url: str, device_token: str) -> Iterator[Peer]:
        ws = url.replace("http://", "ws://") + "/api/v1/signaling/kiosk"
        with connect(ws, additional_headers={"Authorization": f"Bearer {device_token}"}) as s:
            yield cls(s)

    @classmethod
    @contextlib.contextmanager
    def staff(cls, url: str, cookie: str) -> Iterator[Peer]:
        ws = url.replace("http://", "ws://") + "/console/signaling"
        with connect(ws, additional_headers={"Cookie": f"bt_session={cookie}"}) as socket:
            yield cls(socket)

    def send(self, **message: Any) -> None:
        self.socket.send(json.dumps(message))

    def expect(self, kind: str, timeout: float = RECEIVE_TIMEOUT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = max(deadline - time.monotonic(), 0.001)
            message: dict[str, Any] = json.loads(self.socket.recv(timeout=left))
            if message["type"] == "ping":
                self.send(type="pong")
                continue
            if message["type"] == "welcome" and kind != "welcome":
                continue
            assert message["type"] == kind, f"expected {kind}, got {message}"
            return message
