"""The tus 1.0 rules every answer under ``/api/v1/uploads`` keeps, whoever gives it (a route,
the gate's 401, FastAPI's 422), and the ``Upload-Metadata`` header's form.

- ``Tus-Resumable: 1.0.0`` on every response;
- a request other than OPTIONS whose ``Tus-Resumable`` is missing or another version gets 412
  with ``Tus-Version``, and is not processed;
- ``X-HTTP-Method-Override`` is the request's method (for clients that cannot send PATCH); this
  runs before the gate, so the gate applies the overriding method's limits.
"""

from __future__ import annotations

import base64
import binascii
import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backoffice.problems import problem
from backoffice.storage.upload_models import METADATA_MAX_LENGTH
from contract.submissions import API_PREFIX

TUS_VERSION = "1.0.0"
UPLOADS = f"{API_PREFIX}/uploads"
_METHOD = re.compile(r"^[A-Z]{3,10}$")
_KEY = re.compile(r"^[!-+\--~]{1,100}$")  # printable ASCII without space and comma


class MetadataError(ValueError):
    """``Upload-Metadata`` not in tus's form; ``str()`` says how (no value)."""


def checked_metadata(header: str) -> str:
    """``Upload-Metadata`` as tus defines it (unique keys, base64 values), at most 4 KiB;
    returned with the spaces around pairs removed."""
    if len(header) > METADATA_MAX_LENGTH:
        raise MetadataError(f"longer than {METADATA_MAX_LENGTH} characters")
    pairs, keys = [], set()
    for pair in header.split(","):
        key, _, value = pair.strip().partition(" ")
        if not _KEY.match(key) or key in keys:
            raise MetadataError("a key is empty, repeated or not printable ASCII")
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise MetadataError(f"the value of {key!r} is not Base64") from None
        keys.add(key)
        pairs.append(f"{key} {value}" if value else key)
    return ",".join(pairs)


class TusProtocol:
    """ASGI middleware for the uploads' paths; see the module docstring."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == UPLOADS or path.startswith(UPLOADS + "/")):
            await self._app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        override = headers.get("x-http-method-override", "").strip().upper()
        if override and _METHOD.match(override):
            scope = {**scope, "method": override}

        async def send_tus(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer = MutableHeaders(scope=message)
                answer.setdefault("Tus-Resumable", TUS_VERSION)
                if message["status"] == 412:
                    answer.setdefault("Tus-Version", TUS_VERSION)
            await send(message)

        if scope["method"] != "OPTIONS" and headers.get("tus-resumable") != TUS_VERSION:
            refusal = problem(
                412,
                "Unsupported tus version",
                f"Send Tus-Resumable: {TUS_VERSION}; this server speaks tus {TUS_VERSION}.",
                {"Tus-Version": TUS_VERSION},
            )
            await refusal(scope, receive, send_tus)
            return
        await self._app(scope, receive, send_tus)
