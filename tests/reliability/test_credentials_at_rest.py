"""A copied data folder cannot pose as the terminal: the device token is sealed to the TPM.

Real ``kiosk`` processes; each software TPM (swtpm) stands for one machine. Where no TPM is
found the token stays in ``device.json`` and the terminal says so, in ``enroll``, ``status``
and its heartbeats. Every file the terminal keeps is 0600, every folder 0700.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.credential_seal import CREDENTIAL_FILE_NAME
from sync.device import device_file, load_device
from tests.helpers.fake_backoffice import FakeBackoffice, header
from tests.helpers.queued_callbacks import queue_callbacks
from tests.helpers.reliability_rig import wait_for
from tests.helpers.swtpm import SoftwareTpm
from tests.helpers.terminal import Terminal
from tests.helpers.terminal_files import assert_private

TOKEN = "one-time-token-1234"
# No TPM at all: systemd-creds finds none (and this one makes sure none is chosen).
NO_TPM = {"SYSTEMD_TPM2_DEVICE": ""}
FAST_HEARTBEATS = {"heartbeat_seconds": 0.5}


@pytest.fixture
def office() -> Iterator[FakeBackoffice]:
    with FakeBackoffice() as fake:
        yield fake


def _heartbeat(terminal: Terminal, office: FakeBackoffice, env: dict[str, str]) -> bool | None:
    """Runs the daemon until a heartbeat arrives; what it says about the credentials."""
    log = terminal.root / "sync.log"
    with log.open("wb") as out:
        daemon = subprocess.Popen(
            terminal.command("sync"),
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **env},
        )
    try:
        wait_for(lambda: bool(office.heartbeats()), "a heartbeat arrives")
    finally:
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(15) == 0
    return office.heartbeats()[-1].credentials_sealed


def test_the_token_is_sealed_to_the_tpm_and_a_copied_folder_cannot_use_it(
    office: FakeBackoffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SoftwareTpm(tmp_path / "tpm-a") as this_machine, SoftwareTpm(tmp_path / "tpm-b") as other:
        terminal = Terminal.create(
            tmp_path / "terminal", office.url, sync={"heartbeat_seconds": 0.5}
        )
        enrolled = terminal.kiosk("enroll", office.url, TOKEN, env=this_machine.environment())
        assert "sealed to this machine's TPM" in enrolled.stdout
        stored = json.loads(device_file(terminal.data_dir).read_text())
        assert (stored["token_sealed"], stored["device_token"]) == (True, "")
        assert (terminal.data_dir / CREDENTIAL_FILE_NAME).exists()

        monkeypatch.setenv(*next(iter(this_machine.environment().items())))
        device = load_device(terminal.data_dir)
        assert device is not None and device.device_token
        assert device.device_token.encode() not in terminal.all_bytes(), "token in clear on disk"

        queue_callbacks(terminal.data_dir, 1, device)
        terminal.kiosk("sync", "--once", env=this_machine.environment())
        (request,) = office.submission_requests()
        assert header(request, "Authorization") == f"Bearer {device.device_token}"
        assert _heartbeat(terminal, office, this_machine.environment()) is True
        assert terminal.status()["credentials_sealed"] is True
        assert_private(terminal.data_dir)

        # The disk is copied into another machine (or one without a TPM).
        copy = Terminal.create(tmp_path / "copy", office.url)
        shutil.copytree(terminal.data_dir, copy.data_dir)
        queue_callbacks(copy.data_dir, 1, device)
        for environment in (other.environment(), NO_TPM):
            stolen = copy.kiosk("sync", "--once", check=False, env=environment)
            assert stolen.returncode == 2, stolen.stderr
            assert "TPM cannot open the device token" in stolen.stderr
            assert "copied from another machine" in stolen.stderr
        assert len(office.submission_requests()) == 1, "the copy sent nothing"


def test_without_a_tpm_the_token_stays_in_the_file_and_the_terminal_says_so(
    office: FakeBackoffice, tmp_path: Path
) -> None:
    terminal = Terminal.create(tmp_path / "terminal", office.url, sync=FAST_HEARTBEATS)
    enrolled = terminal.kiosk("enroll", office.url, TOKEN, env=NO_TPM)
    assert "no TPM found" in enrolled.stderr
    stored = json.loads(device_file(terminal.data_dir).read_text())
    assert stored["token_sealed"] is False and stored["device_token"]
    assert not (terminal.data_dir / CREDENTIAL_FILE_NAME).exists()

    assert terminal.status()["credentials_sealed"] is False
    assert "not sealed to hardware" in terminal.kiosk("status").stdout
    assert _heartbeat(terminal, office, NO_TPM) is False
    assert_private(terminal.data_dir)
