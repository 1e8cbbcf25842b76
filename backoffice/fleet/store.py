"""Heartbeats, revocations and remote config overrides in the database."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.clock import Clock
from backoffice.damage import Damaged, or_damaged, rows_or_damaged
from backoffice.fleet.status import Assessment, StatusClass, assess
from backoffice.storage.fleet_models import ConfigOverride, DeviceHealth, OverrideScope
from backoffice.storage.models import Device
from config.overrides import merge, overrides_sha256, parse_override_text
from contract.fleet import Heartbeat, RemoteConfig

log = logging.getLogger(__name__)


class FleetError(Exception):
    """IT asked for something that cannot be done. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class TerminalView:
    """One row of the fleet page. No personal data: names are the terminals' own."""

    device: Device
    report: Heartbeat | None
    last_seen: dt.datetime | None
    status_since: dt.datetime | None
    assessment: Assessment

    @property
    def status(self) -> StatusClass:
        return self.assessment.status

    @property
    def since(self) -> dt.datetime | None:
        """Since when the status holds: revoked at, last seen (offline), or first seen so."""
        if self.status is StatusClass.REVOKED:
            return self.device.revoked_at
        if self.status is StatusClass.OFFLINE:
            return self.last_seen
        if self.status is StatusClass.NEW:
            return self.device.enrolled_at
        return self.status_since


KIND = "terminal"


def _report(health: DeviceHealth | None) -> Heartbeat | None:
    """The stored heartbeat, checked again: one stored before the contract's bounds (or
    edited by hand) raises, and its terminal is shown as damaged."""
    return None if health is None else Heartbeat.model_validate(health.report)


def record_heartbeat(
    session: Session, clock: Clock, device_id: uuid.UUID, heartbeat: Heartbeat
) -> StatusClass:
    now = clock.now()
    # The terminal's row is locked first: two nodes taking its first heartbeats at once (a retry
    # crossing the original) would otherwise both insert its health row, and one would fail.
    # On PostgreSQL the second waits here, then finds the row; SQLite has one writer anyway.
    # FOR NO KEY UPDATE: heartbeats wait for each other, a submission naming the row does not.
    device = session.get(Device, device_id, with_for_update={"key_share": True})
    revoked_at = None if device is None else device.revoked_at
    status = assess(heartbeat, now, revoked_at, now).status
    health = session.get(DeviceHealth, device_id)
    if health is None:
        health = DeviceHealth(device_id=device_id, status_since=now, status=status.value)
        session.add(health)
    elif health.status != status.value:
        log.info("terminal %s: %s -> %s", device_id, health.status, status.value)
        health.status = status.value
        health.status_since = now
    health.received_at = now
    health.report = heartbeat.model_dump(mode="json")
    return status


def fleet(session: Session, now: dt.datetime) -> list[TerminalView]:
    """Every terminal's view; one whose records cannot be read is shown as damaged."""
    devices = rows_or_damaged(
        session, select(Device).order_by(Device.location, Device.name), Device, KIND
    )
    healths = {
        health.device_id if isinstance(health, DeviceHealth) else health.record_id: health
        for health in rows_or_damaged(
            session, select(DeviceHealth), DeviceHealth, KIND, key=DeviceHealth.device_id
        )
    }
    views = []
    for device in devices:
        if isinstance(device, Damaged):
            continue  # not even its name can be read: the log line is all IT can get
        health = healths.get(device.id) or healths.get(str(device.id))
        if isinstance(health, Damaged):
            views.append(_damaged(device, None))
            continue
        view = or_damaged(KIND, device.id, functools.partial(_view, device, health, now))
        views.append(_damaged(device, health) if isinstance(view, Damaged) else view)
    return views


def _view(device: Device, health: DeviceHealth | None, now: dt.datetime) -> TerminalView:
    report = _report(health)
    last_seen = None if health is None else health.received_at
    return TerminalView(
        device=device,
        report=report,
        last_seen=last_seen,
        status_since=None if health is None else health.status_since,
        assessment=assess(report, last_seen, device.revoked_at, now),
    )


def _damaged(device: Device, health: DeviceHealth | None) -> TerminalView:
    return TerminalView(
        device=device,
        report=None,
        last_seen=None if health is None else health.received_at,
        status_since=None,
        assessment=Assessment(StatusClass.DAMAGED, ()),
    )


def find_device(session: Session, device_id: str) -> Device:
    try:
        key = uuid.UUID(device_id.strip())
    except ValueError:
        raise FleetError(f"{device_id!r} is not a terminal id") from None
    device = session.get(Device, key)
    if device is None:
        raise FleetError(f"no terminal with id {key}")
    return device


def revoke(session: Session, clock: Clock, device_id: str, by: str) -> Device:
    """Its token stops working with the next request; the record stays for the page."""
    device = find_device(session, device_id)
    if device.revoked_at is None:
        device.revoked_at = clock.now()
        log.warning("terminal %s revoked by %s", device.id, by)
    return device


# ---- remote config ------------------------------------------------------------------------------


def set_override(
    session: Session, clock: Clock, scope: OverrideScope, target: str, text: str, by: str
) -> ConfigOverride:
    """Checks ``text`` against the terminal schema before anything is stored."""
    if scope is OverrideScope.TERMINAL:
        target = str(find_device(session, target).id)
    overrides = parse_override_text(text)  # raises OverrideError, naming the keys
    record = session.scalar(
        select(ConfigOverride).where(ConfigOverride.scope == scope, ConfigOverride.target == target)
    )
    if record is None:
        record = ConfigOverride(scope=scope, target=target)
        session.add(record)
    record.source_text = text
    record.overrides = overrides
    record.updated_at = clock.now()
    record.updated_by = by
    log.info("remote config for %s %r set by %s", scope.value, target, by)
    return record


def clear_override(session: Session, scope: OverrideScope, target: str) -> bool:
    record = session.scalar(
        select(ConfigOverride).where(ConfigOverride.scope == scope, ConfigOverride.target == target)
    )
    if record is None:
        return False
    session.delete(record)
    return True


def overrides(session: Session) -> list[ConfigOverride]:
    return list(
        session.scalars(
            select(ConfigOverride).order_by(ConfigOverride.scope, ConfigOverride.target)
        )
    )


def remote_config_for(session: Session, device: Device) -> RemoteConfig:
    """Location first, the terminal's own on top."""
    merged: dict[str, object] = {}
    for scope, target in (
        (OverrideScope.LOCATION, device.location),
        (OverrideScope.TERMINAL, str(device.id)),
    ):
        record = session.scalar(
            select(ConfigOverride).where(
                ConfigOverride.scope == scope, ConfigOverride.target == target
            )
        )
        if record is not None:
            merged = merge(merged, record.overrides)
    return RemoteConfig(sha256=overrides_sha256(merged), overrides=merged)
