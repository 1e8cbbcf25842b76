"""The UI's systemd watchdog: the real ``kiosk run`` (offscreen) pings a notify socket from its
GUI thread, and stops pinging when that thread is frozen, so systemd would restart it. The
freeze comes from a test wrapper around ``kiosk`` (``tests.helpers.freezable_kiosk``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


class NotifySocket:
    """What systemd listens on: a datagram socket; we record every message."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(str(path))

    def next_message(self, timeout: float) -> str | None:
        self._socket.settimeout(timeout)
        try:
            return self._socket.recv(4096).decode()
        except TimeoutError:
            return None

    def wait_for(self, wanted: str, timeout: float = 90.0) -> None:
        seen = []
        while (message := self.next_message(timeout)) is not None:
            if wanted in message.splitlines():
                return
            seen.append(message)
        raise AssertionError(f"no {wanted!r} on the notify socket; saw {seen}")

    def close(self) -> None:
        self._socket.close()


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[NotifySocket]:
    listener = NotifySocket(tmp_path / "notify.sock")
    yield listener
    listener.close()


def test_a_frozen_ui_stops_the_watchdog_pings(notify_socket: NotifySocket, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": str(notify_socket.path),
        # systemd's WatchdogSec=… arrives as these two; the UI pings every half of it.
        "WATCHDOG_USEC": "400000",
    }
    env.pop("WATCHDOG_PID", None)
    log = (tmp_path / "kiosk.log").open("w")
    kiosk = [sys.executable, "-m", "tests.helpers.freezable_kiosk"]
    process = subprocess.Popen(
        [*kiosk, "run", "--windowed", "--data", str(tmp_path / "data")],
        env=env,
        cwd=REPOSITORY,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        notify_socket.wait_for("READY=1")
        for _ in range(3):
            notify_socket.wait_for("WATCHDOG=1")
        process.send_signal(signal.SIGUSR2)
        # Pings already on their way may still arrive; then none. 40 ping intervals of silence
        # is far beyond any scheduling hiccup, and what systemd's WatchdogSec would act on.
        late = 0
        while (message := notify_socket.next_message(timeout=8.0)) is not None:
            assert message == "WATCHDOG=1"
            late += 1
            assert late < 10, "the pings go on: the GUI thread was not frozen"
        assert process.poll() is None, "the UI should hang, not exit"
    finally:
        process.kill()
        process.wait()
        log.close()
    assert "test freeze: blocking the GUI thread" in (tmp_path / "kiosk.log").read_text()
