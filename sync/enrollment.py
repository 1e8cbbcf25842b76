"""``kiosk enroll``: trade IT's one-time token for this terminal's credentials.

The backoffice answers with a device id, a bearer token and its public key; they are saved to
``<data_dir>/device.json``. Every way this can fail is an :class:`EnrollmentError` with a
``reason`` and a message for IT that says what to do.

The public key is what every later submission is sealed to, so it must be the office's: the
address is ``https://`` (loopback aside) with the certificate checked as configured
(:mod:`sync.office_link`), and with ``expect_key`` the key's fingerprint must match what
``backoffice init`` printed, or nothing is saved.
"""

from __future__ import annotations

import enum
import re
from pathlib import Path

import requests
from pydantic import ValidationError

from config.office_url import InsecureOfficeUrlError
from config.schema import SyncSettings
from contract.sealing import key_fingerprint, public_key_from_b64, same_fingerprint
from contract.submissions import API_PREFIX, EnrollmentRequest, EnrollmentResponse, ProblemDetail
from contract.version import ACCEPTED_HEADER, refusal_from
from sync.bounded_http import AnswerTooLarge, AnswerTooSlow
from sync.device import DeviceCredentials, save_device
from sync.office_link import OfficeAnswer, OfficeLink
from sync.submit import Clock, utc_now

# An enrollment answer is a few hundred bytes.
_MAX_ANSWER_BYTES = 64 * 1024


class EnrollmentReason(enum.Enum):
    BAD_INPUT = enum.auto()
    UNREACHABLE = enum.auto()
    TOKEN_REFUSED = enum.auto()
    NOT_A_BACKOFFICE = enum.auto()
    BACKOFFICE_ERROR = enum.auto()
    STORAGE_FAILED = enum.auto()
    # The TLS certificate cannot be verified with the configured trust.
    NOT_TRUSTED = enum.auto()
    # The office's key is not the one IT expected (--expect-key).
    KEY_MISMATCH = enum.auto()
    PROTOCOL_REFUSED = enum.auto()


