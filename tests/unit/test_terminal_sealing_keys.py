"""The terminal's side of key rotation beside its sealed token and its outbox checks: a key from
a heartbeat is stored without touching the token, and no sealing report goes out while the
outbox cannot be read (the office would take an empty report as "nothing held")."""

from __future__ import annotations

import json
from pathlib import Path

from contract.sealing import key_id, public_key_from_b64
from contract.submissions import SubmissionKind
from sync.credential_seal import CREDENTIAL_FILE_NAME
from sync.device import adopt_sealing_key, device_file, load_device, save_device
from sync.health import TerminalHealth
from sync.outbox import Outbox, outbox_path
from sync.outbox_reader import OutboxReading
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_device import callback_request, fake_device

NEW_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="


def test_a_new_office_key_is_stored_without_opening_the_sealed_token(tmp_path: Path) -> None:
    device, _ = fake_device()
    # As save_device leaves it on a machine with a TPM: the token only in the credential file.
    stored = device.model_copy(update={"device_token": "", "token_sealed": True})
    device_file(tmp_path).write_text(stored.model_dump_json())
    sealed = b"sealed to a TPM this machine does not have"
    (tmp_path / CREDENTIAL_FILE_NAME).write_bytes(sealed)

    new_id = key_id(public_key_from_b64(NEW_KEY))
    assert adopt_sealing_key(tmp_path, device.device_id, NEW_KEY, new_id) is not None

    on_disk = json.loads(device_file(tmp_path).read_text())
    assert (on_disk["backoffice_public_key"], on_disk["backoffice_key_id"]) == (NEW_KEY, new_id)
    assert (on_disk["device_token"], on_disk["token_sealed"]) == ("", True)
    assert (tmp_path / CREDENTIAL_FILE_NAME).read_bytes() == sealed


def test_the_heartbeat_counts_items_per_key_but_says_nothing_of_an_unreadable_outbox(
    tmp_path: Path,
) -> None:
    device, _ = fake_device()
    current = key_id(public_key_from_b64(device.backoffice_public_key))
    save_device(tmp_path, device.model_copy(update={"backoffice_key_id": current}))
    enrolled = load_device(tmp_path)
    assert enrolled is not None
    with Outbox(outbox_path(tmp_path)) as outbox:
        for _ in range(2):
            submit(
                outbox, enrolled, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
        readable = OutboxReading(outbox.summary())

    report = TerminalHealth(tmp_path, lambda: readable).collect(60).sealing
    assert report is not None
    assert (report.key_id, report.queued_by_key) == (current, {current: 2})

    damaged = OutboxReading(None, ["outbox.sqlite3 is damaged"])
    assert TerminalHealth(tmp_path, lambda: damaged).collect(60).sealing is None
