"""Independent tus clients with their default settings upload to the office: tuspy (Python) and
tus-js-client under Node (tests/tus_clients/, pinned by its package-lock). A 70 MB sealed PDF/A
each, in one PATCH as both send it by default, then submitted and opened by the office; and an
upload whose every connection is cut after 5 MB, which completes only because the office keeps
what arrived before each cut and the clients resume from its offset.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from tusclient import client as tuspy
from tusclient.exceptions import TusCommunicationError

from contract.sealing import public_key_from_b64, seal, seal_file
from contract.submissions import EnrollmentResponse
from tests.helpers.backoffice import BackofficeProcess, reference_code
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.office_database import OfficeDatabases, office_on
from tests.helpers.reliability_documents import marker_pdf

MB = 1_000_000
CLIENTS = Path(__file__).resolve().parents[1] / "tus_clients"
NODE = shutil.which("node") or "node"

# (device, local file) -> upload path, or raises
Client = Callable[[str, EnrollmentResponse, Path], str]


@pytest.fixture(scope="module")
def office(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    with office_on(database, tmp_path_factory.mktemp("tus-clients")) as process:
        yield process


@pytest.fixture(scope="module")
def node_client() -> Path:
    """tus-js-client as its package-lock pins it, installed from the registry (once)."""
    if not (CLIENTS / "node_modules" / "tus-js-client").is_dir():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"],
            cwd=CLIENTS,
            check=True,
            timeout=300,
            capture_output=True,
        )
    return CLIENTS / "upload.mjs"


def _with_tuspy(endpoint: str, device: EnrollmentResponse, path: Path) -> str:
    """tuspy's defaults: one PATCH for the rest, no retries of its own; a failed attempt is
    resumed by a new uploader for the same URL (it asks HEAD where to go on). The file is
    handed over open: tuspy leaves a file it opened itself open."""
    tus = tuspy.TusClient(endpoint, headers={"Authorization": f"Bearer {device.device_token}"})
    with path.open("rb") as stream:
        uploader = tus.uploader(file_stream=stream, metadata={"filename": "scan.sealed"})
        for _ in range(20):
            try:
                uploader.upload()
                break
            except TusCommunicationError:
                uploader = tus.uploader(file_stream=stream, url=uploader.url)
    assert uploader.url is not None
    return "/" + uploader.url.split("/", 3)[3]


def _with_node(script: Path) -> Client:
    def upload(endpoint: str, device: EnrollmentResponse, path: Path) -> str:
        done = subprocess.run(
            [NODE, str(script), endpoint, device.device_token, str(path)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return "/" + done.stdout.strip().split("/", 3)[3]

    return upload


def _sealed_pdfa(folder: Path, device: EnrollmentResponse, size: int) -> tuple[Path, bytes]:
    pdf = marker_pdf("Kontoauszug", padding_bytes=size)
    sealed = folder / f"{uuid.uuid4()}.sealed"
    with sealed.open("wb") as out:
        seal_file(io.BytesIO(pdf), out, public_key_from_b64(device.backoffice_public_key))
    return sealed, pdf


def _submit(
    office: BackofficeProcess, device: EnrollmentResponse, upload: str, sealed: Path, pdf: bytes
) -> requests.Response:
    attachment = str(uuid.uuid4())
    payload = {
        "document_type_id": "bank_statement",
        "document_type_label": "Kontoauszug",
        "page_count": 1,
        "files": [
            {
                "attachment_id": attachment,
                "file_name": "Kontoauszug.pdf",
                "media_type": "application/pdf",
                "sha256": hashlib.sha256(pdf).hexdigest(),
                "size": len(pdf),
            }
        ],
        "language": "de",
        "scanned_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    data = sealed.read_bytes()
    submission = str(uuid.uuid4())
    envelope = {
        "submission_id": submission,
        "kind": "document",
        "reference_code": reference_code(),
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "sealed_payload": base64.b64encode(
            seal(json.dumps(payload).encode(), public_key_from_b64(device.backoffice_public_key))
        ).decode(),
        "attachments": [
            {
                "attachment_id": attachment,
                "upload_path": upload,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        ],
    }
    return requests.post(
        office.url + "/api/v1/submissions",
        json=envelope,
        headers={"Authorization": f"Bearer {device.device_token}", "Idempotency-Key": submission},
        timeout=120,
    )


@pytest.mark.parametrize("which", ["tuspy", "tus-js-client"])
def test_an_independent_client_uploads_70_mb_with_its_defaults(
    office: BackofficeProcess, node_client: Path, tmp_path: Path, which: str
) -> None:
    device = office.enroll(which)
    sealed, pdf = _sealed_pdfa(tmp_path, device, 70 * MB)
    client = _with_tuspy if which == "tuspy" else _with_node(node_client)
    upload = client(office.url + "/api/v1/uploads", device, sealed)
    head = requests.head(
        office.url + upload,
        headers={"Authorization": f"Bearer {device.device_token}", "Tus-Resumable": "1.0.0"},
        timeout=10,
    )
    assert (
        head.headers["Upload-Offset"] == head.headers["Upload-Length"] == str(sealed.stat().st_size)
    )
    assert "filename " in head.headers["Upload-Metadata"]
    answer = _submit(office, device, upload, sealed, pdf)
    assert answer.status_code == 201, answer.text


@pytest.mark.parametrize("which", ["tuspy", "tus-js-client"])
def test_an_upload_cut_every_5_mb_completes_because_the_office_keeps_what_arrived(
    office: BackofficeProcess, node_client: Path, tmp_path: Path, which: str
) -> None:
    device = office.enroll(which)
    sealed, pdf = _sealed_pdfa(tmp_path, device, 18 * MB)
    client = _with_tuspy if which == "tuspy" else _with_node(node_client)
    with FaultProxy("127.0.0.1", office.port) as proxy:
        proxy.set_fault(Fault.CUT, cut_after=5 * MB)
        upload = client(f"http://127.0.0.1:{proxy.port}/api/v1/uploads", device, sealed)
        cuts = proxy.stats.cuts
    assert cuts >= 3  # 18 MB never went through one connection
    answer = _submit(office, device, upload, sealed, pdf)
    assert answer.status_code == 201, answer.text
