"""Small rules of the terminal's link to its office: which addresses, which pauses, which key."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from nacl.public import PrivateKey

from config.office_url import InsecureOfficeUrlError, require_secure_office_url
from contract.sealing import key_fingerprint, key_id, public_key_from_b64, same_fingerprint
from sync.office_pause import MAX_PAUSE_SECONDS, OfficePause, retry_after_seconds
from tests.helpers.fake_clock import FakeClock

NOW = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "url",
    [
        "https://office.example/bt",
        "http://127.0.0.1:8470",
        "http://127.8.9.1",
        "http://localhost:8470",
        "http://[::1]:8470",
    ],
)
def test_tls_or_loopback_is_allowed(url: str) -> None:
    assert require_secure_office_url(url) == url


@pytest.mark.parametrize(
    "url",
    ["http://office.example", "http://10.0.0.5:8470", "http://localhost.evil.example", "ftp://x"],
)
def test_anything_else_is_refused_in_one_line(url: str) -> None:
    with pytest.raises(InsecureOfficeUrlError) as refused:
        require_secure_office_url(url)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "120"}, 120.0),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "99999999999999"}, MAX_PAUSE_SECONDS),
        # An HTTP date is measured against the answer's own Date, not the terminal's clock.
        (
            {
                "Retry-After": "Mon, 07 Dec 2026 09:02:00 GMT",
                "Date": "Mon, 07 Dec 2026 09:00:00 GMT",
            },
            120.0,
        ),
        ({"Retry-After": "Mon, 07 Dec 2026 10:01:00 GMT"}, 60.0),  # no Date: our clock
        ({"Retry-After": "Mon, 07 Dec 2026 09:00:00 GMT"}, 0.0),  # already past
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(
    headers: dict[str, str], seconds: float | None
) -> None:
    assert retry_after_seconds(headers, NOW) == seconds


def test_a_pause_runs_on_the_monotonic_clock_and_only_for_429_and_503() -> None:
    clock = FakeClock()
    pause = OfficePause(clock.monotonic)
    pause.consider(500, {"Retry-After": "30"}, NOW)
    assert pause.remaining() == 0
    pause.consider(503, {"Retry-After": "30"}, NOW)
    clock.jump(-7200)  # the wall clock set back: the pause is as long as it was
    assert pause.remaining() == 30
    pause.consider(429, {"Retry-After": "5"}, NOW)  # a shorter one does not shorten it
    clock.advance(29.5)
    assert pause.remaining() == pytest.approx(0.5)
    clock.advance(1)
    assert pause.remaining() == 0


def test_the_fingerprint_starts_with_the_key_id_and_is_typed_loosely() -> None:
    public = base64.b64encode(bytes(PrivateKey.generate().public_key)).decode()
    fingerprint = key_fingerprint(public)
    assert len(fingerprint.replace("-", "")) == 32
    assert fingerprint.replace("-", "").startswith(key_id(public_key_from_b64(public)))
    assert same_fingerprint(fingerprint.upper().replace("-", " "), fingerprint)
    assert same_fingerprint(fingerprint.replace("-", ":"), fingerprint)
    assert not same_fingerprint(fingerprint[:-1] + "x", fingerprint)
