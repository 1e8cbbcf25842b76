"""Sealed attachments over tus against the real backoffice subprocess, through a fault proxy."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from config.schema import SyncSettings
from contract.sealing import public_key_from_b64
from contract.submissions import DocumentFile, DocumentSubmissionPayload, SubmissionKind
from sync.blobstore import BlobStore
from sync.delivery import Courier
from sync.device import DeviceCredentials
from sync.outbox import Outbox, SubmissionState
from sync.outbox_attachments import AttachmentState
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, submit
from sync.tus_client import TusClient, TusError, TusFailure, UploadTarget
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.office_database import OfficeDatabases, office_on

MIB = 1024 * 1024
MARKER = b"Kontoauszug Erika Mustermann IBAN DE02120300000000202051"


@pytest.fixture(scope="module")
def office(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    with office_on(database, tmp_path_factory.mktemp("tus")) as process:
        yield process


def _stored(office: BackofficeProcess, upload_path: str) -> bytes:
    """The upload's bytes as the office keeps them: its chunk files in offset order."""
    folder = office.data_dir / "uploads" / upload_path.rsplit("/", 1)[1]
    return b"".join(chunk.read_bytes() for chunk in sorted(folder.iterdir()))


@pytest.fixture
def device(office: BackofficeProcess) -> DeviceCredentials:
    return office.terminal()


