"""The gate (:mod:`backoffice.gate`) as this office runs it: its entries in the route table, its
real credentials, and its middlewares around the office's app.

Here and not in the gate, because it names the office's routes (tus's among them) and asks the
console and the fleet who is signed in and which terminal is revoked: the gate stays a
mechanism the features build on.

Why these sizes (docs/security.md has the full list):

- a submission envelope carries the sealed payload as base64 of at most 2,000,000 characters
  (``contract.submissions``) plus ids: 2,100,000 bytes is enough and not much more;
- a heartbeat is a few hundred bytes of figures: 16 KiB;
- enrollment and the login form are a token or two names and a password: 4 and 8 KiB;
- a tus chunk may be as large as the whole upload (tus has no per-request cap): the office's
  ``upload_max_bytes`` (``Tus-Max-Size``); it is streamed to disk, never held in memory;
- console forms are ids and short texts (the fleet's remote config text is the largest, 20,000
  characters): 64 KiB, the gate's :data:`~backoffice.gate.policy.DEFAULT_BODY`.
"""

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
from backoffice.gate.policy import KIB, Access, PolicyTable, RoutePolicy
from backoffice.gate.records import RequestRecords
from backoffice.tus.protocol import UPLOADS
from contract.submissions import API_PREFIX

ENVELOPE_BODY = 2_100_000
HEARTBEAT_BODY = 16 * KIB
ENROLLMENT_BODY = 4 * KIB
LOGIN_BODY = 8 * KIB


def office_policies(upload_max_bytes: int) -> dict[tuple[str, str], RoutePolicy]:
    """The deliberate entries; ``upload_max_bytes`` is the office's ``Tus-Max-Size``."""
    device = Access.DEVICE
    return {
        ("GET", f"{API_PREFIX}/health"): RoutePolicy(Access.ANYONE, 0),
        ("POST", f"{API_PREFIX}/enroll"): RoutePolicy(Access.ANYONE, ENROLLMENT_BODY),
        ("POST", f"{API_PREFIX}/submissions"): RoutePolicy(device, ENVELOPE_BODY),
        ("POST", f"{API_PREFIX}/heartbeat"): RoutePolicy(device, HEARTBEAT_BODY),
        # tus: discovery needs no token (the protocol says so); a creation has no body.
        ("OPTIONS", UPLOADS): RoutePolicy(Access.ANYONE, 0),
        ("POST", UPLOADS): RoutePolicy(device, 0),
        ("HEAD", UPLOADS + "/{upload_id}"): RoutePolicy(device, 0),
        ("PATCH", UPLOADS + "/{upload_id}"): RoutePolicy(device, upload_max_bytes),
        ("POST", "/console/login"): RoutePolicy(Access.ANYONE, LOGIN_BODY),
    }


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
