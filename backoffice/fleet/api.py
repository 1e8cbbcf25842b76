"""Terminal-facing fleet endpoints: ``POST /api/v1/heartbeat``; and ``GET /metrics``.

``/metrics`` is open to loopback clients only, unless ``metrics_token`` is set in the settings:
then it wants ``Authorization: Bearer <token>`` from anywhere (behind a reverse proxy every
client looks like loopback, so set a token there).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backoffice.deps import DeviceId, Office
from backoffice.fleet import metrics
from backoffice.fleet.store import fleet, record_heartbeat, remote_config_for
from backoffice.problems import DEVICE_RESPONSES, problem
from backoffice.storage.models import Device
from contract.fleet import HEARTBEAT_PATH, Heartbeat, HeartbeatAnswer, SealingKey
from contract.submissions import API_PREFIX
from contract.version import (
    PROTOCOL_HEADER,
    SEALING_KEYS_SINCE,
    UNDECLARED_VERSION,
    declared_version,
)

log = logging.getLogger(__name__)

router = APIRouter(responses=DEVICE_RESPONSES)


@router.post(
    API_PREFIX + HEARTBEAT_PATH,
    response_model=HeartbeatAnswer,
    # An answer's unset fields are left out: a terminal older than a field refuses it.
    response_model_exclude_none=True,
)
def heartbeat(
    report: Heartbeat, device_id: DeviceId, context: Office, request: Request
) -> HeartbeatAnswer:
    with context.sessions() as session, session.begin():
        record_heartbeat(session, context.clock, device_id, report)
        device = session.get(Device, device_id)
        assert device is not None  # authenticated a moment ago, devices are never deleted
        remote = remote_config_for(session, device)
    sealing_key = None
    # The header was checked by the protocol middleware (backoffice.api.protocol), as on every
    # API call; it is not a documented parameter of this one.
    declared = declared_version(request.headers.get(PROTOCOL_HEADER)) or UNDECLARED_VERSION
    if declared >= SEALING_KEYS_SINCE:
        current = context.keyring.current()
        sealing_key = SealingKey(public_key=current.public_key_b64, key_id=current.key_id)
    return HeartbeatAnswer(
        received_at=context.clock.now(), remote_config=remote, sealing_key=sealing_key
    )


def _loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _allowed(request: Request, token: str) -> bool:
    if not token:
        return _loopback(request)
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.encode(), token.encode())


@router.get("/metrics", include_in_schema=False)
def prometheus_metrics(request: Request, context: Office) -> Response:
    if not _allowed(request, context.settings.metrics_token):
        return problem(
            403,
            "Metrics not allowed",
            "Ask from the backoffice host itself, or send the metrics token from the settings.",
        )
    with context.sessions() as session:
        text = metrics.render(fleet(session, context.clock.now()))
    return Response(text, media_type=metrics.CONTENT_TYPE)
