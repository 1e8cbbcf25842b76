"""``/api/v1/uploads``: the tus 1.0 server (core, creation, checksum) for terminals.

Every request but OPTIONS carries the device's bearer token; an upload belongs to the device
that created it, and to any other it does not exist (404). Errors are ProblemDetails, except
for HEAD, which has no body.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from backoffice.api.deps import DeviceId
from backoffice.api.problems import DEVICE_RESPONSES, OpenApiResponses, problem, problem_responses
from backoffice.tus.store import AppendRefusal, AppendRefusedError, UploadStore
from contract.submissions import API_PREFIX

TUS_VERSION = "1.0.0"
UPLOADS = f"{API_PREFIX}/uploads"
CHECKSUM_MISMATCH = 460
CHUNK_CONTENT_TYPE = "application/offset+octet-stream"
# Largest PATCH body: the terminal's chunk size is at most 64 MiB (config.schema.SyncSettings).
MAX_CHUNK_BYTES = 64 * 1024 * 1024
_TUS = {"Tus-Resumable": TUS_VERSION}

# What each tus request can answer besides DEVICE_RESPONSES (400, 401, 422), for the OpenAPI.
_CREATE_RESPONSES: OpenApiResponses = {
    201: {"description": "Upload created; its URL is in Location"},
    **problem_responses(412, 413, s412="Unsupported Tus-Resumable version"),
}
# HEAD answers carry no body at all (not even a ProblemDetail): only the status says it.
_OFFSET_RESPONSES: OpenApiResponses = {
    200: {"description": "Upload-Offset and Upload-Length headers say how far the upload is"},
    401: {"description": DEVICE_RESPONSES[401]["description"]},
    404: {"description": "No such upload for this terminal"},
}
_APPEND_RESPONSES: OpenApiResponses = problem_responses(
    404,
    409,
    412,
    413,
    415,
    CHECKSUM_MISMATCH,
    s409="Upload-Offset is not where the upload stands (the answer's Upload-Offset says where)",
    s412="Unsupported Tus-Resumable version",
    s413="The chunk is too large, or goes past Upload-Length",
    s415="Content-Type is not application/offset+octet-stream",
    s460="Upload-Checksum does not match the chunk: send it again",
)
# The chunk is the raw request body: FastAPI cannot describe a body it does not parse itself.
_CHUNK_BODY = {
    "requestBody": {
        "required": True,
        "content": {CHUNK_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}},
    }
}


def _tus_problem(status: int, title: str, detail: str, **headers: str) -> Response:
    return problem(status, title, detail, headers={**_TUS, **headers})


def _attachment_id(metadata: str | None) -> uuid.UUID | None:
    """The ``attachment_id`` pair of ``Upload-Metadata`` ("key b64value, key b64value")."""
    for pair in (metadata or "").split(","):
        key, _, value = pair.strip().partition(" ")
        if key == "attachment_id":
            try:
                return uuid.UUID(base64.b64decode(value, validate=True).decode("ascii"))
            except (binascii.Error, ValueError, UnicodeDecodeError):
                return None
    return None


def _sha1_checksum(header: str | None) -> bytes | None:
    algorithm, _, value = (header or "").partition(" ")
    if algorithm != "sha1":
        return None
    try:
        return base64.b64decode(value.strip(), validate=True)
    except binascii.Error:
        return None


def uploads_router(store: UploadStore, max_size: int) -> APIRouter:
    router = APIRouter(prefix=UPLOADS, tags=["uploads"], responses=DEVICE_RESPONSES)
    capabilities = {
        **_TUS,
        "Tus-Version": TUS_VERSION,
        "Tus-Extension": "creation,checksum",
        "Tus-Max-Size": str(max_size),
        "Tus-Checksum-Algorithm": "sha1",
    }

    @router.options("", include_in_schema=False)
    def options() -> Response:
        return Response(status_code=204, headers=capabilities)

    @router.post("", status_code=201, responses=_CREATE_RESPONSES)
    def create(
        device: DeviceId,
        upload_length: Annotated[int, Header(ge=1)],
        tus_resumable: Annotated[str, Header()],
        upload_metadata: Annotated[str | None, Header()] = None,
    ) -> Response:
        if tus_resumable != TUS_VERSION:
            return _tus_problem(412, "Unsupported tus version", "Use Tus-Resumable: 1.0.0.")
        if upload_length > max_size:
            return _tus_problem(413, "Upload too large", f"At most {max_size} bytes.")
        upload_id = store.create(device, upload_length, _attachment_id(upload_metadata))
        return Response(status_code=201, headers={**_TUS, "Location": f"{UPLOADS}/{upload_id}"})

    @router.head("/{upload_id}", responses=_OFFSET_RESPONSES)
    def offset(upload_id: str, device: DeviceId) -> Response:
        status = store.status(device, upload_id)
        if status is None:
            return Response(status_code=404, headers=_TUS)
        headers = {
            **_TUS,
            "Upload-Offset": str(status.offset),
            "Upload-Length": str(status.length),
            "Cache-Control": "no-store",
        }
        return Response(status_code=200, headers=headers)

    @router.patch(
        "/{upload_id}", status_code=204, responses=_APPEND_RESPONSES, openapi_extra=_CHUNK_BODY
    )
    async def append(
        upload_id: str,
        request: Request,
        device: DeviceId,
        upload_offset: Annotated[int, Header(ge=0)],
        tus_resumable: Annotated[str, Header()],
        upload_checksum: Annotated[str | None, Header()] = None,
    ) -> Response:
        if tus_resumable != TUS_VERSION:
            return _tus_problem(412, "Unsupported tus version", "Use Tus-Resumable: 1.0.0.")
        if request.headers.get("content-type") != CHUNK_CONTENT_TYPE:
            return _tus_problem(415, "Wrong content type", "Use application/offset+octet-stream.")
        length = int(request.headers.get("content-length", "0") or 0)
        if length > MAX_CHUNK_BYTES:
            return _tus_problem(413, "Chunk too large", f"At most {MAX_CHUNK_BYTES} bytes.")
        try:
            chunk = await request.body()
        except ClientDisconnect:
            # The link broke mid-chunk: nothing of it is kept; the terminal asks HEAD and resends.
            return Response(status_code=400, headers=_TUS)
        expected = _sha1_checksum(upload_checksum)
        if upload_checksum is not None and expected is None:
            return _tus_problem(400, "Checksum not supported", "Use Upload-Checksum: sha1 <b64>.")
        if expected is not None and hashlib.sha1(chunk, usedforsecurity=False).digest() != expected:
            return _tus_problem(CHECKSUM_MISMATCH, "Checksum mismatch", "Send the chunk again.")
        try:
            new_offset = await run_in_threadpool(
                store.append, device, upload_id, upload_offset, chunk
            )
        except AppendRefusedError as refusal:
            return _refused(refusal)
        return Response(status_code=204, headers={**_TUS, "Upload-Offset": str(new_offset)})

    return router


def _refused(refusal: AppendRefusedError) -> Response:
    match refusal.refusal:
        case AppendRefusal.UNKNOWN:
            return _tus_problem(404, "Unknown upload", "No such upload for this terminal.")
        case AppendRefusal.OFFSET_MISMATCH:
            return _tus_problem(
                409,
                "Offset mismatch",
                f"The upload is at offset {refusal.offset}.",
                **{"Upload-Offset": str(refusal.offset)},
            )
        case AppendRefusal.TOO_LONG:
            return _tus_problem(413, "Chunk past the end", "The chunk exceeds Upload-Length.")
