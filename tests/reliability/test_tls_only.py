"""The office's key arrives authenticated, or not at all: TLS only (loopback aside), a pinned CA,
the key's fingerprint checked at enrollment.

Real ``kiosk`` processes against a FakeBackoffice speaking HTTPS with a certificate from a test
CA made by ``openssl``.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from contract.sealing import key_fingerprint
from contract.submissions import SubmissionKind
from sync.device import device_file, load_device, save_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_backoffice import FakeBackoffice
from tests.helpers.fake_device import callback_request, fake_device
from tests.helpers.reliability_rig import wait_for
from tests.helpers.terminal import Terminal
from tests.helpers.tls import make_office_ca

TOKEN = "one-time-token-1234"
REMOTE_PLAIN = "http://192.0.2.10:8470"  # TEST-NET-1: never reached, never routed


def _one_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line]
    assert len(lines) == 1, text
    return lines[0]


def test_plain_http_to_another_host_is_refused_at_enrollment_config_and_delivery(
    tmp_path: Path,
) -> None:
    terminal = Terminal.create(tmp_path / "terminal", "http://127.0.0.1:9")
    enrolled = terminal.kiosk("enroll", REMOTE_PLAIN, TOKEN, check=False)
    assert enrolled.returncode == 1
    line = _one_line(enrolled.stderr)
    assert "not encrypted" in line and "https://192.0.2.10:8470" in line
    assert not device_file(terminal.data_dir).exists()

    configured = Terminal.create(tmp_path / "configured", "http://office.example")
    status = configured.kiosk("status", check=False)
    assert status.returncode == 2
    assert "backoffice.url" in status.stderr and "not encrypted" in status.stderr

    # A device file from a version that accepted plain HTTP: nothing is sent over it.
    save_device(terminal.data_dir, fake_device(REMOTE_PLAIN)[0])
    once = terminal.kiosk("sync", "--once", check=False)
    assert once.returncode == 2
    assert "unencrypted" in once.stderr
    log = tmp_path / "sync.log"
    with log.open("wb") as out:
        daemon = subprocess.Popen(terminal.command("sync"), stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: b"enroll again with" in log.read_bytes(), "the daemon says why it waits")
        time.sleep(0.5)
        assert daemon.poll() is None, "the daemon must wait for a new enrollment, not exit"
    finally:
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(15) == 0


def test_enrollment_over_tls_trusts_only_the_pinned_ca_and_checks_the_key(
    tmp_path: Path,
) -> None:
    ca = make_office_ca(tmp_path / "tls")
    stranger = make_office_ca(tmp_path / "stranger", "Somebody Else's CA")
    with FakeBackoffice(tls=(ca.server_cert, ca.server_key)) as office:
        fingerprint = key_fingerprint(office.public_key_b64)

        unpinned = Terminal.create(tmp_path / "unpinned", office.url)
        refused = unpinned.kiosk("enroll", office.url, TOKEN, check=False)
        assert refused.returncode == 1
        assert "cannot verify the TLS certificate" in _one_line(refused.stderr)
        assert "ca_file" in refused.stderr

        # Pinned to another CA: the environment naming the right one does not undo the pin.
        wrong_pin = Terminal.create(tmp_path / "wrong-pin", office.url, ca_file=stranger.ca_cert)
        refused = wrong_pin.kiosk(
            "enroll", office.url, TOKEN, check=False, env={"REQUESTS_CA_BUNDLE": str(ca.ca_cert)}
        )
        assert refused.returncode == 1
        assert "cannot verify the TLS certificate" in refused.stderr

        terminal = Terminal.create(tmp_path / "terminal", office.url, ca_file=ca.ca_cert)
        forged = terminal.kiosk(
            "enroll", office.url, TOKEN, "--expect-key", "0000-" + fingerprint[5:], check=False
        )
        assert forged.returncode == 1
        assert "nothing was saved" in _one_line(forged.stderr)
        assert not device_file(terminal.data_dir).exists()
        assert office.requests, "the office was asked"

        typed = fingerprint.upper().replace("-", " ")  # as someone might type it from paper
        enrolled = terminal.kiosk("enroll", office.url, TOKEN, "--expect-key", typed)
        assert f"Office key fingerprint: {fingerprint}" in enrolled.stdout
        assert terminal.status()["office_key_fingerprint"] == fingerprint

        # Delivery runs over the same pinned channel.
        device = load_device(terminal.data_dir)
        assert device is not None and device.backoffice_url == office.url
        with Outbox(outbox_path(terminal.data_dir)) as outbox:
            submitted = submit(
                outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
        terminal.kiosk("sync", "--once")
        (request,) = office.submission_requests()
        assert request.envelope().submission_id == submitted
