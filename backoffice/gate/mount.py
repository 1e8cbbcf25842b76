"""Puts the gate's middlewares around the office's app, with the office's real credentials."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from fastapi import FastAPI

from backoffice.console.ended_sessions import console_sessions
from backoffice.console.signed_in import signed_in_staff
from backoffice.context import OfficeContext
from backoffice.fleet.revocation import authenticated_device
from backoffice.gate.headers import SecurityHeaders
from backoffice.gate.limits import Credentials, RequestGate
from backoffice.gate.policy import PolicyTable, office_policies
from backoffice.gate.records import RequestRecords


def office_credentials(context: OfficeContext) -> Credentials:
    signer, _ = console_sessions(context)

    def device(token: str) -> uuid.UUID:
        with context.sessions() as session:
            return authenticated_device(session, token).id

    def staff(cookies: Mapping[str, str]) -> bool:
        return signed_in_staff(signer, context.sessions, cookies) is not None

    return Credentials(device=device, staff=staff)


def add_gate_inside(app: FastAPI, context: OfficeContext) -> None:
    """The gate itself: add it before (inside) the protocol check."""
    table = PolicyTable(office_policies(context.settings.upload_max_bytes))
    app.add_middleware(
        RequestGate,
        table=table,
        credentials=office_credentials(context),
        idle_seconds=context.settings.body_idle_seconds,
    )


def add_records_outside(app: FastAPI) -> None:
    """Headers and request records: add them last, so they wrap everything else."""
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestRecords)
