"""Sealed attachment files on the terminal: chunked encryption, atomic files, quota, orphans."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from contract.sealing import SEALED_FILE_CHUNK, UnsealError, open_sealed_file
from contract.submissions import SubmissionKind
from sync.blobstore import BlobStore
from sync.device import DeviceCredentials
from sync.outbox import Outbox, SubmissionState
from sync.quota import StorageQuota
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, SubmitError, SubmitReason, submit
from tests.helpers.backoffice import callback_payload

MARKER = b"Erika Mustermann, Lohnabrechnung Oktober"
KEY = PrivateKey.generate()


def _plaintext(size: int) -> bytes:
    return (MARKER * (size // len(MARKER) + 1))[:size]


def _open(data: bytes) -> bytes:
    plain = io.BytesIO()
    open_sealed_file(io.BytesIO(data), plain, KEY)
    return plain.getvalue()


@pytest.mark.parametrize("size", [0, 1, SEALED_FILE_CHUNK, 3 * SEALED_FILE_CHUNK + 5])
def test_a_sealed_file_opens_to_the_same_bytes(tmp_path: Path, size: int) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(_plaintext(size))
    blob = BlobStore(tmp_path / "blobs").write(uuid.uuid4(), source, KEY.public_key)
    assert _open(blob.path.read_bytes()) == source.read_bytes()
    assert blob.plaintext.size == size and blob.size == blob.path.stat().st_size


def test_a_sealed_file_holds_no_plaintext(tmp_path: Path) -> None:
    blob = BlobStore(tmp_path).write(uuid.uuid4(), _plaintext(200_000), KEY.public_key)
    assert MARKER[:12] not in blob.path.read_bytes()


def test_one_changed_byte_is_refused(tmp_path: Path) -> None:
    blob = BlobStore(tmp_path).write(uuid.uuid4(), _plaintext(200_000), KEY.public_key)
    data = bytearray(blob.path.read_bytes())
    data[150_000] ^= 0x40
    with pytest.raises(UnsealError):
        _open(bytes(data))


@pytest.mark.parametrize("cut", [1, SEALED_FILE_CHUNK + 17])
def test_a_truncated_file_is_refused(tmp_path: Path, cut: int) -> None:
    # Cutting exactly one whole chunk leaves only authentic chunks: the missing FINAL tag tells.
    blob = BlobStore(tmp_path).write(
        uuid.uuid4(), _plaintext(3 * SEALED_FILE_CHUNK), KEY.public_key
    )
    with pytest.raises(UnsealError):
        _open(blob.path.read_bytes()[:-cut])


def test_a_file_sealed_to_another_office_is_refused(tmp_path: Path) -> None:
    blob = BlobStore(tmp_path).write(uuid.uuid4(), b"x", PrivateKey.generate().public_key)
    with pytest.raises(UnsealError):
        _open(blob.path.read_bytes())


def _device() -> DeviceCredentials:
    import base64

    return DeviceCredentials(
        device_id=uuid.uuid4(),
        device_token="token-for-tests",
        backoffice_url="http://127.0.0.1:9",
        backoffice_public_key=base64.b64encode(bytes(KEY.public_key)).decode(),
        office_name="Jobcenter Musterstadt",
        enrolled_at=dt.datetime.now(dt.UTC),
    )


def _submit(outbox: Outbox, content: bytes) -> uuid.UUID:
    return submit(
        outbox,
        _device(),
        SubmissionKind.CALLBACK,
        callback_payload(),
        new_reference_code(),
        attachments=[AttachmentSource(uuid.uuid4(), content)],
    )


def test_a_full_quota_refuses_before_writing_and_keeps_what_was_queued(tmp_path: Path) -> None:
    quota = StorageQuota(queue_bytes=2 * 1024 * 1024, min_free_disk_bytes=0)
    with Outbox(tmp_path / "outbox.sqlite3", quota=quota) as outbox:
        first = _submit(outbox, _plaintext(300_000))
        files_before = sorted(outbox.blobs.folder.iterdir())
        with pytest.raises(SubmitError) as refused:
            _submit(outbox, _plaintext(2 * 1024 * 1024))
        assert refused.value.reason is SubmitReason.STORAGE_FULL
        assert [item.submission_id for item in outbox.queued()] == [first]
        assert sorted(outbox.blobs.folder.iterdir()) == files_before
        (row,) = outbox.attachments.of(first)
        assert row.path is not None and row.path.stat().st_size == row.size


def test_a_nearly_full_disk_refuses_too(tmp_path: Path) -> None:
    quota = StorageQuota(min_free_disk_bytes=100 * 1024 * 1024, free_space=lambda _: 50_000_000)
    with Outbox(tmp_path / "outbox.sqlite3", quota=quota) as outbox:
        with pytest.raises(SubmitError) as refused:
            _submit(outbox, b"%PDF small")
        assert refused.value.reason is SubmitReason.STORAGE_FULL
        assert outbox.queued() == []


def test_a_file_left_without_its_row_is_removed_at_start_up(tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        kept = _submit(outbox, b"%PDF queued")
        # A crash after the file's rename, before the row's commit:
        orphan = outbox.blobs.write(uuid.uuid4(), b"%PDF orphan", KEY.public_key).path
        grace = dt.timedelta(hours=1)
        assert outbox.remove_orphan_files(now, grace) == 0  # too young: maybe being committed
        assert outbox.remove_orphan_files(now + 2 * grace, grace) == 1
        assert not orphan.exists()
        (row,) = outbox.attachments.of(kept)
        assert row.path is not None and row.path.exists()
        item = outbox.get(kept)
        assert item is not None and item.state is SubmissionState.QUEUED
