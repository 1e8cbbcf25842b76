"""The protocol version (``contract.version``) checked from both sides, over real HTTP and a real
WebSocket: the backoffice app (real SQLite, real data folder) served by uvicorn in a thread, the
terminal's real enrollment, delivery daemon, tus uploads, heartbeats and signaling client.

An office whose accepted versions are not the default stands for a newer or older release of
the backoffice (``create_app(..., accepts=...)``)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

import contract.version
from backoffice.api.app import create_app
from backoffice.context import open_office
from backoffice.datadir import DataDir
from backoffice.enrollment import issue_token
from config import BackofficeSettings
from config.schema import SyncSettings
from contract.fleet import Heartbeat, QueueFigures
from contract.version import ACCEPTED_HEADER, PROTOCOL_HEADER, VersionRange
from sync import office_link
from sync.delivery import Courier, Outcome
from sync.device import DeviceCredentials
from sync.enrollment import EnrollmentError, EnrollmentReason, enroll
from sync.heartbeat import HeartbeatOutcome, HeartbeatReporter
from sync.office_link import OfficeLink
from sync.outbox import Outbox, SubmissionState, outbox_path
from sync.remote_config import RemoteConfigStore
from tests.helpers.backoffice import FixedClock
from tests.helpers.fake_device import fake_device
from tests.helpers.reliability_documents import queue_callback_and_document
from tests.helpers.video_asgi_server import serving
from video.signaling_client import SignalingClient, SignalingEndpoint

REFUSAL_TITLE = "Unsupported protocol version"
# Relative to what this release speaks, so the tests hold as the version moves on.
CURRENT = contract.version.PROTOCOL_VERSION
NEWER = CURRENT + 1
MOVED_ON = VersionRange(CURRENT + 1, CURRENT + 2)
SYNC = SyncSettings(connect_timeout_seconds=5, read_timeout_seconds=10)


@contextlib.contextmanager
def office(folder: Path, accepts: VersionRange | None = None) -> Iterator[tuple[str, Path]]:
    """The backoffice app on an initialised data folder, over HTTP on a loopback port; yields
    its URL and the data folder."""
    if not DataDir(folder).is_initialised():
        DataDir(folder).create()
    context = open_office(folder, BackofficeSettings(), FixedClock.at_wall_clock())
    app = create_app(context) if accepts is None else create_app(context, accepts=accepts)
    try:
        with serving(app) as ws_url:
            yield ws_url.replace("ws://", "http://", 1), folder
    finally:
        context.engine.dispose()


def fresh_token(folder: Path) -> str:
    context = open_office(folder, BackofficeSettings(), FixedClock.at_wall_clock(), migrate=False)
    try:
        with context.sessions.begin() as session:
            return issue_token(session, context.clock, "Rathaus", 1)
    finally:
        context.engine.dispose()


def heartbeat() -> Heartbeat:
    return Heartbeat(
        sent_at=dt.datetime.now(dt.UTC),
        interval_seconds=60,
        software_version="test",
        queue=QueueFigures(items=0, bytes=0),
        disk_free_bytes=1,
        disk_total_bytes=2,
    )


def heartbeats(device: DeviceCredentials, data_dir: Path, link: OfficeLink) -> HeartbeatReporter:
    return HeartbeatReporter(
        device,
        SYNC,
        link,
        lambda _interval, _sha: heartbeat(),
        RemoteConfigStore(data_dir, {}),
    )


def record_requests(monkeypatch: pytest.MonkeyPatch, sent: list[str | None]) -> None:
    """Every session the terminal's office link makes notes the protocol header of every
    request it really sent."""
    real = office_link.tracked_session

    def note(response: requests.Response, *args: object, **kwargs: object) -> None:
        sent.append(response.request.headers.get(PROTOCOL_HEADER))

    def recording() -> requests.Session:
        session = real()
        session.hooks["response"].append(note)
        return session

    monkeypatch.setattr(office_link, "tracked_session", recording)


def signaling_welcome(device: DeviceCredentials) -> str:
    async def call() -> str:
        client = SignalingClient(SignalingEndpoint(device.backoffice_url, device.device_token))
        await client.connect()
        try:
            async for message in client.messages():
                return message.type
            return "closed"
        finally:
            await client.close()

    return asyncio.run(call())


# ---- the office's side -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/v1/submissions"),
        ("POST", "/api/v1/heartbeat"),
        ("POST", "/api/v1/enroll"),
        ("POST", "/api/v1/uploads"),
        ("PATCH", "/api/v1/uploads/abc"),
    ],
)
def test_an_office_refuses_a_newer_terminal_with_a_problem_naming_both_versions(
    tmp_path: Path, method: str, path: str
) -> None:
    with office(tmp_path / "office") as (url, _):
        answer = requests.request(
            method, url + path, headers={PROTOCOL_HEADER: str(NEWER)}, data=b"{}", timeout=10
        )
    assert answer.status_code == 400
    assert answer.headers[ACCEPTED_HEADER] == f"1-{CURRENT}"
    problem = answer.json()
    assert problem["title"] == REFUSAL_TITLE
    assert problem["detail"] == (
        f"Protocol version {NEWER} is not supported yet; this office speaks protocol versions "
        f"1 to {CURRENT}. Update the office's software (or install a terminal release it "
        "supports)."
    )


def test_an_office_that_moved_on_tells_an_older_terminal_to_update(tmp_path: Path) -> None:
    with office(tmp_path / "office", accepts=MOVED_ON) as (url, _):
        declared = requests.post(
            url + "/api/v1/submissions", headers={PROTOCOL_HEADER: "1"}, timeout=10
        )
        # A terminal of release 0.1.0 says nothing: it speaks version 1.
        silent = requests.post(url + "/api/v1/submissions", timeout=10)
    for answer in (declared, silent):
        assert answer.status_code == 400
        assert answer.headers[ACCEPTED_HEADER] == str(MOVED_ON)
        assert answer.json()["detail"] == (
            "Protocol version 1 is no longer supported; this office speaks protocol versions "
            f"{MOVED_ON.oldest} to {MOVED_ON.newest}. Update the terminal's software."
        )


def test_a_version_that_is_no_number_is_refused_and_health_answers_any(tmp_path: Path) -> None:
    with office(tmp_path / "office") as (url, _):
        garbled = requests.post(
            url + "/api/v1/submissions", headers={PROTOCOL_HEADER: "1; drop"}, timeout=10
        )
        health = requests.get(url + "/api/v1/health", headers={PROTOCOL_HEADER: "9"}, timeout=10)
        console = requests.get(url + "/console/login", headers={PROTOCOL_HEADER: "9"}, timeout=10)
    assert garbled.status_code == 400
    assert garbled.json()["detail"].startswith(
        "The Buergerterminal-Protocol header must be a version number"
    )
    assert health.status_code == 200
    assert console.status_code == 200  # staff's browser pages are no terminal API


def test_a_refused_enrollment_leaves_the_token_usable(tmp_path: Path) -> None:
    with office(tmp_path / "office") as (url, folder):
        token = fresh_token(folder)
        body = json.dumps({"token": token, "device_name": "rathaus-1"})
        json_body = {"Content-Type": "application/json"}
        refused = requests.post(
            url + "/api/v1/enroll",
            data=body,
            headers={**json_body, PROTOCOL_HEADER: "7"},
            timeout=10,
        )
        accepted = requests.post(
            url + "/api/v1/enroll",
            data=body,
            headers={**json_body, PROTOCOL_HEADER: "1"},
            timeout=10,
        )
    assert refused.status_code == 400
    assert accepted.status_code == 201


def test_the_signaling_handshake_of_a_newer_terminal_is_refused_with_the_problem(
    tmp_path: Path,
) -> None:
    async def knock(url: str) -> InvalidStatus:
        ws_url = url.replace("http://", "ws://", 1) + "/api/v1/signaling/kiosk"
        with pytest.raises(InvalidStatus) as refused:
            await connect(ws_url, additional_headers={PROTOCOL_HEADER: str(NEWER)}, open_timeout=5)
        return refused.value

    with office(tmp_path / "office") as (url, _):
        refused = asyncio.run(knock(url))
    assert refused.response.status_code == 400
    assert refused.response.headers[ACCEPTED_HEADER] == f"1-{CURRENT}"
    assert json.loads(refused.response.body)["title"] == REFUSAL_TITLE


# ---- the terminal's side ---------------------------------------------------------------------


def test_a_current_terminal_declares_its_version_and_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[str | None] = []
    record_requests(monkeypatch, sent)
    data_dir = tmp_path / "terminal"
    with office(tmp_path / "office") as (url, folder):
        device = enroll(url, fresh_token(folder), data_dir, "rathaus-1", settings=SYNC)
        queue_callback_and_document(data_dir, device)
        link = OfficeLink(url, SYNC)
        with Outbox(outbox_path(data_dir)) as outbox:
            counts = Courier(outbox, device, SYNC, link).run_once()
        beat = heartbeats(device, data_dir, link).send()
        welcome = signaling_welcome(device)
    assert counts.delivered == 2
    assert beat is HeartbeatOutcome.SENT
    assert welcome == "welcome"
    # Enrollment, the tus upload's requests, two submissions, the heartbeat.
    assert len(sent) >= 6
    assert set(sent) == {str(CURRENT)}


def test_a_terminal_of_a_newer_version_is_accepted_by_an_office_that_speaks_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an office of that version takes it: a terminal that did not say its version would
    be taken for version 1 and refused, so this shows that every call declares it."""
    monkeypatch.setattr(contract.version, "PROTOCOL_VERSION", NEWER)
    data_dir = tmp_path / "terminal"
    with office(tmp_path / "office", accepts=VersionRange(NEWER, NEWER)) as (url, folder):
        device = enroll(url, fresh_token(folder), data_dir, "rathaus-1", settings=SYNC)
        queue_callback_and_document(data_dir, device)
        link = OfficeLink(url, SYNC)
        with Outbox(outbox_path(data_dir)) as outbox:
            counts = Courier(outbox, device, SYNC, link).run_once()
        beat = heartbeats(device, data_dir, link).send()
        welcome = signaling_welcome(device)
    assert (counts.delivered, beat, welcome) == (2, HeartbeatOutcome.SENT, "welcome")


