"""The backoffice's HTTP API over real HTTP, against ``backoffice serve`` as a subprocess."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from contract.submissions import ProblemDetail, SubmissionReceipt
from tests.helpers.backoffice import (
    BackofficeProcess,
    callback_payload,
    sealed_envelope,
)
from tests.helpers.office_database import OfficeDatabases, office_on

TIMEOUT = 10


@pytest.fixture(scope="module")
def backoffice(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    # One server for the module: every test enrolls its own device, so they do not interfere.
    with office_on(database, tmp_path_factory.mktemp("api")) as office:
        yield office


def _problem(response: requests.Response, status: int) -> ProblemDetail:
    assert response.status_code == status, response.text
    return ProblemDetail.model_validate_json(response.content)


def test_health_answers(backoffice: BackofficeProcess) -> None:
    response = requests.get(backoffice.url + "/api/v1/health", timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_enrollment_token_works_once(backoffice: BackofficeProcess) -> None:
    token = backoffice.enrollment_token(location="Wartebereich")
    body = {"token": token, "device_name": "Terminal 1"}
    first = requests.post(backoffice.url + "/api/v1/enroll", json=body, timeout=TIMEOUT)
    assert first.status_code == 201, first.text
    enrolled = first.json()
    assert len(base64.b64decode(enrolled["backoffice_public_key"])) == 32
    assert enrolled["office_name"] == "Jobcenter Musterstadt"
    assert (backoffice.data_dir / "backoffice.pub").read_text().strip() == enrolled[
        "backoffice_public_key"
    ]

    second = requests.post(backoffice.url + "/api/v1/enroll", json=body, timeout=TIMEOUT)
    assert _problem(second, 410).title == "Enrollment token used"


def test_unknown_enrollment_token_is_refused(backoffice: BackofficeProcess) -> None:
    body = {"token": "not-a-token-we-issued", "device_name": "x"}
    response = requests.post(backoffice.url + "/api/v1/enroll", json=body, timeout=TIMEOUT)
    _problem(response, 401)


def test_submission_is_stored_once_and_replay_gets_identical_answer(
    backoffice: BackofficeProcess,
) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)

    first = backoffice.submit(device, envelope)
    assert first.status_code == 201, first.text
    receipt = SubmissionReceipt.model_validate_json(first.content)
    assert receipt.submission_id == envelope.submission_id
    assert receipt.reference_code == envelope.reference_code

    replay = backoffice.submit(device, envelope)
    assert replay.status_code == 201
    assert replay.content == first.content


def test_concurrent_replays_make_one_record_and_no_server_error(
    backoffice: BackofficeProcess,
) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: backoffice.submit(device, envelope), range(16)))
    assert {a.status_code for a in answers} == {201}
    assert len({a.content for a in answers}) == 1


def test_same_key_with_other_envelope_is_refused(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    submission_id = uuid.uuid4()
    first = sealed_envelope(callback_payload(), device.backoffice_public_key, submission_id)
    assert backoffice.submit(device, first).status_code == 201

    other = sealed_envelope(
        callback_payload(note="Andere Notiz"), device.backoffice_public_key, submission_id
    )
    assert _problem(backoffice.submit(device, other), 422).title == "Idempotency key reused"


def test_idempotency_key_must_equal_submission_id(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)
    response = requests.post(
        backoffice.url + "/api/v1/submissions",
        data=envelope.model_dump_json(),
        headers={
            "Authorization": f"Bearer {device.device_token}",
            "Idempotency-Key": str(uuid.uuid4()),
            "Content-Type": "application/json",
        },
        timeout=TIMEOUT,
    )
    assert _problem(response, 422).title == "Idempotency key does not match"
    # Nothing was stored under the envelope's own id: sent properly, it is new.
    assert backoffice.submit(device, envelope).status_code == 201


def test_bad_device_token_is_refused(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)
    forged = device.model_copy(update={"device_token": "forged-token-value"})
    _problem(backoffice.submit(forged, envelope), 401)
    response = requests.post(
        backoffice.url + "/api/v1/submissions",
        data=envelope.model_dump_json(),
        headers={"Idempotency-Key": str(envelope.submission_id)},
        timeout=TIMEOUT,
    )
    _problem(response, 401)


def test_tampered_payload_is_refused_for_good(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)
    sealed = bytearray(base64.b64decode(envelope.sealed_payload))
    sealed[-1] ^= 0x01
    tampered = envelope.model_copy(update={"sealed_payload": base64.b64encode(sealed).decode()})
    assert _problem(backoffice.submit(device, tampered), 422).title == "Payload cannot be opened"


def test_invalid_payload_is_refused_without_echoing_it(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    payload = callback_payload().model_dump(mode="json")
    payload["phone_e164"] = "0171 not a number"
    raw = json.dumps(payload).encode()
    envelope = sealed_envelope(raw, device.backoffice_public_key)
    problem = _problem(backoffice.submit(device, envelope), 422)
    assert "phone_e164" in problem.detail
    assert "0171" not in problem.detail


def test_log_holds_ids_and_codes_but_no_personal_data(backoffice: BackofficeProcess) -> None:
    # Runs late in the module: the log then holds every request made above as well.
    device = backoffice.enroll()
    payload = callback_payload(name="Zofia Kowalczyk", note="Mein Antrag fehlt")
    envelope = sealed_envelope(payload, device.backoffice_public_key)
    assert backoffice.submit(device, envelope).status_code == 201
    log = backoffice.log_text()
    assert envelope.reference_code in log
    for secret in ("Kowalczyk", payload.phone_e164, "12345BG1234567", "Mein Antrag"):
        assert secret not in log


def test_submissions_survive_a_restart(backoffice: BackofficeProcess) -> None:
    device = backoffice.enroll()
    envelope = sealed_envelope(callback_payload(), device.backoffice_public_key)
    first = backoffice.submit(device, envelope)
    backoffice.stop()
    backoffice.start()
    replay = backoffice.submit(device, envelope)
    assert (replay.status_code, replay.content) == (201, first.content)
