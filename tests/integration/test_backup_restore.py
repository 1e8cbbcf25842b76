"""``backoffice backup`` while terminals keep sending, ``backoffice restore`` into a new folder,
and a backoffice started there that has every item acknowledged before the backup began.

Load: one thread posts callback requests as fast as the office takes them; a real ``kiosk
sync`` daemon uploads documents in 16 KiB tus chunks meanwhile (uploads in progress while the
backup runs). Everything the restored office holds is read from its database directly
(``OfficeLedger``), not through the code under test.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import tarfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from backoffice.cli import main
from backoffice.intake import envelope_fingerprint
from contract.submissions import EnrollmentResponse
from sync.outbox import Outbox, outbox_path
from tests.helpers.backoffice import (
    BackofficeProcess,
    callback_payload,
    free_port,
    running_backoffice,
    sealed_envelope,
    settings_file,
)
from tests.helpers.postgres import PostgresServer
from tests.helpers.reliability_ledger import OfficeLedger, QueuedDocument, QueuedSubmission
from tests.helpers.reliability_rig import DeliveryRig, wait_for


class CallbackLoad:
    """Posts callbacks until stopped; keeps each acknowledged one with when its 201 came."""

    def __init__(self, office: BackofficeProcess, device: EnrollmentResponse) -> None:
        self._office = office
        self._device = device
        self.acknowledged: list[tuple[float, QueuedSubmission]] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="callback-load", daemon=True)

    def __enter__(self) -> CallbackLoad:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(30)

    def _run(self) -> None:
        while not self._stop.is_set():
            payload = callback_payload(note=f"Rückruf Nr. {len(self.acknowledged)}")
            envelope = sealed_envelope(payload, self._device.backoffice_public_key)
            try:
                answer = self._office.submit(self._device, envelope)
            except requests.RequestException:
                self.failures += 1
                continue
            if answer.status_code == 201:
                queued = QueuedSubmission(
                    envelope.submission_id,
                    envelope.reference_code,
                    payload,
                    envelope_fingerprint(envelope),
                )
                self.acknowledged.append((time.time(), queued))
            else:
                self.failures += 1

    def before(self, moment: float) -> list[QueuedSubmission]:
        return [queued for at, queued in self.acknowledged if at < moment]


@contextlib.contextmanager
def _old_snapshot_held(data_dir: Path) -> Iterator[None]:
    """A reader keeps an old snapshot open, as a long console query would: SQLite cannot
    checkpoint past it, so what arrives meanwhile stays in the WAL, not the database file."""
    reader = sqlite3.connect(data_dir / "backoffice.sqlite3", isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM submission").fetchone()
        yield
    finally:
        reader.close()


def _documents_delivered_before(
    rig: DeliveryRig, documents: list[QueuedDocument], moment: float
) -> list[QueuedDocument]:
    with Outbox(outbox_path(rig.terminal.data_dir)) as outbox:
        done = []
        for document in documents:
            item = outbox.get(document.submission_id)
            assert item is not None
            if item.delivered_at is not None and item.delivered_at.timestamp() < moment:
                done.append(document)
    return done


def test_a_backup_under_load_restores_every_acknowledged_item(tmp_path: Path) -> None:
    backup = tmp_path / "office-backup.tar"
    with running_backoffice(tmp_path / "office") as office:
        device = office.enroll("lastgenerator")
        with DeliveryRig.create(tmp_path / "terminal", office) as rig:
            documents = [rig.queue_document(600_000) for _ in range(4)]
            daemon = rig.start_daemon()
            with _old_snapshot_held(office.data_dir), CallbackLoad(office, device) as load:
                wait_for(lambda: len(load.acknowledged) >= 20, "callbacks arriving")
                wait_for(lambda: rig.undelivered() < 4, "a first document delivered")
                started = time.time()
                office.cli("backup", "--out", str(backup))
                acknowledged_during = len(load.acknowledged)
                wait_for(
                    lambda: len(load.acknowledged) > acknowledged_during + 5,
                    "the office still taking submissions after the backup",
                )
            daemon.stop()
            callbacks = load.before(started)
            delivered = _documents_delivered_before(rig, documents, started)
        original_key = (office.data_dir / "backoffice.key").read_bytes()
    assert load.failures == 0
    assert callbacks and delivered, "nothing was acknowledged before the backup started"
    assert backup.stat().st_mode & 0o777 == 0o600  # it holds the private keys

    restored = tmp_path / "restored"
    assert main(["restore", str(backup), "--data", str(restored)]) == 0
    assert (restored / "backoffice.key").read_bytes() == original_key
    ledger = OfficeLedger(restored)
    ledger.assert_exactly_once(device.device_id, callbacks, complete=False)
    ledger.assert_documents_once(rig.device_id, delivered)

    again = BackofficeProcess(restored, free_port())
    again.start()
    try:
        # The terminals' credentials and the office's key came back: a terminal goes on as is.
        fresh = sealed_envelope(callback_payload(), device.backoffice_public_key)
        assert again.submit(device, fresh).status_code == 201
        # An acknowledged id is known again (idempotency record): reused, it is refused.
        reused = sealed_envelope(
            callback_payload(), device.backoffice_public_key, callbacks[0].submission_id
        )
        assert again.submit(device, reused).json()["title"] == "Idempotency key reused"
    finally:
        again.stop()


def _initialised(tmp_path: Path) -> Path:
    data = tmp_path / "office"
    assert main(["init", "--data", str(data)]) == 0
    return data


def test_restore_wants_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _initialised(tmp_path)
    backup = tmp_path / "b.tar"
    assert main(["backup", "--data", str(data), "--out", str(backup)]) == 0
    capsys.readouterr()
    assert main(["restore", str(backup), "--data", str(data)]) == 2
    assert "is not empty; restore into a new folder" in capsys.readouterr().err


def test_a_damaged_backup_is_refused_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _initialised(tmp_path)
    backup = tmp_path / "b.tar"
    assert main(["backup", "--data", str(data), "--out", str(backup)]) == 0
    with tarfile.open(backup) as tar:
        member = tar.getmember("data/session.secret")
    raw = bytearray(backup.read_bytes())
    raw[member.offset_data] ^= 0x01  # one bit of the session secret
    backup.write_bytes(bytes(raw))
    capsys.readouterr()
    target = tmp_path / "restored"
    assert main(["restore", str(backup), "--data", str(target)]) == 2
    assert "data/session.secret is damaged" in capsys.readouterr().err
    assert not target.exists()
    assert not list(tmp_path.glob(".restored.restoring-*"))


def test_a_file_that_is_no_backup_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.tar"
    with tarfile.open(other, "w"):
        pass
    assert main(["restore", str(other), "--data", str(tmp_path / "x")]) == 2
    assert "not a backoffice backup (no manifest)" in capsys.readouterr().err


def test_a_region_on_postgresql_is_backed_up_with_pg_dump_and_comes_back(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    """The database through pg_dump (the files as for one office); restore leaves the dump for
    pg_restore into the database IT chooses, and an office on it knows everything again."""
    url = postgres_server.fresh_database()
    target = postgres_server.fresh_database(migrated=False)
    backup = tmp_path / "region-backup.tar"
    try:
        with running_backoffice(tmp_path / "office", database_url=url) as office:
            device = office.enroll("region-1")
            sent = [sealed_envelope(callback_payload(), device.backoffice_public_key)]
            sent.append(sealed_envelope(callback_payload(), device.backoffice_public_key))
            assert [office.submit(device, envelope).status_code for envelope in sent] == [201] * 2
            office.cli("backup", "--out", str(backup))
        restored = tmp_path / "restored"
        assert main(["restore", str(backup), "--data", str(restored)]) == 0
        dump = restored / "restored-database.pgdump"
        libpq = target.replace("postgresql+psycopg://", "postgresql://", 1)
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={libpq}", str(dump)], check=True)
        config = settings_file(restored, target)
        again = BackofficeProcess(restored, free_port(), config)
        again.start()
        try:
            assert again.submit(device, sent[0]).status_code == 201  # a replay: known again
            reused = sealed_envelope(
                callback_payload(), device.backoffice_public_key, sent[1].submission_id
            )
            assert again.submit(device, reused).json()["title"] == "Idempotency key reused"
        finally:
            again.stop()
        with postgres_server.connect(target.rsplit("/", 1)[1]) as connection:
            (count,) = connection.execute("SELECT COUNT(*) FROM submission").fetchone() or (0,)
        assert count == 2
    finally:
        postgres_server.drop_database(url)
        postgres_server.drop_database(target)
