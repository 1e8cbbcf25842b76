"""The terminal's signaling socket under a stolen token: a message past the server's cap closes
that socket (and costs no memory), malformed messages each get an error and the socket goes
on, and other terminals connect and talk as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from tests.helpers.hostile import HostileOffice

KIOSK_PATH = "/api/v1/signaling/kiosk"
# What uvicorn is told to accept in one message (backoffice.commands.serve.WS_MAX_BYTES).
SERVER_CAP = 256 * 1024
CALL_ID = "0" * 32
# A citizen's marker data, as a hostile terminal could put it anywhere in a signaling message.
MARKER = "Quastenflosser-Ilsebill +4917612398765"


@pytest.fixture
def kiosk(hostile: HostileOffice) -> Iterator[ClientConnection]:
    """A terminal's signaling socket as the stolen token opens it, with no cap of its own."""
    url = "ws" + hostile.url.removeprefix("http") + KIOSK_PATH
    headers = {"Authorization": f"Bearer {hostile.device.device_token}"}
    with connect(url, additional_headers=headers, max_size=None, open_timeout=10) as socket:
        assert _next(socket, "welcome")["type"] == "welcome"
        yield socket


def _next(
    socket: ClientConnection, wanted: str, past: tuple[str, ...] = ("ping",)
) -> dict[str, object]:
    """The next message of type ``wanted``, past those in ``past`` (the hub's own pings)."""
    while True:
        message = json.loads(socket.recv(timeout=10))
        if message["type"] == wanted:
            return dict(message)
        assert message["type"] in past, message


def _still_talks(socket: ClientConnection) -> None:
    socket.send(json.dumps({"type": "ping"}))
    assert _next(socket, "pong") == {"type": "pong"}


def test_a_message_past_the_cap_closes_only_that_socket(
    hostile: HostileOffice, kiosk: ClientConnection
) -> None:
    with hostile.attack("signaling: 4 MiB in one message"):
        sdp = "a=x-padding:" + "A" * (4 * 1024 * 1024)
        kiosk.send(json.dumps({"type": "offer", "call_id": CALL_ID, "sdp": sdp}))
        with pytest.raises(ConnectionClosed) as closed:
            _next(kiosk, "never")
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009  # too big
    url = "ws" + hostile.url.removeprefix("http") + KIOSK_PATH
    headers = {"Authorization": f"Bearer {hostile.device.device_token}"}
    with connect(url, additional_headers=headers, open_timeout=10) as other:
        assert _next(other, "welcome")["type"] == "welcome"
        _still_talks(other)


@pytest.mark.parametrize(
    ("case", "frame"),
    [
        ("not JSON", "{'type': 'ping'"),
        ("JSON that is no object", "[1, 2, 3]"),
        ("an unknown type", json.dumps({"type": "shutdown"})),
        ("an unknown field", json.dumps({"type": "ping", "name": "Erika Mustermann"})),
        ("a call id that is no id", json.dumps({"type": "end", "call_id": "../" * 20})),
        (
            "an SDP past its bound",
            json.dumps({"type": "offer", "call_id": CALL_ID, "sdp": "v" * 40_000}),
        ),
        (
            "a ring time of 2^70 s",
            json.dumps({"type": "call_request", "ring_timeout_seconds": 2**70}),
        ),
        ("JSON nested 100,000 deep", "[" * 100_000 + "]" * 100_000),
        ("just under the cap", json.dumps({"type": "ping", "x": "A" * (SERVER_CAP - 100)})),
        ("NUL and lone surrogates", '{"type": "end", "call_id": "\\u0000\\ud800"}'),
        ("binary", b"\x00\xff" * 1000),
    ],
)
def test_malformed_messages_get_an_error_and_the_socket_goes_on(
    hostile: HostileOffice, kiosk: ClientConnection, case: str, frame: str | bytes
) -> None:
    with hostile.attack(f"signaling: {case}"):
        kiosk.send(frame)
        error = _next(kiosk, "error")
        assert error["code"] == "invalid_message", error
        assert "Erika" not in json.dumps(error)  # a refusal never echoes a value
        _still_talks(kiosk)


def test_no_signaling_value_reaches_the_log(hostile: HostileOffice) -> None:
    url = "ws" + hostile.url.removeprefix("http") + KIOSK_PATH + "?name=" + quote(MARKER)
    headers = {
        "Authorization": f"Bearer {hostile.device.device_token}",
        "User-Agent": MARKER,
        "X-Forwarded-For": MARKER,
    }
    sdp = f"v=0\r\ns={MARKER}\r\n"
    frames: list[str | bytes] = [
        json.dumps({"type": "ping", "name": MARKER}),
        json.dumps({"type": MARKER}),
        json.dumps({"type": "end", "call_id": MARKER}),
        json.dumps({"type": "offer", "call_id": CALL_ID, "sdp": sdp}),
        json.dumps({"type": "call_request", "ring_timeout_seconds": MARKER}),
        "{" + MARKER,
        MARKER.encode(),
    ]
    with hostile.attack("signaling: personal data in every part"):
        with connect(url, additional_headers=headers, open_timeout=10) as socket:
            _next(socket, "welcome")
            for frame in frames:
                socket.send(frame)
            socket.send(json.dumps({"type": "ping"}))
            assert _next(socket, "pong", past=("ping", "error")) == {"type": "pong"}
        refused = {**headers, "Authorization": "Bearer " + quote(MARKER)}
        with pytest.raises(InvalidStatus):
            connect(url, additional_headers=refused, open_timeout=10)
        nowhere = url.replace("/kiosk?", "/" + quote(MARKER) + "?")
        with pytest.raises(InvalidStatus):
            connect(nowhere, additional_headers=headers, open_timeout=10)
    log = hostile.office.log_text()
    assert "Quastenflosser" not in log and "2398765" not in log
    assert f'- "WebSocket {KIOSK_PATH}" [accepted]' in log  # IT still sees the handshakes
    assert '- "WebSocket (no route)" 403' in log
