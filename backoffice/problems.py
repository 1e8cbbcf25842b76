"""Every error the API answers is a :class:`contract.submissions.ProblemDetail`, never a
stack trace.

Validation errors name the fields only: the rejected values may be personal data.

The gate's refusals and every package's routes answer with these bodies; ``backoffice.api``
installs the handlers that turn FastAPI's own errors into them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from contract.bounds import field_problems
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


# Every route behind :data:`backoffice.deps.DeviceId`: the token can be missing, unknown or
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


# Registered by the console (app.state.not_found_page): staff who follow a wrong link get a
# page in the console's look, not JSON.
NotFoundPage = Callable[[Request], Response]


def _not_found(request: Request) -> Response:
    page: NotFoundPage | None = getattr(request.app.state, "not_found_page", None)
    if page is not None and request.url.path.startswith("/console"):
        return page(request)
    return problem(404, "Not Found", "No such resource.")


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404 and exc.detail == HTTPStatus.NOT_FOUND.phrase:  # no such route
        return _not_found(request)
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
    errors = exc.errors()
    if errors and all(tuple(error.get("loc", ()))[:1] == ("path",) for error in errors):
        # An id that cannot exist (not a number, beyond the column's range) names nothing.
        return _not_found(request)
    # Names and reasons only (contract.bounds.field_problems): the values may be personal data.
    detail = "; ".join(field_problems(errors))[:2000] or "The request is not valid."
    return problem(422, "Request not valid", detail)


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    # Every other error ends in backoffice.gate.records: request id and type, never values.
