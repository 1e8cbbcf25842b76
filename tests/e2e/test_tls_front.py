"""The office behind the shipped nginx front (deploy/nginx/buergerterminal.conf) with a test CA:
a terminal pinned to that CA enrols, delivers a callback and a document and makes a call; staff
use the console and answer the call over HTTPS in Chromium.

Everything is real and started here: openssl (CA and certificate), nginx (own prefix, free
ports), ``backoffice serve``, ``kiosk enroll`` / ``kiosk sync`` processes, aiortc, Chromium.
nginx reaches the backoffice from 127.0.0.2 and only that address is a trusted proxy, so a
client talking to the backoffice directly (from 127.0.0.1) cannot pose as having come over TLS.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from config.schema import SyncSettings
from sync.device import load_device
from sync.office_link import OfficeLink, office_ssl_context
from sync.tus_client import TusClient
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.efile_documents import published_zips
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.nginx import NginxFront, nginx_front
from tests.helpers.reliability_documents import marker_pdf, queue_callback_and_document
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import wait_for
from tests.helpers.terminal import Terminal
from tests.helpers.tls import OfficeCa, make_office_ca
from tests.helpers.video_kiosk import kiosk_call
from tests.helpers.video_staff import StaffPage, chromium
from video.state import CallState

pytestmark = pytest.mark.e2e

STAFF, PASSWORD = "lena.kraus", "tulpen-im-maerz-42"
PROXY_ADDRESS = "127.0.0.2"
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> OfficeCa:
    return make_office_ca(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    folder = tmp_path_factory.mktemp("tls-office")
    config = folder / "backoffice.toml"
    config.write_text(f'trusted_proxies = ["{PROXY_ADDRESS}"]\n')
    with running_backoffice(folder / "office", config=config) as running:
        running.add_staff(STAFF, PASSWORD)
        yield running


@pytest.fixture(scope="module")
def front(
    tmp_path_factory: pytest.TempPathFactory, tls: OfficeCa, office: BackofficeProcess
) -> Iterator[NginxFront]:
    prefix = tmp_path_factory.mktemp("nginx")
    with nginx_front(prefix, tls, [f"127.0.0.1:{office.port}"], bind=PROXY_ADDRESS) as running:
        yield running


def _pinned_terminal(root: Path, front: NginxFront, ca_file: Path | None) -> Terminal:
    return Terminal.create(root, front.url, ca_file=ca_file)


def test_a_pinned_terminal_enrols_and_delivers_a_callback_and_a_document(
    tmp_path: Path, tls: OfficeCa, office: BackofficeProcess, front: NginxFront
) -> None:
    terminal = _pinned_terminal(tmp_path / "terminal", front, tls.ca_cert)
    terminal.kiosk("enroll", front.url, office.enrollment_token())
    device = load_device(terminal.data_dir)
    assert device is not None and device.backoffice_url == front.url

    callback_id, document_id = queue_callback_and_document(
        terminal.data_dir, device, marker_pdf(padding_bytes=3 * MIB)
    )
    result = terminal.kiosk("sync", "--once")
    assert "2 delivered, 0 to retry, 0 quarantined" in result.stderr

    ledger = OfficeLedger(office.data_dir)
    assert [c.submission_id for c in ledger.callbacks_from(device.device_id)] == [callback_id]
    wait_for(lambda: any(published_zips(office.data_dir / "efile-hotfolder")), "e-file ZIP")
    # The sealed PDF went up in chunks through nginx's upload location, over HTTPS.
    log = front.access_log()
    assert log.count('"PATCH /api/v1/uploads/') >= 3
    assert '"POST /api/v1/submissions HTTP/1.1" 201' in log
    assert str(document_id) not in log  # ids travel in bodies, not in logged URLs


@pytest.mark.parametrize("trust", ["another office's CA", "the system's CAs"])
def test_a_terminal_not_pinned_to_the_office_ca_refuses_it(
    tmp_path: Path, office: BackofficeProcess, front: NginxFront, trust: str
) -> None:
    other = make_office_ca(tmp_path / "other-ca", common_name="Jobcenter Anderswo CA")
    ca_file = other.ca_cert if trust == "another office's CA" else None
    terminal = _pinned_terminal(tmp_path / "terminal", front, ca_file)
    result = terminal.kiosk("enroll", front.url, office.enrollment_token(), check=False)
    assert result.returncode == 1
    assert f"kiosk enroll: cannot verify the TLS certificate of {front.url}" in result.stderr
    assert load_device(terminal.data_dir) is None


def test_the_front_speaks_http2_sets_hsts_and_sends_plain_http_away(
    tls: OfficeCa, front: NginxFront
) -> None:
    context = ssl.create_default_context(cafile=str(tls.ca_cert))
    context.set_alpn_protocols(["h2", "http/1.1"])
    with (
        socket.create_connection(("127.0.0.1", front.https_port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as secure,
    ):
        assert secure.selected_alpn_protocol() == "h2"
    for path, status in (("/api/v1/health", 200), ("/api/v1/no-such-thing", 404)):
        answer = requests.get(front.url + path, verify=str(tls.ca_cert), timeout=10)
        assert answer.status_code == status
        assert answer.headers["Strict-Transport-Security"] == "max-age=63072000"
    plain = requests.get(
        f"http://127.0.0.1:{front.http_port}/api/v1/health", allow_redirects=False, timeout=10
    )
    assert plain.status_code == 301
    assert plain.headers["Location"] == "https://127.0.0.1/api/v1/health"  # port 443
    assert "status" not in plain.text  # the backoffice was never asked


def _login_cookie_is_secure(url: str, **request: object) -> bool:
    answer = requests.get(url + "/console/login", timeout=10, **request)  # type: ignore[arg-type]
    assert answer.status_code == 200
    cookie = answer.headers["Set-Cookie"]
    return "secure" in [part.strip().lower() for part in cookie.split(";")]


def test_only_the_proxy_may_say_a_request_came_over_https(
    tls: OfficeCa, office: BackofficeProcess, front: NginxFront
) -> None:
    assert _login_cookie_is_secure(front.url, verify=str(tls.ca_cert))
    # Straight to the backoffice, claiming TLS: not from the trusted proxy, so not believed.
    assert not _login_cookie_is_secure(office.url, headers={"X-Forwarded-Proto": "https"})


def test_staff_answer_a_call_through_the_front(
    tls: OfficeCa, office: BackofficeProcess, front: NginxFront
) -> None:
    token = office.enroll("kabine").device_token
    with chromium([tls.chromium_trust_flag()]) as browser:
        staff = StaffPage(browser, front.url).log_in(STAFF, PASSWORD)
        try:
            session_cookie = {c["name"]: c for c in staff.context.cookies()}
            assert all(cookie["secure"] for cookie in session_cookie.values())
            staff.set_available(True)
            with kiosk_call(front.url, token, ca_file=tls.ca_cert) as (call, recorder):
                call.start_call()
                staff.wait_ringing()
                staff.accept()
                recorder.wait_for(CallState.IN_CALL, timeout=20)
                recorder.wait_frames(video=10, audio=20, timeout=20)
                staff.wait_stats(lambda s: s["framesDecoded"] >= 10, timeout=20)
                call.hang_up()
                recorder.wait_for(CallState.ENDED, timeout=10)
        finally:
            staff.close()
    log = front.access_log()
    assert '"GET /api/v1/signaling/kiosk HTTP/1.1" 101' in log
    assert '"GET /console/signaling HTTP/1.1" 101' in log


def test_upload_chunks_stream_through_to_the_backoffice(
    tmp_path: Path, tls: OfficeCa, office: BackofficeProcess
) -> None:
    """nginx passes a PATCH body on while it arrives instead of spooling it to its disk first:
    half a chunk sent and held back, the backoffice already has more than a quarter."""
    device = office.enroll("streaming")
    size = 8 * MIB
    with (
        FaultProxy("127.0.0.1", office.port) as counter,
        nginx_front(tmp_path / "nginx", tls, [f"127.0.0.1:{counter.port}"]) as front,
        contextlib.closing(
            OfficeLink(front.url, SyncSettings(read_timeout_seconds=30), ca_file=tls.ca_cert)
        ) as link,
    ):
        tus = TusClient(link, device.device_token, chunk_bytes=MIB)
        upload_path = tus.create(size, uuid.uuid4())
        before = counter.stats.client_bytes
        context = office_ssl_context(tls.ca_cert)
        connection = http.client.HTTPSConnection("localhost", front.https_port, context=context)
        try:
            connection.putrequest("PATCH", upload_path)
            for name, value in {
                "Authorization": f"Bearer {device.device_token}",
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
                "Content-Length": str(size),
            }.items():
                connection.putheader(name, value)
            connection.endheaders()
            chunk = bytes(range(256)) * 4096  # 1 MiB
            for _ in range(4):
                connection.send(chunk)
            wait_for(
                lambda: counter.stats.client_bytes - before > 2 * MIB,
                "half a PATCH body forwarded before the rest was sent",
                timeout=20,
            )
            for _ in range(4):
                connection.send(chunk)
            answer = connection.getresponse()
            assert answer.status == 204
            assert answer.getheader("Upload-Offset") == str(size)
        finally:
            connection.close()
