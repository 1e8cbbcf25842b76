"""The courier against a scripted backoffice on loopback: what each answer does to the queue."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from config.schema import SyncSettings
from contract.sealing import key_id, public_key_from_b64, unseal
from contract.submissions import CallbackRequestPayload, SubmissionKind
from sync.delivery import Courier, Outcome
from sync.device import DeviceCredentials
from sync.office_link import OfficeLink
from sync.outbox import Outbox, SubmissionState, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_backoffice import Answer, FakeBackoffice, header
from tests.helpers.fake_clock import FakeClock
from tests.helpers.fake_device import callback_request, fake_device

SETTINGS = SyncSettings(
    connect_timeout_seconds=1.0,
    read_timeout_seconds=0.5,
    backoff_base_seconds=2.0,
    backoff_cap_seconds=60.0,
    poll_seconds=0.05,
)


@pytest.fixture
def office() -> Iterator[FakeBackoffice]:
    with FakeBackoffice() as fake:
        yield fake


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    with Outbox(outbox_path(tmp_path)) as box:
        yield box


@pytest.fixture
def device(office: FakeBackoffice) -> DeviceCredentials:
    credentials, _ = fake_device(office.url, office.private_key)
    return credentials


@pytest.fixture
def link(device: DeviceCredentials) -> Iterator[OfficeLink]:
    office_link = OfficeLink(device.backoffice_url, SETTINGS)
    yield office_link
    office_link.close()


def _courier(
    outbox: Outbox,
    device: DeviceCredentials,
    link: OfficeLink,
    clock: FakeClock | None = None,
    settings: SyncSettings = SETTINGS,
    random: float = 0.5,
) -> Courier:
    clock = clock or FakeClock()
    return Courier(
        outbox,
        device,
        settings,
        link,
        clock=clock,
        monotonic=clock.monotonic,
        random=lambda: random,
    )


def _submit(outbox: Outbox, device: DeviceCredentials, clock: FakeClock | None = None) -> uuid.UUID:
    return submit(
        outbox,
        device,
        SubmissionKind.CALLBACK,
        callback_request(),
        new_reference_code(),
        clock=clock or FakeClock(),
    )


def _state(outbox: Outbox, submission_id: uuid.UUID) -> SubmissionState:
    item = outbox.get(submission_id)
    assert item is not None
    return item.state


def test_a_delivery_sends_the_sealed_envelope_and_keeps_the_receipt(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    submission_id = _submit(outbox, device)

    counts = _courier(outbox, device, link).run_once()

    assert (counts.delivered, counts.retrying, counts.quarantined) == (1, 0, 0)
    (request,) = office.submission_requests()
    assert header(request, "Idempotency-Key") == str(submission_id)
    assert header(request, "Authorization") == f"Bearer {device.device_token}"
    envelope = request.envelope()
    opened = unseal(base64.b64decode(envelope.sealed_payload), office.private_key)
    assert CallbackRequestPayload.model_validate_json(opened) == callback_request()
    item = outbox.get(submission_id)
    assert item is not None
    assert item.state is SubmissionState.DELIVERED
    assert item.sealed_payload is None
    assert item.receipt is not None and item.receipt.submission_id == submission_id


def test_server_errors_are_retried_later_with_backoff(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    clock = FakeClock()
    submission_id = _submit(outbox, device, clock)
    office.set_default(Answer(status=500))
    courier = _courier(outbox, device, link, clock, random=1.0)

    delays = []
    for _ in range(6):
        courier.run_once()
        item = outbox.get(submission_id)
        assert item is not None
        delays.append((item.next_attempt_at - clock()).total_seconds())

    # random()=1.0 picks the top of each full-jitter range: 2, 4, 8, ... capped at 60 s.
    assert delays == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0]
    item = outbox.get(submission_id)
    assert item is not None
    assert (item.state, item.attempts, item.last_error) == (SubmissionState.QUEUED, 6, "HTTP 500")
    assert len(office.submission_requests()) == 6


@pytest.mark.parametrize("status", [422, 400, 404, 409, 413])
def test_refused_submissions_are_quarantined_not_retried(
    status: int,
    office: FakeBackoffice,
    outbox: Outbox,
    device: DeviceCredentials,
    link: OfficeLink,
) -> None:
    submission_id = _submit(outbox, device)
    office.set_default(Answer(status=status))
    courier = _courier(outbox, device, link)

    first = courier.run_once()
    second = courier.run_once()

    assert (first.quarantined, second.quarantined) == (1, 0)
    assert len(office.submission_requests()) == 1
    item = outbox.get(submission_id)
    assert item is not None
    assert item.state is SubmissionState.QUARANTINED
    # A 422 names what was refused (the problem's detail), for IT to see in kiosk status.
    detail = ": scripted" if status == 422 else ""
    assert item.last_error == f"HTTP {status}: Fake {status}{detail}"
    # Kept for IT: the ciphertext is not thrown away.
    assert item.sealed_payload is not None


@pytest.mark.parametrize("status", [408, 425, 429, 502, 503, 504])
def test_passing_client_and_gateway_errors_keep_the_item_queued(
    status: int,
    office: FakeBackoffice,
    outbox: Outbox,
    device: DeviceCredentials,
    link: OfficeLink,
) -> None:
    submission_id = _submit(outbox, device)
    office.set_default(Answer(status=status))

    _courier(outbox, device, link).run_once()

    assert _state(outbox, submission_id) is SubmissionState.QUEUED


def test_a_refused_device_token_keeps_everything_and_tells_it(
    office: FakeBackoffice,
    outbox: Outbox,
    device: DeviceCredentials,
    link: OfficeLink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ids = [_submit(outbox, device) for _ in range(3)]
    office.set_default(Answer(status=401))

    with caplog.at_level(logging.INFO, logger="sync.delivery"):
        counts = _courier(outbox, device, link).run_once()

    # One refusal says it for all: the others are not sent in vain.
    assert (counts.retrying, counts.not_tried) == (1, 2)
    assert len(office.submission_requests()) == 1
    assert all(_state(outbox, i) is SubmissionState.QUEUED for i in ids)
    assert "kiosk enroll" in caplog.text


def test_while_the_office_is_unavailable_the_pass_stops_after_one_try(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    for _ in range(4):
        _submit(outbox, device)
    office.set_default(Answer(status=503))

    counts = _courier(outbox, device, link).run_once()

    assert (counts.delivered, counts.retrying, counts.not_tried) == (0, 1, 3)
    assert len(office.submission_requests()) == 1


def test_a_failure_of_one_item_does_not_hold_up_the_others(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    ids = [_submit(outbox, device) for _ in range(3)]
    office.script(Answer(status=500))

    counts = _courier(outbox, device, link).run_once()

    assert (counts.delivered, counts.retrying) == (2, 1)
    assert sorted(_state(outbox, i).value for i in ids) == ["delivered", "delivered", "queued"]


def test_a_silent_backoffice_runs_into_the_read_timeout(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    submission_id = _submit(outbox, device)
    office.set_default(Answer(stall=True))

    counts = _courier(outbox, device, link).run_once()  # returns: the 0.5 s read timeout fired

    assert counts.retrying == 1
    item = outbox.get(submission_id)
    assert item is not None
    assert (item.state, item.last_error) == (SubmissionState.QUEUED, "ReadTimeout")


def test_a_closed_port_is_a_connection_error(outbox: Outbox, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    device, _ = fake_device(f"http://127.0.0.1:{port}")
    submission_id = _submit(outbox, device)

    _courier(outbox, device, OfficeLink(device.backoffice_url, SETTINGS)).run_once()

    item = outbox.get(submission_id)
    assert item is not None
    assert (item.state, item.last_error) == (SubmissionState.QUEUED, "ConnectionError")


@pytest.mark.parametrize(
    "body", [b"<html>Welcome to nginx</html>", b'{"submission_id": "not a receipt"}']
)
def test_a_success_without_a_receipt_is_not_counted_as_delivered(
    body: bytes,
    office: FakeBackoffice,
    outbox: Outbox,
    device: DeviceCredentials,
    link: OfficeLink,
) -> None:
    submission_id = _submit(outbox, device)
    office.set_default(Answer(status=200, body=body))

    _courier(outbox, device, link).run_once()

    item = outbox.get(submission_id)
    assert item is not None
    assert item.state is SubmissionState.QUEUED
    assert item.last_error == "HTTP 200 without receipt"


def test_backoff_runs_on_the_monotonic_clock_whatever_the_wall_clock_does(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    clock = FakeClock()
    submission_id = _submit(outbox, device, clock)
    office.set_default(Answer(status=500))
    courier = _courier(outbox, device, link, clock, random=1.0)  # backoff: exactly 2 s
    courier.run_once()

    def due() -> list[uuid.UUID]:
        return courier.schedule.due(outbox.waiting())

    assert due() == []
    clock.jump(86400)  # the wall clock is set a day ahead: nothing becomes due
    assert due() == []
    clock.jump(-86400 - 7200)  # and two hours behind: nothing waits longer
    clock.advance(1.9)
    assert due() == []
    clock.advance(0.2)
    assert due() == [submission_id]


def test_send_now_from_the_admin_screen_makes_a_waiting_item_due_at_once(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    clock = FakeClock()
    submission_id = _submit(outbox, device, clock)
    office.set_default(Answer(status=500))
    courier = _courier(outbox, device, link, clock, random=1.0)
    courier.run_once()
    assert courier.schedule.due(outbox.waiting()) == []

    # Another process (the UI's admin screen) asks, with its clock set back an hour.
    with Outbox(outbox.path) as admins:
        assert admins.retry_all_now(clock() - dt.timedelta(hours=1)) == 1

    assert courier.schedule.due(outbox.waiting()) == [submission_id]


def test_the_daemon_waits_for_the_backoff_but_run_once_does_not(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    clock = FakeClock()  # its monotonic clock stands still: no backoff ever runs out
    _submit(outbox, device, clock)
    office.set_default(Answer(status=500))
    courier = _courier(outbox, device, link, clock)

    stop = threading.Event()
    daemon = threading.Thread(target=courier.run_forever, args=(stop,))
    daemon.start()
    _wait_until(lambda: len(office.submission_requests()) == 1, seconds=10)
    time.sleep(0.4)  # many polls: none may send again
    stop.set()
    daemon.join(timeout=5)

    assert not daemon.is_alive()
    assert len(office.submission_requests()) == 1
    office.set_default(Answer(status=201))
    assert courier.run_once().delivered == 1


def test_the_queue_drains_within_seconds_once_the_backoffice_is_back(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    ids = [_submit(outbox, device) for _ in range(5)]
    office.set_default(Answer(status=503))
    # The first failure retries after 0.2 s, every other one only after 100 s: without the
    # "it is back, retry everything" rule the queue would wait that long.
    delays = iter([0.002] + [1.0] * 1000)
    settings = SETTINGS.model_copy(
        update={"backoff_base_seconds": 100.0, "backoff_cap_seconds": 100.0}
    )
    courier = Courier(outbox, device, settings, link, random=lambda: next(delays))
    stop = threading.Event()
    daemon = threading.Thread(target=courier.run_forever, args=(stop,))
    daemon.start()
    try:
        _wait_until(lambda: len(office.submission_requests()) >= 5, seconds=10)
        office.set_default(Answer(status=201))
        # Every item's own backoff is 100 s: draining within this wait proves the
        # "it is back, retry everything" rule, not the backoff, delivered them.
        _wait_until(lambda: outbox.queued() == [], seconds=20)
    finally:
        stop.set()
        daemon.join(timeout=5)
    assert not daemon.is_alive()
    assert all(_state(outbox, i) is SubmissionState.DELIVERED for i in ids)


def _wait_until(condition: object, seconds: float) -> None:
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def test_deliver_reports_its_outcome(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    _submit(outbox, device)
    (item,) = outbox.queued()
    assert _courier(outbox, device, link).deliver(item) is Outcome.DELIVERED


def test_a_key_the_office_handed_out_meanwhile_is_followed_without_a_restart(
    office: FakeBackoffice, outbox: Outbox, device: DeviceCredentials, link: OfficeLink
) -> None:
    """The heartbeat stored the office's new key while the courier ran: an item sealed to the
    earlier key that the office refuses is named as such (and what IT can do), and the
    envelope names its key to the office that now names its keys."""
    earlier = key_id(public_key_from_b64(device.backoffice_public_key))
    submission_id = _submit(outbox, device)
    rotated = PrivateKey.generate().public_key
    stored = device.model_copy(
        update={
            "device_token": "",  # as stored: a token sealed to the TPM is not read for this
            "backoffice_public_key": base64.b64encode(bytes(rotated)).decode("ascii"),
            "backoffice_key_id": key_id(rotated),
        }
    )
    office.set_default(Answer(status=422))
    courier = Courier(
        outbox, device, SETTINGS, link, clock=FakeClock(), current_device=lambda: stored
    )

    assert courier.run_once().quarantined == 1
    item = outbox.get(submission_id)
    assert item is not None and item.last_error is not None
    assert f"sealed to the earlier office key {earlier}" in item.last_error
    assert "kiosk requeue --all" in item.last_error
    sent = office.submission_requests()[0]
    assert sent.headers["Authorization"] == f"Bearer {device.device_token}"  # token kept
    assert json.loads(sent.body)["key_id"] == earlier
