"""The hostile-terminal suite's rig: a real backoffice attacked over real HTTP, and watched.

A backoffice (``HostileOffice.start``) with an enrolled terminal, a case worker and an IT
account signed in, and a known-good callback and document. Each case runs its
attack inside :meth:`HostileOffice.attack`, which measures while it runs and checks after:

- the health probe keeps answering within :data:`HEALTH_LIMIT_SECONDS` (polled every 50 ms
  from another thread: a check that the server stays responsive, not a performance claim);
- the ``serve`` process's resident memory grows by at most :data:`RSS_LIMIT_BYTES` at its peak
  (sampled every 20 ms);
- afterwards the known-good records and every page still work (:meth:`HostileOffice.pages_work`).

The figures of every case are kept in :data:`FIGURES`, printed when the backoffice stops.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import requests
from sqlalchemy import Connection, create_engine

from contract.sealing import public_key_from_b64, seal, seal_file
from contract.submissions import EnrollmentResponse, SubmissionKind
from contract.version import protocol_headers
from tests.helpers.backoffice import (
    BackofficeProcess,
    callback_payload,
    free_port,
    reference_code,
    settings_file,
)
from tests.helpers.reliability_documents import marker_pdf

HEALTH_LIMIT_SECONDS = 1.0
RSS_LIMIT_BYTES = 64 * 1024**2
CASE_WORKER = ("anna", "ein-langes-passwort-1")
IT_ACCOUNT = ("it-admin", "ein-langes-passwort-2")


@dataclass
class Figures:
    case: str
    worst_health_seconds: float = 0.0
    health_probes: int = 0
    rss_before: int = 0
    rss_peak: int = 0

    @property
    def rss_growth(self) -> int:
        return self.rss_peak - self.rss_before

    def line(self) -> str:
        return (
            f"{self.case:<58} health worst {self.worst_health_seconds * 1000:6.0f} ms "
            f"({self.health_probes:3d} probes), RSS {self.rss_before / 2**20:6.1f} MiB "
            f"+{self.rss_growth / 2**20:5.1f} MiB at peak"
        )


FIGURES: list[Figures] = []


class _Watch:
    """Health latency and RSS of one process while an attack runs."""

    def __init__(self, url: str, pid: int, figures: Figures) -> None:
        self._url = url
        self._process = psutil.Process(pid)
        self._figures = figures
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._probe, daemon=True),
            threading.Thread(target=self._sample, daemon=True),
        ]

    def __enter__(self) -> _Watch:
        self._figures.rss_before = self._figures.rss_peak = self._process.memory_info().rss
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(10)

    def _probe(self) -> None:
        while not self._stop.is_set():
            began = time.monotonic()
            try:
                ok = requests.get(self._url + "/api/v1/health", timeout=5).status_code == 200
            except requests.RequestException:
                ok = False
            took = time.monotonic() - began if ok else float("inf")
            self._figures.worst_health_seconds = max(self._figures.worst_health_seconds, took)
            self._figures.health_probes += 1
            self._stop.wait(0.05)

    def _sample(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(psutil.Error):
                rss = self._process.memory_info().rss
                self._figures.rss_peak = max(self._figures.rss_peak, rss)
            self._stop.wait(0.02)


@dataclass
class HostileOffice:
    office: BackofficeProcess
    device: EnrollmentResponse
    staff: requests.Session
    it: requests.Session
    database_url: str
    good_callback: int = 0
    good_reference: str = ""
    good_document: int = 0
    good_document_reference: str = ""

    # ---- set-up ------------------------------------------------------------------------------

    @classmethod
    @contextlib.contextmanager
    def start(
        cls, folder: Path, settings: dict[str, object], database_url: str = ""
    ) -> Iterator[HostileOffice]:
        """A backoffice in ``folder`` with ``settings``, on ``database_url`` (SQLite in its
        data folder if empty)."""
        data_dir = folder / "office"
        config = settings_file(data_dir, database_url, **settings)  # type: ignore[arg-type]
        office = BackofficeProcess(data_dir, free_port(), config)
        office.init()
        # The case worker also leads (the figures page); IT sees terminals, not citizens.
        office.add_staff(*CASE_WORKER, "Anna Beispiel", roles=("caseworker", "lead"))
        office.add_staff(*IT_ACCOUNT, roles=("it",))
        office.start()
        try:
            rig = cls(
                office,
                office.enroll("hostile-terminal"),
                console_session(office.url, *CASE_WORKER),
                console_session(office.url, *IT_ACCOUNT),
                database_url or f"sqlite:///{data_dir / 'backoffice.sqlite3'}",
            )
            rig._store_good_records()
            yield rig
        finally:
            office.stop()
            if FIGURES:
                print("\nhostile-suite figures (health latency, serve RSS):")
                for figures in FIGURES:
                    print("  " + figures.line())
                FIGURES.clear()

    def _store_good_records(self) -> None:
        code = reference_code()
        answer = self.send_callback(callback_payload().model_dump(mode="json"), code=code)
        assert answer.status_code == 201, answer.text
        self.good_reference = code
        newest = "/console?status=all&sort=newest"
        self.good_callback = self._newest_id(newest, "/console/requests/")
        self.good_document_reference = reference_code()
        answer = self.send_document(marker_pdf(), code=self.good_document_reference)
        assert answer.status_code == 201, answer.text
        self.good_document = self._newest_id("/console/documents", "/console/documents/")

    def _newest_id(self, page: str, link: str) -> int:
        html = self.staff.get(self.office.url + page, timeout=10).text
        found = re.search(re.escape(link) + r"(\d+)", html)
        assert found, f"no {link} on {page}"
        return int(found[1])

    # ---- what a (hostile) terminal sends -------------------------------------------------------

    @property
    def url(self) -> str:
        return self.office.url

    @contextlib.contextmanager
    def sql(self) -> Iterator[Connection]:
        """A connection to the office's database, in a transaction (for rows written by hand)."""
        engine = create_engine(self.database_url)
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            engine.dispose()

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.device.device_token}", **protocol_headers()}

    def sealed(self, payload: dict[str, Any] | bytes) -> str:
        plain = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        key = public_key_from_b64(self.device.backoffice_public_key)
        return base64.b64encode(seal(plain, key)).decode()

    def envelope(
        self,
        payload: dict[str, Any] | bytes,
        kind: SubmissionKind = SubmissionKind.CALLBACK,
        code: str | None = None,
        attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        return {
            "submission_id": str(uuid.uuid4()),
            "kind": kind.value,
            "reference_code": code or reference_code(),
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
            "sealed_payload": self.sealed(payload),
            "attachments": attachments or [],
        }

    def post_envelope(self, envelope: dict[str, Any] | bytes) -> requests.Response:
        body = envelope if isinstance(envelope, bytes) else json.dumps(envelope).encode()
        try:
            submission = str(json.loads(body).get("submission_id", ""))
        except ValueError:  # not JSON (NaN and friends are): any key will do
            submission = ""
        return requests.post(
            self.url + "/api/v1/submissions",
            data=body,
            headers={
                **self.auth(),
                "Content-Type": "application/json",
                "Idempotency-Key": submission or str(uuid.uuid4()),
            },
            timeout=30,
        )

    def send_callback(
        self, payload: dict[str, Any] | bytes, code: str | None = None
    ) -> requests.Response:
        return self.post_envelope(self.envelope(payload, code=code))

    def upload(self, sealed: bytes) -> str:
        """A tus upload of ``sealed`` (one PATCH); returns its path."""
        created = requests.post(
            self.url + "/api/v1/uploads",
            headers={**self.auth(), "Tus-Resumable": "1.0.0", "Upload-Length": str(len(sealed))},
            timeout=30,
        )
        assert created.status_code == 201, created.text
        path = created.headers["Location"]
        patched = requests.patch(
            self.url + path,
            data=sealed,
            headers={
                **self.auth(),
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
            },
            timeout=60,
        )
        assert patched.status_code == 204, patched.text
        return path

    def document_payload(self, pdf: bytes, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """A document payload for ``pdf`` and the attachment reference, sealed and uploaded."""
        attachment_id = str(uuid.uuid4())
        sealed = io.BytesIO()
        seal_file(io.BytesIO(pdf), sealed, public_key_from_b64(self.device.backoffice_public_key))
        data = sealed.getvalue()
        ref = {
            "attachment_id": attachment_id,
            "upload_path": self.upload(data),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        payload: dict[str, Any] = {
            "document_type_id": "rental_contract",
            "document_type_label": "Mietvertrag",
            "bg_number": "12345BG1234567",
            "page_count": 1,
            "files": [
                {
                    "attachment_id": attachment_id,
                    "file_name": "Mietvertrag.pdf",
                    "media_type": "application/pdf",
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "size": len(pdf),
                }
            ],
            "language": "de",
            "scanned_at": dt.datetime.now(dt.UTC).isoformat(),
        }
        payload.update(changes)
        return payload, ref

    def send_document(
        self, pdf: bytes, code: str | None = None, **changes: Any
    ) -> requests.Response:
        payload, ref = self.document_payload(pdf, **changes)
        return self.post_envelope(
            self.envelope(payload, SubmissionKind.DOCUMENT, code=code, attachments=[ref])
        )

    # ---- watching ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def attack(self, case: str) -> Iterator[Figures]:
        """Runs the body as an attack: measured while it runs, checked after (module docstring)."""
        figures = Figures(case)
        assert self.office.pid is not None, "the backoffice is not running"
        with _Watch(self.url, self.office.pid, figures):
            yield figures
        FIGURES.append(figures)
        assert figures.health_probes > 0
        assert figures.worst_health_seconds < HEALTH_LIMIT_SECONDS, figures.line()
        assert figures.rss_growth < RSS_LIMIT_BYTES, figures.line()
        self.pages_work()

    def pages_work(self) -> None:
        """The known-good records and every page still answer as they should."""
        base = self.url
        inbox = self.staff.get(base + "/console?status=all", timeout=10)
        assert inbox.status_code == 200 and self.good_reference in inbox.text
        for code, link in (
            (self.good_reference, f"/console/requests/{self.good_callback}"),
            (self.good_document_reference, f"/console/documents/{self.good_document}"),
        ):
            params = {"q": code, "status": "all"}
            search = self.staff.get(base + "/console/search", params=params, timeout=10)
            assert search.status_code == 200 and link in search.text
        detail = self.staff.get(f"{base}/console/requests/{self.good_callback}", timeout=10)
        assert detail.status_code == 200 and self.good_reference in detail.text
        documents = self.staff.get(base + "/console/documents", timeout=10)
        assert documents.status_code == 200
        assert f"/console/documents/{self.good_document}" in documents.text
        preview = self.staff.get(
            f"{base}/console/documents/{self.good_document}/preview.png", timeout=10
        )
        assert preview.status_code == 200 and preview.content.startswith(b"\x89PNG")
        figures = self.staff.get(base + "/console/figures", timeout=10)
        assert figures.status_code == 200 and "Kennzahlen" in figures.text
        table = self.staff.get(base + "/console/figures.csv", timeout=10)
        assert table.status_code == 200 and "Rückrufbitten;gesamt" in table.text
        assert self.it.get(base + "/console/fleet", timeout=10).status_code == 200
        assert requests.get(base + "/metrics", timeout=10).status_code == 200
        assert requests.get(base + "/api/v1/health", timeout=10).status_code == 200


def console_session(url: str, username: str, password: str) -> requests.Session:
    """A browser-like session signed in to the console (CSRF token from the login form)."""
    session = requests.Session()
    form = session.get(url + "/console/login", timeout=10)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token, "no CSRF token on the login form"
    answer = session.post(
        url + "/console/login",
        data={"username": username, "password": password, "csrf_token": token[1]},
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 303, answer.text[:500]
    return session
