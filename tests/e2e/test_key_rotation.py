"""Key rotation with items in flight: a terminal holds items sealed to the office's old key
(some from before it knew key ids), the office rotates, the terminal learns the new key with
its next heartbeat and seals new items to it, everything still opens at the office, and the old
key can be retired only once nothing sealed to it is left anywhere in the fleet.

Real ``backoffice serve`` and CLI processes, the real outbox, sealing and courier
(``kiosk sync --once``); heartbeats through the daemon's own reporter, sent from here one at
a time so each step is seen in order. The first rotation is dated five minutes back
(``keyring.rotate`` takes the time), so the heartbeats right after it count as late enough.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from backoffice.keyring import keyring_folder, rotate
from contract.sealing import key_id, public_key_from_b64
from contract.submissions import EnrollmentResponse, SubmissionKind
from contract.version import PROTOCOL_HEADER
from sync.device import DeviceCredentials, load_device
from sync.health import TerminalHealth
from sync.heartbeat import HeartbeatOutcome, HeartbeatReporter
from sync.office_link import OfficeLink
from sync.outbox import Outbox, outbox_path
from sync.outbox_reader import read_outbox
from sync.reference import new_reference_code
from sync.remote_config import RemoteConfigStore
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess, running_backoffice, sealed_envelope
from tests.helpers.fake_device import callback_request
from tests.helpers.reliability_documents import document_submission, marker_pdf
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.terminal import Terminal

pytestmark = pytest.mark.e2e


@pytest.fixture
def office(tmp_path: Path) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path / "office") as running:
        yield running


def _device(terminal: Terminal) -> DeviceCredentials:
    device = load_device(terminal.data_dir)
    assert device is not None
    return device


def _heartbeat(terminal: Terminal) -> None:
    """One heartbeat as ``kiosk sync`` sends it (reporter, health collector, device.json)."""
    settings = terminal.settings()
    device = _device(terminal)
    with contextlib.closing(OfficeLink(device.backoffice_url, settings.sync)) as link:
        reporter = HeartbeatReporter(
            device,
            settings.sync,
            link,
            TerminalHealth(terminal.data_dir, lambda: read_outbox(terminal.data_dir)).collect,
            RemoteConfigStore(terminal.data_dir, {}),
            terminal.data_dir,
        )
        assert reporter.send() is HeartbeatOutcome.SENT


def _queue_callback(terminal: Terminal) -> str:
    with Outbox(outbox_path(terminal.data_dir)) as outbox:
        code = new_reference_code()
        submit(outbox, _device(terminal), SubmissionKind.CALLBACK, callback_request(), code)
    return code


def _queue_document(terminal: Terminal) -> str:
    payload, attachment = document_submission(marker_pdf(padding_bytes=200_000))
    code = new_reference_code()
    with Outbox(outbox_path(terminal.data_dir)) as outbox:
        submit(
            outbox,
            _device(terminal),
            SubmissionKind.DOCUMENT,
            payload,
            code,
            attachments=[attachment],
        )
    return code


def _keys_by_row(terminal: Terminal) -> dict[str, str | None]:
    with Outbox(outbox_path(terminal.data_dir)) as outbox:
        return {item.reference_code: item.sealed_to for item in outbox.queued()}


def _stored_codes(office: BackofficeProcess) -> list[str]:
    rows = OfficeLedger(office.data_dir)._rows("SELECT reference_code FROM submission", ())
    return sorted(row["reference_code"] for row in rows)


def test_items_sealed_to_the_old_key_open_and_the_key_retires_when_none_is_left(
    tmp_path: Path, office: BackofficeProcess
) -> None:
    terminal = Terminal.create(tmp_path / "terminal", office.url)
    terminal.kiosk("enroll", office.url, office.enrollment_token(), "--name", "kabine-1")
    first_key = _device(terminal).backoffice_public_key
    # Sealed before the office named its key: the terminal records the key's id all the same.
    unnamed = _queue_callback(terminal)
    _heartbeat(terminal)
    old_id = _device(terminal).backoffice_key_id
    assert old_id == key_id(public_key_from_b64(first_key))
    old_callback, old_document = _queue_callback(terminal), _queue_document(terminal)

    # IT rotates (five minutes ago, as far as the keyring knows); the office keeps running.
    previous, new = rotate(office.data_dir, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    assert previous.key_id == old_id
    _heartbeat(terminal)  # reports the old key, learns the new one
    device = _device(terminal)
    assert (device.backoffice_key_id, device.backoffice_public_key) == (
        new.key_id,
        new.public_key_b64,
    )
    assert (office.data_dir / "backoffice.pub").read_text().strip() == new.public_key_b64
    new_callback = _queue_callback(terminal)
    assert _keys_by_row(terminal) == {
        unnamed: old_id,
        old_callback: old_id,
        old_document: old_id,
        new_callback: new.key_id,
    }

    # The terminal says what it holds; the old key must stay while any of it is undelivered.
    _heartbeat(terminal)
    refused = office.cli("retire-key", old_id, check=False)
    assert refused.returncode == 2
    assert "kabine-1" in refused.stderr
    assert "3 undelivered item(s) sealed to this key" in refused.stderr
    assert (keyring_folder(office.data_dir) / f"{old_id}.key").exists()

    # Everything is delivered and opened: old key, unnamed, new key.
    delivered = terminal.kiosk("sync", "--once")
    assert "4 delivered, 0 to retry, 0 quarantined" in delivered.stderr
    assert _stored_codes(office) == sorted([unnamed, old_callback, old_document, new_callback])

    # A terminal enrolled but never heard of holds the key back too, until it is revoked.
    silent = office.enroll("kabine-2")
    _heartbeat(terminal)
    listing = office.cli("keys").stdout
    assert f"{new.key_id}  current" in listing
    assert "kabine-2" in listing and "no heartbeat received yet" in listing
    assert "kabine-1" not in listing
    office.cli("revoke-device", str(silent.device_id))
    listing = office.cli("keys").stdout
    assert "nothing sealed to it is left" in listing

    retired = office.cli("retire-key", old_id)
    assert f"Key {old_id} retired" in retired.stdout
    assert not (keyring_folder(office.data_dir) / f"{old_id}.key").exists()
    # What would still have been sealed to it no longer opens: the key is gone.
    late = sealed_envelope(callback_request(), first_key)
    answer = office.submit(_as_enrolled(_device(terminal)), late)
    assert answer.status_code == 422
    assert answer.json()["title"] == "Payload cannot be opened"


def _as_enrolled(device: DeviceCredentials) -> EnrollmentResponse:
    return EnrollmentResponse(
        device_id=device.device_id,
        device_token=device.device_token,
        backoffice_public_key=device.backoffice_public_key,
        office_name=device.office_name,
    )


def test_rotate_key_on_the_command_line_while_the_office_runs(
    tmp_path: Path, office: BackofficeProcess
) -> None:
    terminal = Terminal.create(tmp_path / "terminal", office.url)
    terminal.kiosk("enroll", office.url, office.enrollment_token())
    _heartbeat(terminal)
    before = _device(terminal).backoffice_key_id
    result = office.cli("rotate-key")
    new_id = result.stdout.split("New current key: ", 1)[1].split(".", 1)[0]
    assert new_id != before
    listed = json.loads((keyring_folder(office.data_dir) / f"{before}.key").read_text())
    assert listed["key_id"] == before
    assert (keyring_folder(office.data_dir) / f"{before}.key").stat().st_mode & 0o777 == 0o600
    _heartbeat(terminal)  # the running office answers with the new key: no restart
    assert _device(terminal).backoffice_key_id == new_id
    # Not yet retirable: the heartbeat that reports the new key came too soon after it.
    assert "no heartbeat since" in office.cli("keys").stdout


def test_an_older_terminal_gets_heartbeat_answers_it_understands(
    office: BackofficeProcess,
) -> None:
    """Terminals before key rotation send no protocol header and refuse unknown answer
    fields: they are not told the key (they could not use it anyway)."""
    device = office.enroll("alt")
    body = {
        "sent_at": dt.datetime.now(dt.UTC).isoformat(),
        "interval_seconds": 60,
        "software_version": "0.1.0",
        "queue": {"items": 0, "bytes": 0},
        "disk_free_bytes": 1,
        "disk_total_bytes": 2,
    }
    headers = {"Authorization": f"Bearer {device.device_token}"}
    url = office.url + "/api/v1/heartbeat"
    older = requests.post(url, json=body, headers=headers, timeout=10)
    assert older.status_code == 200
    assert set(older.json()) <= {"received_at", "remote_config"}
    newer = requests.post(url, json=body, headers={**headers, PROTOCOL_HEADER: "2"}, timeout=10)
    assert newer.json()["sealing_key"]["public_key"] == device.backoffice_public_key
