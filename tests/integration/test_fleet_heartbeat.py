"""Heartbeats, remote config and revocation between a real ``kiosk sync`` and a real backoffice."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from contract.fleet import Heartbeat, QueueFigures
from contract.submissions import SubmissionKind
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_device import callback_request
from tests.helpers.fleet import (
    device_id,
    fleet_terminal,
    sync_daemon,
    terminal_row,
    wait_for,
)
from tests.helpers.office_database import OfficeDatabases, office_on
from tests.helpers.terminal import Terminal


@pytest.fixture(scope="module")
def office(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    with office_on(database, tmp_path_factory.mktemp("office")) as running:
        yield running


def remote_config(terminal: Terminal) -> dict[str, object] | None:
    path = terminal.data_dir / "remote-config.json"
    if not path.exists():
        return None
    data: dict[str, object] = json.loads(path.read_text())
    return data


def test_heartbeats_show_the_terminal_and_bring_its_remote_config(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    terminal = fleet_terminal(office, tmp_path / "t", location="Bücherei Nord", name="nord-1")
    assert terminal_row(office, terminal)["status"] == "new"
    override = tmp_path / "nord.toml"
    override.write_text("[timeouts]\ninactivity_seconds = 240\n")
    office.cli("fleet", "set-config", "--location", "Bücherei Nord", str(override))

    with sync_daemon(terminal):
        wait_for(lambda: terminal_row(office, terminal)["status"] == "ok", what="status ok")
        wait_for(lambda: remote_config(terminal) is not None, what="remote config stored")

    stored = remote_config(terminal)
    assert stored is not None
    assert stored["overrides"] == {"timeouts": {"inactivity_seconds": 240}}
    # The UI starts with it: the local file plus the override.
    from sync.remote_config import effective_settings

    settings = effective_settings(terminal.config)
    assert settings.timeouts.inactivity_seconds == 240
    assert settings.backoffice.url == terminal.settings().backoffice.url


def test_a_bad_override_is_refused_at_upload_naming_the_key(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[timeouts]\ninactivity_seconds = 2\n")
    result = office.cli("fleet", "set-config", "--location", "Anywhere", str(bad), check=False)
    assert result.returncode == 2
    assert "timeouts.inactivity_seconds" in result.stderr
    moving = tmp_path / "moving.toml"
    moving.write_text('[backoffice]\nurl = "http://elsewhere.example"\n')
    result = office.cli("fleet", "set-config", "--location", "Anywhere", str(moving), check=False)
    assert result.returncode == 2
    assert "backoffice: cannot be set remotely" in result.stderr


def test_a_revoked_terminal_is_refused_for_heartbeats_and_deliveries(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    terminal = fleet_terminal(office, tmp_path / "t", location="Rathaus", name="rathaus-1")
    device = device_id(terminal)
    office.cli("revoke-device", device)

    token = json.loads((terminal.data_dir / "device.json").read_text())["device_token"]
    heartbeat = Heartbeat(
        sent_at=dt.datetime.now(dt.UTC),
        interval_seconds=60,
        software_version="test",
        queue=QueueFigures(items=0, bytes=0),
        disk_free_bytes=1,
        disk_total_bytes=2,
    )
    answer = requests.post(
        office.url + "/api/v1/heartbeat",
        data=heartbeat.model_dump_json(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=10,
    )
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/json"
    assert "revoked" in answer.json()["detail"]

    with Outbox(outbox_path(terminal.data_dir)) as outbox:
        from sync.device import load_device

        credentials = load_device(terminal.data_dir)
        assert credentials is not None
        code = new_reference_code()
        submit(outbox, credentials, SubmissionKind.CALLBACK, callback_request(), code)
    terminal.kiosk("sync", "--once")
    status = terminal.status()
    assert status["outbox"]["queued"]["items"] == 1
    assert status["last_error"] == "HTTP 401"
    assert terminal_row(office, terminal)["status"] == "revoked"
