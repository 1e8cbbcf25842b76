"""The terminal's delivery side against the real backoffice, each command a real process."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract.submissions import SubmissionKind
from sync.device import load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.fake_device import MARKER_NAME, MARKER_PHONE, callback_request

KIOSK = Path(sys.executable).parent / "kiosk"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    """One backoffice for the module (starting one takes long on a busy machine); each test
    enrolls its own terminal, so tests do not see each other's submissions."""
    with running_backoffice(tmp_path_factory.mktemp("office") / "backoffice") as running:
        yield running


def kiosk(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(KIOSK), *args], capture_output=True, text=True, timeout=120, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kiosk {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def status(data_dir: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(kiosk("status", "--json", "--data", str(data_dir)).stdout)
    return report


def enrolled_terminal(backoffice: BackofficeProcess, data_dir: Path) -> None:
    token = backoffice.enrollment_token()
    kiosk("enroll", backoffice.url, token, "--data", str(data_dir), "--name", "kiosk-test")


def citizen_submits(data_dir: Path) -> tuple[uuid.UUID, str]:
    """What the UI does when a citizen confirms a callback request."""
    device = load_device(data_dir)
    code = new_reference_code()
    with Outbox(outbox_path(data_dir)) as outbox:
        submission_id = submit(outbox, device, SubmissionKind.CALLBACK, callback_request(), code)
    return submission_id, code


def office_records(backoffice: BackofficeProcess, reference_code: str) -> list[tuple[str, str]]:
    database = backoffice.data_dir / "backoffice.sqlite3"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT name, phone_e164 FROM callback_request WHERE reference_code = ?",
            (reference_code,),
        ).fetchall()
    finally:
        connection.close()
    return [(name, phone) for name, phone in rows]


def test_enroll_submit_deliver_and_report(office: BackofficeProcess, tmp_path: Path) -> None:
    data_dir = tmp_path / "terminal"
    enrolled_terminal(office, data_dir)
    submitted = [citizen_submits(data_dir) for _ in range(2)]

    before = status(data_dir)
    assert before["enrolled"] is True
    assert before["backoffice_url"] == office.url
    assert before["outbox"]["queued"]["items"] == 2
    assert before["outbox"]["queued"]["bytes"] > 2 * 200
    assert before["oldest_undelivered_age_seconds"] >= 0

    synced = kiosk("sync", "--once", "--data", str(data_dir))

    for submission_id, code in submitted:
        assert f"delivered submission {submission_id} (reference {code})" in synced.stderr
        assert office_records(office, code) == [(MARKER_NAME, MARKER_PHONE)]
    assert MARKER_NAME not in synced.stderr + synced.stdout
    after = status(data_dir)
    assert after["outbox"]["queued"] == {"items": 0, "bytes": 0}
    assert after["outbox"]["delivered"]["items"] == 2
    assert after["outbox"]["delivered"]["bytes"] == before["outbox"]["queued"]["bytes"]
    assert after["oldest_undelivered_age_seconds"] is None
    assert after["last_delivery_at"] is not None


def test_a_forced_replay_is_stored_once_with_the_same_receipt(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    data_dir = tmp_path / "terminal"
    enrolled_terminal(office, data_dir)
    submission_id, code = citizen_submits(data_dir)
    database = outbox_path(data_dir)
    with sqlite3.connect(database) as connection:
        (sealed,) = connection.execute("SELECT sealed_payload FROM submissions").fetchone()
    connection.close()

    kiosk("sync", "--once", "--data", str(data_dir))
    with Outbox(database) as outbox:
        first = outbox.get(submission_id)
    # As if the answer had been lost: the row is queued again with its ciphertext.
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "UPDATE submissions SET state = 'queued', sealed_payload = ?, receipt = NULL",
            (sealed,),
        )
    connection.close()
    kiosk("sync", "--once", "--data", str(data_dir))
    with Outbox(database) as outbox:
        second = outbox.get(submission_id)

    assert first is not None and second is not None
    assert second.state.value == "delivered"
    assert second.receipt == first.receipt
    assert len(office_records(office, code)) == 1


def test_an_outage_keeps_the_queue_until_the_backoffice_returns(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    data_dir = tmp_path / "terminal"
    enrolled_terminal(office, data_dir)
    office.stop()
    try:
        _, code = citizen_submits(data_dir)
        kiosk("sync", "--once", "--data", str(data_dir))
        during = status(data_dir)
    finally:
        office.start()
    assert during["outbox"]["queued"]["items"] == 1
    assert during["last_error"] == "ConnectionError"
    kiosk("sync", "--once", "--data", str(data_dir))
    assert status(data_dir)["outbox"]["delivered"]["items"] == 1
    assert len(office_records(office, code)) == 1


def test_the_daemon_delivers_and_stops_cleanly_on_sigterm(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    data_dir = tmp_path / "terminal"
    config = tmp_path / "terminal.toml"
    config.write_text(f'[sync]\npoll_seconds = 0.2\n\n[device]\ndata_dir = "{data_dir}"\n')
    enrolled_terminal(office, data_dir)
    daemon = subprocess.Popen(
        [str(KIOSK), "sync", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, code = citizen_submits(data_dir)
        deadline = time.monotonic() + 20
        while not office_records(office, code):
            assert time.monotonic() < deadline, "daemon did not deliver within 20 s"
            time.sleep(0.1)
        daemon.send_signal(signal.SIGTERM)
        _, stderr = daemon.communicate(timeout=10)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.communicate()
    assert daemon.returncode == 0, stderr
    assert "SIGTERM received" in stderr


@pytest.mark.parametrize("reuse", [True, False], ids=["used token", "unknown token"])
def test_enrollment_with_a_bad_token_is_refused_clearly(
    reuse: bool, office: BackofficeProcess, tmp_path: Path
) -> None:
    token = office.enrollment_token()
    if reuse:
        kiosk("enroll", office.url, token, "--data", str(tmp_path / "first"))
    else:
        token = "never-issued-token-123456"

    result = kiosk("enroll", office.url, token, "--data", str(tmp_path / "t"), check=False)

    assert result.returncode == 1
    assert "refused the token" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "t" / "device.json").exists()
