"""The office's keyring on disk, and the wire staying readable for the other side's older
version while keys rotate (an office or terminal not yet upgraded refuses unknown fields)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path

import pytest

from backoffice.datadir import DataDir
from backoffice.intake import envelope_fingerprint
from backoffice.keyring import Keyring, KeyringError, keyring_folder, retire, rotate
from contract.fleet import Heartbeat, QueueFigures, SealingReport
from contract.sealing import UnsealError, key_id, public_key_from_b64, seal, unseal
from contract.submissions import SubmissionEnvelope, SubmissionKind

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _office(tmp_path: Path) -> Path:
    DataDir(tmp_path / "office").create()
    return tmp_path / "office"


def _sealed_to_current(data_dir: Path) -> bytes:
    return seal(b"Bitte zurueckrufen", Keyring(data_dir).current().private_key.public_key)


def test_a_running_office_sees_a_rotation_made_elsewhere(tmp_path: Path) -> None:
    data_dir = _office(tmp_path)
    running = Keyring(data_dir)
    before = running.current()
    sealed_before = _sealed_to_current(data_dir)
    previous, new = rotate(data_dir, NOW)  # as `backoffice rotate-key` in another process
    assert previous.key_id == before.key_id
    assert running.current().key_id == new.key_id
    assert [key.key_id for key in running.earlier()] == [before.key_id]
    assert running.earlier()[0].superseded_at == NOW
    # The key the envelope names is tried first; the others still follow.
    assert running.keys_for(before.key_id)[0] == before.private_key
    assert unseal(sealed_before, running.keys_for(None)) == b"Bitte zurueckrufen"
    assert DataDir(data_dir).public_key_b64() == new.public_key_b64
    stored = json.loads((keyring_folder(data_dir) / f"{before.key_id}.key").read_text())
    assert stored["key_id"] == before.key_id


def test_a_rotation_cut_short_after_its_first_step_loses_no_key(tmp_path: Path) -> None:
    data_dir = _office(tmp_path)
    rotate(data_dir, NOW)
    current = Keyring(data_dir).current()
    # The first step again (current key copied into keys/), then a crash: nothing else done.
    record = {
        "key_id": current.key_id,
        "private_key": base64.b64encode(bytes(current.private_key)).decode(),
        "superseded_at": NOW.isoformat(),
    }
    (keyring_folder(data_dir) / f"{current.key_id}.key").write_text(json.dumps(record))
    keyring = Keyring(data_dir)
    assert keyring.current().key_id == current.key_id
    assert current.key_id not in [key.key_id for key in keyring.earlier()]
    assert len(keyring.earlier()) == 1


def test_retiring_destroys_only_an_earlier_key(tmp_path: Path) -> None:
    data_dir = _office(tmp_path)
    sealed_old = _sealed_to_current(data_dir)
    previous, new = rotate(data_dir, NOW)
    with pytest.raises(KeyringError, match="is the current key"):
        retire(data_dir, new.key_id)
    with pytest.raises(KeyringError, match="no earlier key"):
        retire(data_dir, "0" * 16)
    retire(data_dir, previous.key_id)
    keyring = Keyring(data_dir)
    assert keyring.earlier() == []
    with pytest.raises(UnsealError):
        unseal(sealed_old, keyring.keys_for(previous.key_id))


def _envelope(key: str | None) -> SubmissionEnvelope:
    return SubmissionEnvelope(
        submission_id=uuid.UUID(int=7),
        kind=SubmissionKind.CALLBACK,
        reference_code="K7F-3QX",
        created_at=NOW,
        sealed_payload="c2VhbGVk",
        key_id=key,
    )


def test_an_envelope_without_a_key_id_is_sent_and_fingerprinted_as_before() -> None:
    envelope = _envelope(None)
    assert "key_id" not in json.loads(envelope.wire_json())
    # The fingerprint an office before key rotation stored for this very envelope.
    before = {k: v for k, v in envelope.model_dump(mode="json").items() if k != "key_id"}
    canonical = json.dumps(before, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert envelope_fingerprint(envelope) == hashlib.sha256(canonical.encode()).hexdigest()
    named = _envelope("0123456789abcdef")
    assert json.loads(named.wire_json())["key_id"] == "0123456789abcdef"
    assert envelope_fingerprint(named) != envelope_fingerprint(envelope)


def test_a_heartbeat_without_a_sealing_report_leaves_the_field_out() -> None:
    heartbeat = Heartbeat(
        sent_at=NOW,
        interval_seconds=60,
        software_version="0.2.0",
        queue=QueueFigures(items=0, bytes=0),
        disk_free_bytes=1,
        disk_total_bytes=2,
    )
    assert "sealing" not in json.loads(heartbeat.wire_json())
    reported = heartbeat.model_copy(
        update={"sealing": SealingReport(key_id="0123456789abcdef", queued_by_key={"": 2})}
    )
    assert json.loads(reported.wire_json())["sealing"]["queued_by_key"] == {"": 2}


def test_key_ids_are_short_hex_names_of_the_public_key(tmp_path: Path) -> None:
    public = public_key_from_b64(DataDir(_office(tmp_path)).public_key_b64())
    assert key_id(public) == hashlib.sha256(bytes(public)).hexdigest()[:16]
