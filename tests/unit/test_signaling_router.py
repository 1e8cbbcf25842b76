"""The sockets in front of the hub: refusals, bad input, heartbeats (uvicorn in a thread)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from fastapi import FastAPI
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect
from websockets.typing import Origin

from backoffice.signaling.auth import DeviceIdentity, StaffIdentity
from backoffice.signaling.hub import SignalingHub
from backoffice.signaling.mount import LoopScheduler
from backoffice.signaling.router import Heartbeat, signaling_router
from backoffice.signaling.switchboard import LocalSwitchboard
from tests.helpers.video_asgi_server import serving

GOOD_TOKEN = "device-token-of-the-cabin"


class TokenListDevices:
    def authenticate(self, bearer_token: str) -> DeviceIdentity | None:
        if bearer_token != GOOD_TOKEN:
            return None
        return DeviceIdentity(uuid.UUID(int=1), "Kabine")


class CookieStaff:
    def authenticate(self, cookies: Mapping[str, str]) -> StaffIdentity | None:
        return StaffIdentity(7) if cookies.get("bt_session") == "anna" else None


@pytest.fixture
def server() -> Iterator[str]:
    app = FastAPI()
    hub = SignalingHub(LoopScheduler())
    beat = Heartbeat(interval_seconds=0.2, timeout_seconds=0.5)
    app.include_router(
        signaling_router(LocalSwitchboard(hub), TokenListDevices(), CookieStaff(), beat)
    )
    with serving(app) as url:
        yield url


def receive(socket: ClientConnection) -> dict[str, Any]:
    reply: dict[str, Any] = json.loads(socket.recv(timeout=5))
    return reply


KIOSK = "/api/v1/signaling/kiosk"
GOOD = {"Authorization": f"Bearer {GOOD_TOKEN}"}


def test_a_terminal_without_a_valid_token_is_refused(server: str) -> None:
    for headers in [{}, {"Authorization": "Bearer wrong"}, {"Authorization": GOOD_TOKEN}]:
        with pytest.raises(InvalidStatus) as refused:
            connect(server + KIOSK, additional_headers=headers)
        assert refused.value.response.status_code == 403


def test_staff_without_a_session_or_from_another_site_is_refused(server: str) -> None:
    with pytest.raises(InvalidStatus):
        connect(server + "/console/signaling")
    anna = {"Cookie": "bt_session=anna"}
    with pytest.raises(InvalidStatus):
        connect(
            server + "/console/signaling",
            additional_headers=anna,
            origin=Origin("https://evil.example"),
        )
    with connect(server + "/console/signaling", additional_headers=anna) as socket:
        assert receive(socket)["type"] == "welcome"


def test_bad_messages_get_an_error_and_the_socket_stays(server: str) -> None:
    with connect(server + KIOSK, additional_headers=GOOD) as socket:
        assert receive(socket)["type"] == "welcome"
        for bad in ["not json", '{"type": "launch"}', '{"type": "offer", "call_id": "x"}']:
            socket.send(bad)
            reply = receive(socket)
            assert (reply["type"], reply["code"]) == ("error", "invalid_message")
        socket.send(b"\x00")
        assert receive(socket)["code"] == "invalid_message"
        socket.send("x" * 60_000)
        assert receive(socket)["detail"] == "message too large"
        socket.send('{"type": "ping"}')
        assert receive(socket)["type"] == "pong"


def test_the_hub_pings_and_drops_a_silent_peer(server: str) -> None:
    # The client's own keepalive is off: to the hub this peer says nothing at all.
    with connect(server + KIOSK, additional_headers=GOOD, ping_interval=None) as socket:
        assert receive(socket)["type"] == "welcome"
        assert receive(socket)["type"] == "ping"
        with pytest.raises(ConnectionClosed):
            while True:
                receive(socket)


class RevocableDevices(TokenListDevices):
    def __init__(self) -> None:
        self.revoked = False

    def authenticate(self, bearer_token: str) -> DeviceIdentity | None:
        return None if self.revoked else super().authenticate(bearer_token)


class LogoutStaff(CookieStaff):
    def __init__(self) -> None:
        self.logged_out = False

    def authenticate(self, cookies: Mapping[str, str]) -> StaffIdentity | None:
        return None if self.logged_out else super().authenticate(cookies)


def close_code(socket: ClientConnection, beats: int = 50) -> int | None:
    """Reads on (pings arrive every beat) until the server closes; its close code."""
    try:
        for _ in range(beats):
            receive(socket)
    except ConnectionClosed as closed:
        return None if closed.rcvd is None else closed.rcvd.code
    return None


def test_a_logout_or_a_revocation_ends_a_socket_that_is_already_open() -> None:
    devices, staff = RevocableDevices(), LogoutStaff()
    app = FastAPI()
    beat = Heartbeat(interval_seconds=0.2, timeout_seconds=5)
    switchboard = LocalSwitchboard(SignalingHub(LoopScheduler()))
    app.include_router(signaling_router(switchboard, devices, staff, beat))
    anna_cookie = {"Cookie": "bt_session=anna"}
    with (
        serving(app) as url,
        connect(url + KIOSK, additional_headers=GOOD) as kiosk,
        connect(url + "/console/signaling", additional_headers=anna_cookie) as anna,
    ):
        assert receive(kiosk)["type"] == "welcome"
        assert receive(anna)["type"] == "welcome"
        # Logged out in another tab: the open call page must stop ringing and answering.
        staff.logged_out = True
        assert close_code(anna) == 1008
        devices.revoked = True  # IT revoked the terminal during a call
        assert close_code(kiosk) == 1008
