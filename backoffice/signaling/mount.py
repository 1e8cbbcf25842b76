"""Wires the hub and the staff call page into the office's app, with the real credentials:
device tokens from the database, staff sessions from the console's signed cookie."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI

from backoffice.console.ended_sessions import console_sessions
from backoffice.console.signed_in import signed_in_staff
from backoffice.context import OfficeContext
from backoffice.enrollment import authenticate_device
from backoffice.periodic import during_lifespan, run_periodically
from backoffice.signaling.auth import DeviceIdentity, StaffIdentity
from backoffice.signaling.cluster import ClusterSwitchboard, listen_conninfo
from backoffice.signaling.hub import SignalingHub, TimerHandle
from backoffice.signaling.router import signaling_router
from backoffice.signaling.switchboard import LocalSwitchboard, Switchboard
from backoffice.staff_call.router import staff_call_router
from backoffice.storage.cluster_jobs import once_per_cluster
from backoffice.storage.engine import is_sqlite
from config.schema import VideoSettings

log = logging.getLogger(__name__)

# How often the cluster looks for nodes that died (once per cluster, not per worker).
REAP_INTERVAL = dt.timedelta(seconds=2)


class LoopScheduler:
    """Timers on the running event loop (the hub is only ever called from it)."""

    def call_later(self, delay: float, callback: Callable[[], None]) -> TimerHandle:
        return asyncio.get_running_loop().call_later(delay, callback)


class OfficeDevices:
    def __init__(self, context: OfficeContext) -> None:
        self._context = context

    def authenticate(self, bearer_token: str) -> DeviceIdentity | None:
        with self._context.sessions() as session:
            device = authenticate_device(session, bearer_token)
            if device is None:
                return None
            return DeviceIdentity(device_id=device.id, location=device.location)


class ConsoleStaff:
    def __init__(self, context: OfficeContext) -> None:
        self._context = context
        self._signer, _ = console_sessions(context)

    def authenticate(self, cookies: Mapping[str, str]) -> StaffIdentity | None:
        found = signed_in_staff(self._signer, self._context.sessions, cookies)
        return None if found is None else StaffIdentity(staff_id=found.user.id)


def ice_servers_for_browsers(settings: VideoSettings) -> list[dict[str, Any]]:
    if not settings.ice_servers:
        return []
    server: dict[str, Any] = {"urls": list(settings.ice_servers)}
    if settings.ice_username:
        server |= {"username": settings.ice_username, "credential": settings.ice_credential}
    return [server]


def switchboard(app: FastAPI, context: OfficeContext) -> Switchboard:
    """In memory for one process on SQLite; shared through PostgreSQL by a region's nodes."""
    if is_sqlite(context.engine):
        return LocalSwitchboard(SignalingHub(LoopScheduler()))
    cluster = ClusterSwitchboard(context.sessions, listen_conninfo(context.engine), context.clock)
    during_lifespan(app, cluster.start, cluster.stop)
    reap = once_per_cluster(
        context.sessions, context.clock, "signaling: nodes gone", REAP_INTERVAL, cluster.reap
    )
    run_periodically(app, reap, REAP_INTERVAL.total_seconds(), log, "signaling reaper")
    return cluster


def mount_video(app: FastAPI, context: OfficeContext) -> None:
    hub = switchboard(app, context)
    app.state.signaling = hub
    staff = ConsoleStaff(context)
    app.include_router(signaling_router(hub, OfficeDevices(context), staff))
    app.include_router(staff_call_router(staff, ice_servers_for_browsers(context.settings.video)))
