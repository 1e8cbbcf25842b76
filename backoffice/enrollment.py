"""Enrollment: IT issues a single-use token, a terminal trades it for a device credential."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backoffice.clock import Clock
from backoffice.storage.models import Device, EnrollmentToken
from backoffice.tokens import new_token, token_hash
from contract.submissions import EnrollmentRequest

log = logging.getLogger(__name__)


class EnrollmentRefusedError(Exception):
    """The token is unknown (401), or used or expired (410)."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail


@dataclass(frozen=True)
class Enrolled:
    device_id: uuid.UUID
    device_token: str


def issue_token(session: Session, clock: Clock, location: str, hours: int) -> str:
    token = new_token()
    now = clock.now()
    session.add(
        EnrollmentToken(
            token_sha256=token_hash(token),
            location=location,
            created_at=now,
            expires_at=now + dt.timedelta(hours=hours),
        )
    )
    return token


def enroll(session: Session, clock: Clock, request: EnrollmentRequest) -> Enrolled:
    record = session.scalar(
        select(EnrollmentToken).where(EnrollmentToken.token_sha256 == token_hash(request.token))
    )
    if record is None:
        raise EnrollmentRefusedError(
            401, "Unknown enrollment token", "This token was never issued."
        )
    now = clock.now()
    if record.used_at is not None:
        raise EnrollmentRefusedError(410, "Enrollment token used", "This token was already used.")
    if record.expires_at <= now:
        raise EnrollmentRefusedError(410, "Enrollment token expired", "Ask IT for a new token.")
    device_token = new_token()
    device = Device(
        id=uuid.uuid4(),
        name=request.device_name,
        location=record.location,
        token_sha256=token_hash(device_token),
        enrolled_at=now,
    )
    session.add(device)
    session.flush()
    # Conditional update: of two concurrent enrollments with one token, exactly one wins.
    claimed = session.execute(
        update(EnrollmentToken)
        .where(EnrollmentToken.id == record.id, EnrollmentToken.used_at.is_(None))
        .values(used_at=now, device_id=device.id)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise EnrollmentRefusedError(410, "Enrollment token used", "This token was already used.")
    log.info("device %s enrolled with token #%d", device.id, record.id)
    return Enrolled(device_id=device.id, device_token=device_token)


def authenticate_device(session: Session, bearer_token: str) -> Device | None:
    """The active device holding this token, or ``None`` (unknown or revoked)."""
    device = session.scalar(select(Device).where(Device.token_sha256 == token_hash(bearer_token)))
    if device is None or device.revoked_at is not None:
        return None
    return device
