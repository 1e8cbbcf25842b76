"""Every error the API answers is a :class:`sync.wire.ProblemDetail`, never a stack trace.

Validation errors name the fields only: the rejected values may be personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.wire import ProblemDetail

log = logging.getLogger(__name__)

PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    422: {"model": ProblemDetail, "description": "Request not valid"},
}


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
    return problem(exc.status_code, title, detail, headers=exc.headers)


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
