"""A revoked terminal is refused at once, with a problem that says so (not "unknown")."""

from __future__ import annotations

from fastapi import HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.storage.models import Device
from backoffice.tokens import token_hash

REVOKED_DETAIL = "This terminal's credentials were revoked by IT; enroll it again with a new token."


def authenticated_device(session: Session, bearer_token: str) -> Device:
    """The active device holding this token; raises 401 for unknown and for revoked ones."""
    device = session.scalar(select(Device).where(Device.token_sha256 == token_hash(bearer_token)))
    if device is None:
        raise HTTPException(401, "Unknown device token.", {"WWW-Authenticate": "Bearer"})
    if device.revoked_at is not None:
        raise HTTPException(
            401, REVOKED_DETAIL, {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )
    return device