class EnrollmentError(Exception):
    def __init__(self, reason: EnrollmentReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _link(url: str, settings: SyncSettings, ca_file: Path | None) -> OfficeLink:
    try:
        return OfficeLink(url, settings, ca_file=ca_file)
    except InsecureOfficeUrlError as exc:
        raise EnrollmentError(EnrollmentReason.BAD_INPUT, str(exc)) from None


def _tls_reason(exc: requests.exceptions.SSLError) -> str:
    found = re.search(r"certificate verify failed: ([^(]+)", str(exc))
    return found[1].strip() if found else type(exc).__name__


def _unreachable(
    url: str, exc: requests.RequestException, settings: SyncSettings
) -> EnrollmentError:
    if isinstance(exc, requests.exceptions.SSLError):
        return EnrollmentError(
            EnrollmentReason.NOT_TRUSTED,
            f"cannot verify the TLS certificate of {url} ({_tls_reason(exc)}): set "
            "[backoffice] ca_file to the office's CA file, or install that CA on this machine",
        )
    if isinstance(exc, AnswerTooSlow):
        return EnrollmentError(
            EnrollmentReason.UNREACHABLE,
            f"{url} did not answer within {settings.request_deadline_seconds:.0f} s; "
            "check the address and the network",
        )
    if isinstance(exc, AnswerTooLarge):
        return EnrollmentError(
            EnrollmentReason.NOT_A_BACKOFFICE,
            f"{url} answered with far more data than a backoffice sends: is this its address?",
        )
    return EnrollmentError(
        EnrollmentReason.UNREACHABLE,
        f"cannot reach {url} ({type(exc).__name__}); check the address and the network",
    )


def _refusal(url: str, response: OfficeAnswer) -> EnrollmentError:
    status = response.status_code
    protocol = refusal_from(status, response.headers.get(ACCEPTED_HEADER))
    if protocol is not None:
        return EnrollmentError(EnrollmentReason.PROTOCOL_REFUSED, f"{url}: {protocol}")
    try:
        problem = ProblemDetail.model_validate_json(response.content)
    except ValidationError:
        return EnrollmentError(
            EnrollmentReason.NOT_A_BACKOFFICE,
            f"{url} answered HTTP {status} without a Bürgerterminal problem report: "
            "is this the backoffice's address?",
        )
    if status in (401, 403, 410):
        return EnrollmentError(
            EnrollmentReason.TOKEN_REFUSED,
            f"the backoffice refused the token: {problem.title} ({problem.detail}). "
            "Ask for a new token with 'backoffice enrollment-token'.",
        )
    if status >= 500:
        return EnrollmentError(
            EnrollmentReason.BACKOFFICE_ERROR,
            f"the backoffice failed (HTTP {status}: {problem.title}); try again later",
        )
    return EnrollmentError(
        EnrollmentReason.TOKEN_REFUSED,
        f"the backoffice refused the enrollment (HTTP {status}: {problem.title}: {problem.detail})",
    )


def _credentials(
    url: str, response: OfficeAnswer, clock: Clock, expect_key: str | None
) -> DeviceCredentials:
    not_ours = EnrollmentError(
        EnrollmentReason.NOT_A_BACKOFFICE,
        f"{url} answered, but not like a Bürgerterminal backoffice: is this its address?",
    )
    try:
        answer = EnrollmentResponse.model_validate_json(response.content)
        public_key_from_b64(answer.backoffice_public_key)
    except (ValidationError, ValueError):
        raise not_ours from None
    fingerprint = key_fingerprint(answer.backoffice_public_key)
    if expect_key is not None and not same_fingerprint(expect_key, fingerprint):
        raise EnrollmentError(
            EnrollmentReason.KEY_MISMATCH,
            f"the backoffice at {url} has the key {fingerprint}, not the expected {expect_key}: "
            "nothing was saved. Compare with what 'backoffice init' printed; if they differ, "
            "someone may be between this terminal and the office",
        )
    return DeviceCredentials(
        device_id=answer.device_id,
        device_token=answer.device_token,
        backoffice_url=url.rstrip("/"),
        backoffice_public_key=answer.backoffice_public_key,
        office_name=answer.office_name,
        enrolled_at=clock(),
    )


def enroll(
    url: str,
    token: str,
    data_dir: Path,
    device_name: str = "terminal",
    *,
    settings: SyncSettings | None = None,
    ca_file: Path | None = None,
    expect_key: str | None = None,
    clock: Clock = utc_now,
) -> DeviceCredentials:
    """Enroll at the backoffice at ``url`` and save the credentials in ``data_dir``.

    ``settings`` give the timeouts and deadline; ``ca_file`` pins the office's CA;
    ``expect_key`` is the key fingerprint IT expects (``backoffice init`` printed it)."""
    sync_settings = settings or SyncSettings()
    link = _link(url, sync_settings, ca_file)
    try:
        request = EnrollmentRequest(token=token.strip(), device_name=device_name)
    except ValidationError:
        raise EnrollmentError(
            EnrollmentReason.BAD_INPUT,
            "the token or device name is not valid (token: 8 to 200 characters, "
            "name: 1 to 100 characters)",
        ) from None
    try:
        response = link.request(
            "POST",
            f"{API_PREFIX}/enroll",
            body=request.model_dump_json().encode("utf-8"),
            headers={"Content-Type": "application/json"},
            max_answer_bytes=_MAX_ANSWER_BYTES,
        )
    except requests.RequestException as exc:
        raise _unreachable(url, exc, sync_settings) from None
    finally:
        link.close()
    if response.status_code not in (200, 201):
        raise _refusal(url, response)
    credentials = _credentials(url, response, clock, expect_key)
    try:
        credentials = save_device(data_dir, credentials)
    except OSError as exc:
        raise EnrollmentError(
            EnrollmentReason.STORAGE_FAILED,
            f"enrolled, but cannot save the credentials in {data_dir} ({exc.strerror}); "
            "ask for a new token and try again",
        ) from None
    return credentials
