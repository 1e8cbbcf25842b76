"""FastAPI dependencies of the office's routes: the office context and the authenticated device.

Beside the packages whose routes use them (``api``, ``fleet``, ``tus``), so none of those has
to import another for them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from backoffice.context import OfficeContext
from backoffice.gate.limits import device_of

_bearer = HTTPBearer(auto_error=False, description="Device token from enrollment")


def office(request: Request) -> OfficeContext:
    context: OfficeContext = request.app.state.office
    return context


Office = Annotated[OfficeContext, Depends(office)]


def device_id(
    request: Request,
    # Declares the scheme in the OpenAPI document; the gate has checked the token already.
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> uuid.UUID:
    # backoffice.gate looked the token up before the body was read, on every request: a revoked
    # terminal is refused from the next one on.
    device = device_of(request.scope)
    if device is None:  # a route for terminals the gate's policy does not know as one
        raise HTTPException(401, "A device token is required.", {"WWW-Authenticate": "Bearer"})
    return device


DeviceId = Annotated[uuid.UUID, Depends(device_id)]
