"""Enrollment and the device file it writes, against a scripted backoffice on loopback."""

from __future__ import annotations

import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.device import DeviceFileError, device_file, load_device, save_device
from sync.enrollment import EnrollmentError, EnrollmentReason, enroll
from tests.helpers.fake_backoffice import OFFICE_NAME, Answer, FakeBackoffice
from tests.helpers.fake_device import fake_device

TOKEN = "enroll-token-1234567890"


@pytest.fixture
def office() -> Iterator[FakeBackoffice]:
    with FakeBackoffice() as fake:
        yield fake


def test_enrollment_saves_credentials_readable_by_the_terminal_only(
    office: FakeBackoffice, tmp_path: Path
) -> None:
    device = enroll(office.url + "/", TOKEN, tmp_path / "data", "kiosk-3")

    assert load_device(tmp_path / "data") == device
    assert (device.office_name, device.backoffice_url) == (OFFICE_NAME, office.url)
    assert device.backoffice_public_key == office.public_key_b64
    assert stat.S_IMODE(device_file(tmp_path / "data").stat().st_mode) == 0o600
    # No temporary file left behind by the atomic write.
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["device.json"]
    (request,) = office.requests
    assert request.path == "/api/v1/enroll"
    assert b'"device_name":"kiosk-3"' in request.body


@pytest.mark.parametrize("status", [401, 410])
def test_a_refused_token_says_so_and_saves_nothing(
    status: int, office: FakeBackoffice, tmp_path: Path
) -> None:
    office.set_default(Answer(status=status))
    with pytest.raises(EnrollmentError) as caught:
        enroll(office.url, TOKEN, tmp_path, "kiosk-3")
    assert caught.value.reason is EnrollmentReason.TOKEN_REFUSED
    assert "new token" in str(caught.value)
    assert load_device(tmp_path) is None


@pytest.mark.parametrize(
    "answer",
    [
        Answer(status=404, body=b"<html>Not Found</html>", content_type="text/html"),
        Answer(status=200, body=b"<html>Welcome</html>", content_type="text/html"),
        Answer(
            status=201,
            body=b'{"device_id": "8a4e1f7e-54bb-4c43-9d6c-1f0b8e1c0a11", "device_token": "t",'
            b' "backoffice_public_key": "c2hvcnQ=", "office_name": "X"}',
        ),
    ],
    ids=["404 page", "web page", "short key"],
)
def test_something_else_than_a_backoffice_is_recognised(
    answer: Answer, office: FakeBackoffice, tmp_path: Path
) -> None:
    office.set_default(answer)
    with pytest.raises(EnrollmentError) as caught:
        enroll(office.url, TOKEN, tmp_path, "kiosk-3")
    assert caught.value.reason is EnrollmentReason.NOT_A_BACKOFFICE
    assert load_device(tmp_path) is None


def test_an_unreachable_backoffice_is_named(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(EnrollmentError) as caught:
        enroll(f"http://127.0.0.1:{port}", TOKEN, tmp_path, "kiosk-3")
    assert caught.value.reason is EnrollmentReason.UNREACHABLE
    assert f"127.0.0.1:{port}" in str(caught.value)


@pytest.mark.parametrize(("url", "token"), [("backoffice.local", TOKEN), ("http://x", "short")])
def test_bad_input_is_refused_before_any_request(url: str, token: str, tmp_path: Path) -> None:
    with pytest.raises(EnrollmentError) as caught:
        enroll(url, token, tmp_path, "kiosk-3")
    assert caught.value.reason is EnrollmentReason.BAD_INPUT


def test_a_terminal_without_device_file_is_not_enrolled(tmp_path: Path) -> None:
    assert load_device(tmp_path) is None


@pytest.mark.parametrize(
    ("content", "names"),
    [(b"{not json", "device.json"), (b'{"device_id": "nope"}', "device_id")],
)
def test_a_damaged_device_file_is_a_clear_error_naming_it(
    content: bytes, names: str, tmp_path: Path
) -> None:
    device, _ = fake_device()
    save_device(tmp_path, device)
    device_file(tmp_path).write_bytes(content)
    with pytest.raises(DeviceFileError) as caught:
        load_device(tmp_path)
    assert str(device_file(tmp_path)) in str(caught.value)
    assert names in str(caught.value)
    assert "kiosk enroll" in str(caught.value)
