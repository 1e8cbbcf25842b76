"""Every error the API answers is a :class:`contract.submissions.ProblemDetail`, never a
stack trace.

Validation errors name the fields only: the rejected values may be personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from contract.submissions import ProblemDetail

log = logging.getLogger(__name__)

# OpenAPI ``responses=`` entries: every status a route can answer must be documented, with the
# ProblemDetail body it really carries (schemathesis holds the server to this).
OpenApiResponses = dict[int | str, dict[str, Any]]

_DESCRIPTIONS = {
    400: "Body is not JSON, or a header is malformed",
    401: "No device token, or an unknown or revoked one",
    404: "No such resource for this terminal",
    409: "Conflicts with the resource's current state",
    410: "Gone",
    412: "Precondition failed",
    413: "Too large",
    415: "Wrong content type",
    422: "Request not valid",
}


def problem_responses(*statuses: int, **descriptions: str) -> OpenApiResponses:
    """``responses=`` for these error statuses, each answered with a ProblemDetail.

    ``descriptions`` overrides the wording per status (``s409="..."``).
    """
    return {
        status: {
            "model": ProblemDetail,
            "description": descriptions.get(f"s{status}")
            or _DESCRIPTIONS.get(status)
            or HTTPStatus(status).phrase,
        }
        for status in statuses
    }


# Every route behind :data:`backoffice.api.deps.DeviceId`: the token can be missing, unknown or
# revoked (401), the body unreadable (400) or not what the contract allows (422). Routers of
# terminal-facing endpoints pass this as ``APIRouter(responses=...)``; routes add their own.
DEVICE_RESPONSES: OpenApiResponses = problem_responses(400, 401, 422)
# Endpoints open to anyone (enrollment): no token, but the same body errors.
PUBLIC_RESPONSES: OpenApiResponses = problem_responses(400, 422)


def problem(
    status: int, title: str, detail: str, headers: Mapping[str, str] | None = None
) -> Response:
    body = ProblemDetail(title=title, detail=detail, status=status)
    return JSONResponse(
        body.model_dump(),
        status_code=status,
        headers=headers,
    )


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    title = HTTPStatus(exc.status_code).phrase
    detail = exc.detail if isinstance(exc.detail, str) else title
    headers = exc.headers
    if exc.status_code == 405:
        headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
    return problem(exc.status_code, title, detail, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    # Starlette's 405 names the methods of the first route on the path only: one route per
    # method (tus has HEAD and PATCH on an upload's URL) would hide the others.
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, BaseRoute) and route.matches(request.scope)[0] is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return sorted(methods)


def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    places = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error.get("loc", ()))
        places.append(f"{location}: {error.get('msg', 'invalid')}")
    detail = "; ".join(sorted(set(places)))[:2000] or "The request is not valid."
    return problem(422, "Request not valid", detail)


def _unexpected(request: Request, exc: Exception) -> Response:
    # Type only: the message of an arbitrary exception may carry request content.
    log.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return problem(500, "Internal error", "The backoffice could not handle this request.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
