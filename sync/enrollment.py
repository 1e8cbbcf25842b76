"""``kiosk enroll``: trade IT's one-time token for this terminal's credentials.

The backoffice answers with a device id, a bearer token and its public key; they are saved to
``<data_dir>/device.json``. Every way this can fail is an :class:`EnrollmentError` with a
``reason`` and a message for IT that says what to do.
"""

from __future__ import annotations

import enum
from pathlib import Path
from urllib.parse import urlsplit

import requests
from pydantic import ValidationError

from contract.sealing import public_key_from_b64
from contract.submissions import API_PREFIX, EnrollmentRequest, EnrollmentResponse, ProblemDetail
from contract.version import ACCEPTED_HEADER, protocol_headers, refusal_from
from sync.device import DeviceCredentials, save_device
from sync.office_tls import office_session
from sync.submit import Clock, utc_now

DEFAULT_TIMEOUTS = (5.0, 30.0)


class EnrollmentReason(enum.Enum):
    BAD_INPUT = enum.auto()
    UNREACHABLE = enum.auto()
    TOKEN_REFUSED = enum.auto()
    NOT_A_BACKOFFICE = enum.auto()
    BACKOFFICE_ERROR = enum.auto()
    PROTOCOL_REFUSED = enum.auto()
    STORAGE_FAILED = enum.auto()


class EnrollmentError(Exception):
    def __init__(self, reason: EnrollmentReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _endpoint(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EnrollmentError(
            EnrollmentReason.BAD_INPUT, f"{url!r} is not a URL like https://backoffice.example"
        )
    return f"{url.rstrip('/')}{API_PREFIX}/enroll"


def _refusal(url: str, response: requests.Response) -> EnrollmentError:
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


def _credentials(url: str, response: requests.Response, clock: Clock) -> DeviceCredentials:
    not_ours = EnrollmentError(
        EnrollmentReason.NOT_A_BACKOFFICE,
        f"{url} answered, but not like a Bürgerterminal backoffice: is this its address?",
    )
    try:
        answer = EnrollmentResponse.model_validate_json(response.content)
        public_key_from_b64(answer.backoffice_public_key)
    except (ValidationError, ValueError):
        raise not_ours from None
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
    session: requests.Session | None = None,
    ca_file: Path | None = None,
    timeouts: tuple[float, float] = DEFAULT_TIMEOUTS,
    clock: Clock = utc_now,
) -> DeviceCredentials:
    """Enroll at the backoffice at ``url`` and save the credentials in ``data_dir``.

    Without a ``session`` of its own, it trusts ``ca_file`` (the office's CA) for HTTPS."""
    endpoint = _endpoint(url)
    try:
        request = EnrollmentRequest(token=token.strip(), device_name=device_name)
    except ValidationError:
        raise EnrollmentError(
            EnrollmentReason.BAD_INPUT,
            "the token or device name is not valid (token: 8 to 200 characters, "
            "name: 1 to 100 characters)",
        ) from None
    http = session or office_session(ca_file)
    try:
        response = http.post(
            endpoint,
            data=request.model_dump_json().encode("utf-8"),
            headers={"Content-Type": "application/json", **protocol_headers()},
            timeout=timeouts,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        raise EnrollmentError(
            EnrollmentReason.UNREACHABLE,
            f"cannot reach {url} ({type(exc).__name__}); check the address and the network",
        ) from None
    finally:
        if session is None:
            http.close()
    if response.status_code not in (200, 201):
        raise _refusal(url, response)
    credentials = _credentials(url, response, clock)
    try:
        save_device(data_dir, credentials)
    except OSError as exc:
        raise EnrollmentError(
            EnrollmentReason.STORAGE_FAILED,
            f"enrolled, but cannot save the credentials in {data_dir} ({exc.strerror}); "
            "ask for a new token and try again",
        ) from None
    return credentials
