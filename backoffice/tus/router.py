"""``/api/v1/uploads``: the tus 1.0 server (core, creation, checksum) for terminals, and for
any standard tus client with its default settings.

Every request but OPTIONS carries the device's bearer token (the gate checks it before a byte
is read); an upload belongs to the device that created it, and to any other it does not exist
(404). Errors are ProblemDetails, except for HEAD, which has no body. What every answer here
carries (``Tus-Resumable``) and the 412 for other versions: :mod:`backoffice.tus.protocol`.

A PATCH may carry the whole rest of an upload (tus has no per-request cap): its body is
streamed into a file as it arrives (:mod:`backoffice.tus.chunks`), never past the upload's
``Upload-Length``, and what arrived before a dropped connection is kept.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from backoffice.deps import DeviceId
from backoffice.problems import DEVICE_RESPONSES, OpenApiResponses, problem, problem_responses
from backoffice.tus.chunks import ChunkWriter
from backoffice.tus.protocol import TUS_VERSION, UPLOADS, MetadataError, checked_metadata
from backoffice.tus.store import AppendRefusal, AppendRefusedError, UploadStore
from contract.bounds import MAX_STORED_INT

CHECKSUM_MISMATCH = 460
CHUNK_CONTENT_TYPE = "application/offset+octet-stream"
# A PATCH's bytes go to disk a MiB at a time.
FLUSH_BYTES = 1024 * 1024

# What each tus request can answer besides DEVICE_RESPONSES (400, 401, 422), for the OpenAPI.
_CREATE_RESPONSES: OpenApiResponses = {
    201: {"description": "Upload created; its URL is in Location"},
    **problem_responses(412, 413, s412="Unsupported or missing Tus-Resumable"),
}
# HEAD answers carry no body at all (not even a ProblemDetail): only the status says it.
_OFFSET_RESPONSES: OpenApiResponses = {
    200: {"description": "Upload-Offset and Upload-Length headers say how far the upload is"},
    401: {"description": DEVICE_RESPONSES[401]["description"]},
    404: {"description": "No such upload for this terminal"},
    412: {"description": "Unsupported or missing Tus-Resumable"},
}
_APPEND_RESPONSES: OpenApiResponses = problem_responses(
    404,
    409,
    412,
    413,
    415,
    CHECKSUM_MISMATCH,
    s409="Upload-Offset is not where the upload stands (the answer's Upload-Offset says where)",
    s412="Unsupported or missing Tus-Resumable",
    s413="The chunk goes past Upload-Length",
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
    return problem(status, title, detail, headers=headers)


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
        "Tus-Version": TUS_VERSION,
        "Tus-Extension": "creation,checksum",
        "Tus-Max-Size": str(max_size),
        "Tus-Checksum-Algorithm": "sha1",
    }

    @router.options("", include_in_schema=False)
    def options() -> Response:
        return Response(status_code=204, headers=capabilities)

    @router.post("", status_code=201, response_class=Response, responses=_CREATE_RESPONSES)
    def create(
        device: DeviceId,
        upload_length: Annotated[int, Header(ge=0, le=MAX_STORED_INT)],
        upload_metadata: Annotated[str | None, Header()] = None,
    ) -> Response:
        if upload_length > max_size:
            return _tus_problem(413, "Upload too large", f"At most {max_size} bytes.")
        try:
            metadata = None if upload_metadata is None else checked_metadata(upload_metadata)
        except MetadataError as refused:
            return _tus_problem(400, "Upload-Metadata not valid", f"Upload-Metadata: {refused}.")
        upload_id = store.create(device, upload_length, _attachment_id(metadata), metadata)
        return Response(status_code=201, headers={"Location": f"{UPLOADS}/{upload_id}"})

    @router.head("/{upload_id}", response_class=Response, responses=_OFFSET_RESPONSES)
    def offset(upload_id: str, device: DeviceId) -> Response:
        status = store.status(device, upload_id)
        if status is None:
            return Response(status_code=404, headers={"Cache-Control": "no-store"})
        headers = {
            "Upload-Offset": str(status.offset),
            "Upload-Length": str(status.length),
            "Cache-Control": "no-store",
        }
        if status.metadata is not None:
            headers["Upload-Metadata"] = status.metadata
        return Response(status_code=200, headers=headers)

    @router.patch(
        "/{upload_id}", status_code=204, responses=_APPEND_RESPONSES, openapi_extra=_CHUNK_BODY
    )
    async def append(
        upload_id: str,
        request: Request,
        device: DeviceId,
        upload_offset: Annotated[int, Header(ge=0, le=MAX_STORED_INT)],
        upload_checksum: Annotated[str | None, Header()] = None,
    ) -> Response:
        if request.headers.get("content-type") != CHUNK_CONTENT_TYPE:
            return _tus_problem(415, "Wrong content type", "Use application/offset+octet-stream.")
        expected = _sha1_checksum(upload_checksum)
        if upload_checksum is not None and expected is None:
            return _tus_problem(400, "Checksum not supported", "Use Upload-Checksum: sha1 <b64>.")
        try:
            writer = await run_in_threadpool(store.begin, device, upload_id, upload_offset)
        except AppendRefusedError as refusal:
            return _refused(refusal)
        received, digest = await _receive(request, writer)
        if received is _Received.TOO_LONG:
            await run_in_threadpool(writer.discard)
            return _tus_problem(413, "Chunk past the end", "The chunk exceeds Upload-Length.")
        if expected is not None and (received is _Received.CUT or digest != expected):
            # tus: a chunk whose checksum fails (or cannot be checked) is not kept.
            await run_in_threadpool(writer.discard)
            return _tus_problem(CHECKSUM_MISMATCH, "Checksum mismatch", "Send the chunk again.")
        try:
            new_offset = await run_in_threadpool(store.commit, device, writer)
        except AppendRefusedError as refusal:
            return _refused(refusal)
        return Response(status_code=204, headers={"Upload-Offset": str(new_offset)})

    return router


class _Received(enum.Enum):
    WHOLE = "whole"
    CUT = "cut"  # the client went away (or the gate ended a stalled body): keep what came
    TOO_LONG = "too_long"


async def _receive(request: Request, writer: ChunkWriter) -> tuple[_Received, bytes]:
    """Streams the body into ``writer``, a MiB at a time (never more in memory); returns how
    it ended and the SHA-1 of what came (for Upload-Checksum)."""
    digest = hashlib.sha1(usedforsecurity=False)
    if int(request.headers.get("content-length", "0") or 0) > writer.room:
        return _Received.TOO_LONG, b""
    pending = bytearray()
    outcome = _Received.WHOLE
    try:
        async for piece in request.stream():
            if len(pending) + len(piece) > writer.room:
                return _Received.TOO_LONG, b""
            pending += piece
            digest.update(piece)
            if len(pending) >= FLUSH_BYTES:
                await run_in_threadpool(writer.write, bytes(pending))
                pending.clear()
    except ClientDisconnect:
        outcome = _Received.CUT
    if pending:
        await run_in_threadpool(writer.write, bytes(pending))
    return outcome, digest.digest()


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
