"""FastAPI dependencies: the office context and the authenticated device."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from backoffice.context import OfficeContext
from backoffice.fleet.revocation import authenticated_device

_bearer = HTTPBearer(auto_error=False, description="Device token from enrollment")


def office(request: Request) -> OfficeContext:
    context: OfficeContext = request.app.state.office
    return context


Office = Annotated[OfficeContext, Depends(office)]


def device_id(
    context: Office,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> uuid.UUID:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "A device token is required.", {"WWW-Authenticate": "Bearer"})
    with context.sessions() as session:
        # Looked up on every request: a revoked terminal is refused from the next one on.
        device = authenticated_device(session, credentials.credentials)
    return device.id


DeviceId = Annotated[uuid.UUID, Depends(device_id)]
