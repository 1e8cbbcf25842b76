"""A tus 1.0 client (core, creation, checksum) over ``requests``, for sealed attachment files.

One upload::

    POST   /api/v1/uploads          Upload-Length, Upload-Metadata  -> 201 Location
           (the caller saves the Location in the outbox before any byte is sent)
    PATCH  <location>               Upload-Offset, Upload-Checksum: sha1 <b64>, one chunk
    ...                             -> 204 Upload-Offset (new)
    HEAD   <location>               after any error: where the server really is

A broken PATCH costs at most the chunk in flight: the client asks the server for its offset
and goes on from there. An upload the server no longer knows (404/410) starts over. Every
request goes through the terminal's :class:`~sync.office_link.OfficeLink` (TLS, deadline,
bounded answer, the office's Retry-After pause).
"""

from __future__ import annotations

import base64
import enum
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

from contract.version import ACCEPTED_HEADER, refusal_from
from sync.bounded_http import CallCut
from sync.office_link import OfficeAnswer, OfficeLink, OfficePaused

TUS_VERSION = "1.0.0"
UPLOADS_PATH = "/api/v1/uploads"
# Checksum mismatch (tus checksum extension): the chunk was damaged on the way.
CHECKSUM_MISMATCH = 460
_AWAY_STATUSES = {429, 502, 503, 504}
_GONE_STATUSES = {404, 410}
# PATCH failures answered by HEAD-and-resume within one attempt, before giving up to backoff.
_RESUMES_PER_ATTEMPT = 3


class TusFailure(enum.Enum):
    # The backoffice is unreachable or overloaded.
    AWAY = "away"
    # 401: the backoffice answers but refuses this terminal's token (IT must enroll it again).
    REFUSED = "refused"
    # Try again later; the backoffice answers but this request failed.
    TRANSIENT = "transient"
    # The server no longer knows the upload: create a new one.
    GONE = "gone"
    # Sending it again cannot succeed (e.g. too large).
    PERMANENT = "permanent"
    # The office does not speak this terminal's protocol version: nothing wrong with the file.
    PROTOCOL = "protocol"


class TusError(Exception):
    """An upload step failed. ``str()`` is an HTTP status or exception class: no content."""

    def __init__(self, failure: TusFailure, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure


def _status_failure(status: int) -> TusFailure:
    if status == 401:
        return TusFailure.REFUSED
    if status in _AWAY_STATUSES:
        return TusFailure.AWAY
    if status in _GONE_STATUSES:
        return TusFailure.GONE
    if 400 <= status < 500 and status not in (408, 409, 425, CHECKSUM_MISMATCH):
        return TusFailure.PERMANENT
    return TusFailure.TRANSIENT


@dataclass(frozen=True)
class UploadTarget:
    """What to upload: a sealed file of ``size`` bytes, and the upload it may already have."""

    attachment_id: uuid.UUID
    path: Path
    size: int
    upload_path: str | None
    # Called with a new upload's path before its first byte is sent (save it durably).
    on_created: Callable[[str], None]
    # Called with the server's offset after each acknowledged chunk.
    on_progress: Callable[[int], None]


class TusClient:
    def __init__(self, link: OfficeLink, device_token: str, *, chunk_bytes: int) -> None:
        self._link = link
        self._token = device_token
        self._chunk = chunk_bytes

    def upload(self, target: UploadTarget) -> str:
        """Upload ``target`` to the end; returns the upload's path. Raises :class:`TusError`."""
        upload_path, offset = self._resume_or_create(target)
        resumes = 0
        with target.path.open("rb") as source:
            while offset < target.size:
                source.seek(offset)
                chunk = source.read(min(self._chunk, target.size - offset))
                try:
                    offset = self.patch(upload_path, offset, chunk)
                except TusError as error:
                    if error.failure is TusFailure.GONE:
                        upload_path, offset = self._create(target), 0
                        continue
                    if error.failure is TusFailure.PERMANENT or resumes >= _RESUMES_PER_ATTEMPT:
                        raise
                    resumes += 1
                    offset = self.offset(upload_path)  # may raise: then backoff decides
                    continue
                target.on_progress(offset)
        return upload_path

    def _resume_or_create(self, target: UploadTarget) -> tuple[str, int]:
        if target.upload_path is not None:
            try:
                return target.upload_path, self.offset(target.upload_path)
            except TusError as error:
                if error.failure is not TusFailure.GONE:
                    raise
        return self._create(target), 0

    def _create(self, target: UploadTarget) -> str:
        upload_path = self.create(target.size, target.attachment_id)
        target.on_created(upload_path)
        return upload_path

    # ---- single requests ----------------------------------------------------------------------

    def create(self, size: int, attachment_id: uuid.UUID) -> str:
        metadata = "attachment_id " + base64.b64encode(str(attachment_id).encode()).decode()
        response = self._request(
            "POST",
            UPLOADS_PATH,
            {"Upload-Length": str(size), "Upload-Metadata": metadata, "Content-Length": "0"},
        )
        location = response.headers.get("Location", "")
        if response.status_code != 201 or not location:
            raise TusError(_status_failure(response.status_code), _detail("POST", response))
        return urlsplit(location).path

    def offset(self, upload_path: str) -> int:
        response = self._request("HEAD", upload_path, {})
        if response.status_code not in (200, 204):
            raise TusError(_status_failure(response.status_code), _detail("HEAD", response))
        return _offset_header(response)

    def patch(self, upload_path: str, offset: int, chunk: bytes) -> int:
        checksum = base64.b64encode(hashlib.sha1(chunk, usedforsecurity=False).digest()).decode()
        headers = {
            "Upload-Offset": str(offset),
            "Upload-Checksum": f"sha1 {checksum}",
            "Content-Type": "application/offset+octet-stream",
        }
        response = self._request("PATCH", upload_path, headers, chunk)
        if response.status_code != 204:
            raise TusError(_status_failure(response.status_code), _detail("PATCH", response))
        return _offset_header(response)

    def _request(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None = None
    ) -> OfficeAnswer:
        try:
            response = self._link.request(
                method,
                path,
                body=body,
                headers={
                    "Authorization": f"Bearer {self._token}",
                    "Tus-Resumable": TUS_VERSION,
                    **headers,
                },
            )
        except (requests.ConnectionError, requests.Timeout, OfficePaused, CallCut) as exc:
            raise TusError(TusFailure.AWAY, f"{method} {type(exc).__name__}") from None
        except requests.RequestException as exc:
            raise TusError(TusFailure.TRANSIENT, f"{method} {type(exc).__name__}") from None
        refused = refusal_from(response.status_code, response.headers.get(ACCEPTED_HEADER))
        if refused is not None:
            raise TusError(TusFailure.PROTOCOL, refused)
        return response


def _offset_header(response: OfficeAnswer) -> int:
    try:
        return int(response.headers["Upload-Offset"])
    except (KeyError, ValueError):
        raise TusError(TusFailure.TRANSIENT, "answer without Upload-Offset") from None


def _detail(method: str, response: OfficeAnswer) -> str:
    return f"{method} HTTP {response.status_code}"