def test_a_refused_terminal_keeps_its_outbox_and_tells_it_what_to_update(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = tmp_path / "terminal"
    with office(tmp_path / "office", accepts=MOVED_ON) as (url, folder):
        device, _key = fake_device(url)
        queue_callback_and_document(data_dir, device)
        link = OfficeLink(url, SYNC)
        with caplog.at_level(logging.ERROR), Outbox(outbox_path(data_dir)) as outbox:
            callback_outcome = Courier(outbox, device, SYNC, link).deliver(outbox.queued()[0])
            document_outcome = Courier(outbox, device, SYNC, link).deliver(outbox.queued()[1])
            states = [outbox.get(item.submission_id) for item in outbox.queued()]
        beat = heartbeats(device, data_dir, link).send()
        with pytest.raises(EnrollmentError) as enrollment:
            enroll(url, fresh_token(folder), tmp_path / "other", settings=SYNC)
    assert (callback_outcome, document_outcome) == (Outcome.OFFICE_AWAY, Outcome.OFFICE_AWAY)
    assert [item.state if item else None for item in states] == [SubmissionState.QUEUED] * 2
    assert all(item and item.last_error == f"protocol {CURRENT} refused" for item in states)
    assert beat is HeartbeatOutcome.PROTOCOL
    assert enrollment.value.reason is EnrollmentReason.PROTOCOL_REFUSED
    line = (
        f"the office does not support this terminal's protocol version {CURRENT} (it speaks "
        f"{MOVED_ON.oldest} to {MOVED_ON.newest}): update this terminal's software"
    )
    assert str(enrollment.value) == f"{url}: {line}"
    errors = [record.getMessage() for record in caplog.records]
    assert f"backoffice {url}: {line}; the outbox is kept" in errors
    assert f"heartbeat: {line}" in errors
