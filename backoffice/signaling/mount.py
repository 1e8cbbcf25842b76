"""Wires the hub and the staff call page into the office's app, with the real credentials:
device tokens from the database, staff sessions from the console's signed cookie."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from fastapi import FastAPI

from backoffice.console.call_log import OfficeCallLog
from backoffice.console.ended_sessions import console_sessions
from backoffice.console.signed_in import (
    ACCOUNT_PAGE,
    ANSWERS_CALLS,
    JOINS_CALLS,
    landing,
    signed_in_staff,
)
from backoffice.context import OfficeContext
from backoffice.enrollment import authenticate_device
from backoffice.periodic import during_lifespan, run_periodically
from backoffice.signaling import messages as m
from backoffice.signaling.auth import DeviceIdentity, StaffIdentity, StaffWithoutCalls
from backoffice.signaling.cluster import ClusterSwitchboard, listen_conninfo
from backoffice.signaling.hub import (
    CallLog,
    HubSettings,
    IceIssuer,
    SignalingHub,
    StaffProfile,
    TimerHandle,
)
from backoffice.signaling.router import signaling_router
from backoffice.signaling.staff_call.router import staff_call_router
from backoffice.signaling.switchboard import LocalSwitchboard, Switchboard
from backoffice.signaling.turn import TurnCredentials
from backoffice.storage.cluster_jobs import once_per_cluster
from backoffice.storage.engine import is_sqlite
from backoffice.storage.interpreter_models import InterpreterProfile
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
            return DeviceIdentity(device.id, device.location, device.name)


class ConsoleStaff:
    def __init__(self, context: OfficeContext) -> None:
        self._context = context
        self._signer, _ = console_sessions(context)

    def authenticate(self, cookies: Mapping[str, str]) -> StaffIdentity | StaffWithoutCalls | None:
        found = signed_in_staff(self._signer, self._context.sessions, cookies)
        if found is None:
            return None
        user = found.user
        # Caseworkers answer citizens' calls; interpreters join those they are invited to.
        # Someone with both roles interprets (their page lists them for invitations instead
        # of ringing): ``backoffice interpreter`` says so when it gives a caseworker the role.
        languages: tuple[str, ...] = ()
        if found.holds(JOINS_CALLS):
            with self._context.sessions() as db:
                interpreter = db.get(InterpreterProfile, user.id)
                languages = interpreter.language_list if interpreter is not None else ()
        if not found.holds(ANSWERS_CALLS) and not languages:
            if found.holds(JOINS_CALLS):
                # Their landing page is this one: the account page, not a circle.
                return StaffWithoutCalls(home=ACCOUNT_PAGE, missing_languages=True)
            return StaffWithoutCalls(home=landing(user))
        profile = StaffProfile(
            display_name=user.display_name or user.username,
            team=self._team_name(user.all_teams),
            interpreter_languages=languages,
        )
        return StaffIdentity(staff_id=user.id, profile=profile)

    def _team_name(self, teams: list[str]) -> str:
        """The name of the caseworker's team the citizen is told (the first, if several)."""
        configured = self._context.settings.console.teams
        names = [configured[t].name for t in teams if t in configured]
        return names[0] if names else ""


class OfficeIce(IceIssuer):
    """Each party's ICE servers: the office's TURN service with credentials of its own, or
    else what ``video.ice_servers`` names (a STUN server, a TURN with fixed credentials)."""

    def __init__(self, turn: TurnCredentials, settings: VideoSettings) -> None:
        self._turn = turn
        self._settings = settings

    def issue(self, call_id: str, party: m.Party) -> list[m.IceServer]:
        if self._turn.configured:
            grant = self._turn.issue(call_id, party.value)
            return [m.IceServer(urls=list(s.urls), username=s.username, credential=s.credential)
                    for s in grant.servers]  # fmt: skip
        if not self._settings.ice_servers:
            return []
        return [
            m.IceServer(
                urls=list(self._settings.ice_servers),
                username=self._settings.ice_username or None,
                credential=self._settings.ice_credential or None,
            )
        ]


def switchboard(app: FastAPI, context: OfficeContext, call_log: CallLog) -> Switchboard:
    """In memory for one process on SQLite; shared through PostgreSQL by a region's nodes.
    Either way each call's ring, answer and end go to ``call_log`` (the figures)."""
    video = context.settings.video
    ice = OfficeIce(TurnCredentials.from_settings(context.settings.turn), video)
    settings = HubSettings(
        reconnect_seconds=video.reconnect_seconds,
        guest_link_seconds=video.interpreter_link_minutes * 60.0,
    )
    if is_sqlite(context.engine):
        return LocalSwitchboard(
            SignalingHub(LoopScheduler(), ice=ice, settings=settings, call_log=call_log)
        )
    cluster = ClusterSwitchboard(
        context.sessions, listen_conninfo(context.engine), context.clock, ice, settings, call_log
    )
    during_lifespan(app, cluster.start, cluster.stop)
    reap = once_per_cluster(
        context.sessions, context.clock, "signaling: nodes gone", REAP_INTERVAL, cluster.reap
    )
    run_periodically(app, reap, REAP_INTERVAL.total_seconds(), log, "signaling reaper")
    return cluster


def mount_video(app: FastAPI, context: OfficeContext) -> None:
    hub = switchboard(app, context, OfficeCallLog(context.sessions, context.clock))
    app.state.signaling = hub
    staff = ConsoleStaff(context)
    app.include_router(signaling_router(hub, OfficeDevices(context), staff))
    app.include_router(staff_call_router(staff, hub))