def _pdf(size: int) -> bytes:
    body = (b"%PDF-1.7\n" + MARKER + b"\n") * (size // (len(MARKER) + 10) + 1)
    return body[:size]


def _sealed_file(tmp_path: Path, device: DeviceCredentials, size: int) -> tuple[Path, int]:
    blob = BlobStore(tmp_path / "blobs").write(
        uuid.uuid4(), _pdf(size), public_key_from_b64(device.backoffice_public_key)
    )
    return blob.path, blob.size


def _client(session: requests.Session, url: str, device: DeviceCredentials) -> TusClient:
    return TusClient(session, url, device.device_token, chunk_bytes=MIB, timeouts=(2.0, 5.0))


class Progress:
    """Records what the client reported, as the outbox would store it."""

    def __init__(self, upload_path: str | None = None) -> None:
        self.created: list[str] = []
        self.offsets: list[int] = []
        self.upload_path = upload_path

    def target(self, path: Path, size: int) -> UploadTarget:
        return UploadTarget(
            uuid.uuid4(), path, size, self.upload_path, self.created.append, self.offsets.append
        )


def test_five_mib_arrive_in_one_mib_chunks(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    path, size = _sealed_file(tmp_path, device, 5 * MIB)
    progress = Progress()
    with requests.Session() as session:
        upload_path = _client(session, office.url, device).upload(progress.target(path, size))
    assert progress.created == [upload_path]
    assert progress.offsets == [min((n + 1) * MIB, size) for n in range(6)]
    assert _stored(office, upload_path) == path.read_bytes()


def test_a_cut_mid_chunk_costs_at_most_that_chunk(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    path, size = _sealed_file(tmp_path, device, 5 * MIB)
    progress = Progress()
    with FaultProxy("127.0.0.1", office.port) as proxy, requests.Session() as session:
        # Every connection is cut half-way through its third chunk's worth of bytes.
        proxy.set_fault(Fault.CUT, cut_after=2 * MIB + MIB // 2)
        upload_path = _client(session, f"http://127.0.0.1:{proxy.port}", device).upload(
            progress.target(path, size)
        )
        sent, cuts = proxy.stats.client_bytes, proxy.stats.cuts
    assert cuts >= 1
    assert progress.created == [upload_path]  # resumed the same upload, never started over
    assert progress.offsets == sorted(set(progress.offsets))  # the offset only ever grew
    headers = 2048 * (len(progress.offsets) + 2 * cuts + 1)
    assert sent - size <= cuts * MIB + headers
    assert _stored(office, upload_path) == path.read_bytes()


def test_a_refused_office_leaves_the_upload_to_resume_later(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    path, size = _sealed_file(tmp_path, device, 3 * MIB)
    progress = Progress()
    with FaultProxy("127.0.0.1", office.port) as proxy, requests.Session() as session:
        client = _client(session, f"http://127.0.0.1:{proxy.port}", device)
        proxy.set_fault(Fault.CUT, cut_after=MIB + MIB // 2)
        proxy_once = _RefuseAfterCut(proxy)
        progress.offsets = proxy_once
        with pytest.raises(TusError) as away:
            client.upload(progress.target(path, size))
        assert away.value.failure is TusFailure.AWAY
        assert proxy_once.last == MIB
        proxy.set_fault(Fault.NONE)
        resumed = Progress(progress.created[0])
        client.upload(resumed.target(path, size))
    assert resumed.created == []  # the same upload, from the offset the server reported
    assert resumed.offsets == [2 * MIB, 3 * MIB, size]


class _RefuseAfterCut(list[int]):
    """Offset recorder that closes the office's port once the first chunk is confirmed, so the
    cut that follows cannot be healed by an immediate HEAD: backoff must take over."""

    def __init__(self, proxy: FaultProxy) -> None:
        super().__init__()
        self._proxy = proxy
        self.last = 0

    def append(self, offset: int) -> None:
        super().append(offset)
        self.last = offset
        self._proxy.set_fault(Fault.REFUSE)


def test_an_upload_the_server_does_not_know_starts_over(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    path, size = _sealed_file(tmp_path, device, 2 * MIB)
    progress = Progress("/api/v1/uploads/forgotten-long-ago")
    with requests.Session() as session:
        upload_path = _client(session, office.url, device).upload(progress.target(path, size))
    assert progress.created == [upload_path]
    assert upload_path != "/api/v1/uploads/forgotten-long-ago"


def test_another_terminal_cannot_see_an_upload(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    path, size = _sealed_file(tmp_path, device, MIB)
    with requests.Session() as session:
        upload_path = _client(session, office.url, device).upload(Progress().target(path, size))
        other = office.enroll("other")
        answer = session.head(
            office.url + upload_path,
            headers={"Authorization": f"Bearer {other.device_token}", "Tus-Resumable": "1.0.0"},
            timeout=5,
        )
    assert answer.status_code == 404


def _document(tmp_path: Path, size: int) -> tuple[DocumentSubmissionPayload, Path]:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(_pdf(size))
    file = DocumentFile(
        attachment_id=uuid.uuid4(),
        file_name="scan.pdf",
        media_type="application/pdf",
        sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
        size=size,
    )
    payload = DocumentSubmissionPayload(
        document_type_id="income",
        document_type_label="Einkommensnachweis",
        bg_number="12345BG1234567",
        page_count=2,
        files=[file],
        language="de",
        scanned_at=dt.datetime.now(dt.UTC),
    )
    return payload, pdf


def test_a_document_arrives_decrypted_and_the_terminal_keeps_only_ids(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    terminal = tmp_path / "terminal"
    terminal.mkdir()
    payload, pdf = _document(tmp_path, 3 * MIB + 123)
    with Outbox(terminal / "outbox.sqlite3") as outbox, requests.Session() as session:
        submission_id = submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[AttachmentSource(payload.files[0].attachment_id, pdf)],
        )
        assert MARKER not in b"".join(p.read_bytes() for p in terminal.rglob("*") if p.is_file())
        counts = Courier(outbox, device, SyncSettings(), session).run_once()
        assert counts.delivered == 1
        item = outbox.get(submission_id)
        assert item is not None and item.state is SubmissionState.DELIVERED
        (row,) = outbox.attachments.of(submission_id)
        assert row.state is AttachmentState.DELIVERED and row.path is None
        assert list((terminal / "blobs").iterdir()) == []
    received = (
        office.data_dir
        / "attachments"
        / str(device.device_id)
        / str(submission_id)
        / str(payload.files[0].attachment_id)
    )
    assert received.read_bytes() == pdf.read_bytes()


def test_a_tampered_upload_is_refused_and_quarantined_with_its_file(
    office: BackofficeProcess, device: DeviceCredentials, tmp_path: Path
) -> None:
    terminal = tmp_path / "terminal"
    terminal.mkdir()
    payload, pdf = _document(tmp_path, 200_000)
    with Outbox(terminal / "outbox.sqlite3") as outbox, requests.Session() as session:
        submission_id = submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[AttachmentSource(payload.files[0].attachment_id, pdf)],
        )
        (row,) = outbox.attachments.of(submission_id)
        assert row.path is not None
        # One flipped byte in a chunk: size and hash are recomputed, only the AEAD can tell.
        data = bytearray(row.path.read_bytes())
        data[len(data) // 2] ^= 0x01
        row.path.write_bytes(bytes(data))
        outbox._connection.execute(  # the terminal's own record must match what it sends
            "UPDATE attachments SET sha256 = ?", (hashlib.sha256(data).hexdigest(),)
        )
        counts = Courier(outbox, device, SyncSettings(), session).run_once()
        assert counts.quarantined == 1
        summary = outbox.summary()
        (quarantined,) = summary.quarantined
        assert quarantined.submission_id == submission_id
        assert "cannot be opened" in quarantined.reason
        assert row.path.exists()
