"""Fleet tests: a terminal whose ``kiosk sync`` daemon sends heartbeats to a real backoffice.

Usage::

    terminal = fleet_terminal(office, tmp_path / "t1", location="Bücherei Nord")
    with sync_daemon(terminal):
        wait_for(lambda: terminal_row(office, terminal)["status"] == "ok")
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

from scanner.simulated import SANE_CONFIG_DIR
from sync.device import load_device
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.terminal import Terminal

HEARTBEAT_SECONDS = 0.3
SANE_DIR = SANE_CONFIG_DIR
# SANE's test backend as the terminal's scanner: present, and able to jam on request.
TEST_SCANNER = f'\n[scanner]\ndevice = "test:0"\nsane_config_dir = {json.dumps(str(SANE_DIR))}\n'

IT_USER = "it-admin"
IT_PASSWORD = "ein-langes-it-passwort"


def fleet_terminal(
    office: BackofficeProcess,
    root: Any,
    location: str = "",
    name: str = "terminal",
    extra: str = "",
) -> Terminal:
    # Terminal.create ends inside [sync]: the heartbeat interval goes there, then ``extra``.
    terminal = Terminal.create(
        root, office.url, f"heartbeat_seconds = {HEARTBEAT_SECONDS}\n" + TEST_SCANNER + extra
    )
    token = office.enrollment_token(location=location)
    terminal.kiosk("enroll", office.url, token, "--name", name)
    return terminal


def device_id(terminal: Terminal) -> str:
    device = load_device(terminal.data_dir)
    assert device is not None
    return str(device.device_id)


@contextlib.contextmanager
def sync_daemon(
    terminal: Terminal, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    log = (terminal.root / "sync.log").open("w")
    process = subprocess.Popen(
        terminal.command("sync"), stdout=log, stderr=subprocess.STDOUT, text=True, env=env
    )
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def fleet_rows(office: BackofficeProcess) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(office.cli("fleet", "list", "--json").stdout)
    return rows


def terminal_row(office: BackofficeProcess, terminal: Terminal) -> dict[str, Any]:
    wanted = device_id(terminal)
    return next(row for row in fleet_rows(office) if row["id"] == wanted)


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, what: str = "") -> None:
    """Polls without asserting on time: the deadline only stops a test that would hang."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting: {what or condition}")
