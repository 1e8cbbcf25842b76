"""The signaling switchboard shared by every worker and node of a region, in PostgreSQL.

The hub's state is one row (:class:`~backoffice.storage.cluster_models.SwitchboardState`).
Every change (a socket connects, a message, a socket gone, a ring timing out) is one short
transaction: lock the row, load the state into a :class:`SignalingHub`, apply the change with
the hub's own rules, store the state, and ``NOTIFY`` each message to the node whose socket it
is for. PostgreSQL delivers notifications at commit, in commit order, so every socket hears
its messages in the order the changes happened, wherever they happened. Each node ``LISTEN``s
on its own channel (psycopg 3 async) and writes what arrives to its sockets.

A node that dies (killed, host gone) stops moving its ``cluster_node.seen_at``; once per
cluster a reaper ends its sockets' calls for the other side within seconds, as if each socket
had closed. Its own sockets were cut with it: a terminal sees its connection drop.
Pings are answered by the node itself: they change nothing shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import psycopg
from psycopg import sql
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from backoffice.clock import Clock
from backoffice.signaling import messages as m
from backoffice.signaling.cluster_state import Letter, Mailbag, MailLink, dump, load
from backoffice.signaling.hub import (
    CallLog,
    GuestSession,
    HubSettings,
    IceIssuer,
    KioskSession,
    PeerLink,
    SignalingHub,
    StaffProfile,
    StaffSession,
    TimerHandle,
)
from backoffice.storage.cluster_models import ClusterNode, SwitchboardMail, SwitchboardState

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "bt_signaling_"
# PostgreSQL refuses NOTIFY payloads of 8000 bytes and more; larger ones (SDP offers) go
# through the mail table.
NOTIFY_LIMIT = 7000
NODE_BEAT_SECONDS = 2.0
# A node not seen this long is dead: its calls end for the other side.
NODE_DEAD_AFTER = dt.timedelta(seconds=8)
LISTEN_RETRY_SECONDS = 1.0

Peers = dict[str, KioskSession | StaffSession | GuestSession]
Change = Callable[[SignalingHub, Peers, Mailbag], object]
# A timer a change set, to start on this node: (what for, the call, after how long, due at).
Timer = tuple[str, str, float, float]


class LocalLink(PeerLink, Protocol):
    def send_text(self, text: str) -> None: ...


@dataclass
class _RecordedTimer:
    delay: float
    due: float  # wall clock, stored with the call (cluster_state.StoredTimer)

    def cancel(self) -> None:
        pass


class _RecordingScheduler:
    """Ring and hold timers a change sets: started on this node once it is committed."""

    def __init__(self) -> None:
        self.timers: list[_RecordedTimer] = []

    def call_later(self, delay: float, callback: Callable[[], None]) -> TimerHandle:
        timer = _RecordedTimer(delay, time.time() + delay)
        self.timers.append(timer)
        return timer


def listen_conninfo(engine: Engine) -> str:
    """The engine's database as a libpq URL (psycopg's own connection for LISTEN)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class _NotedCalls:
    """A call log that keeps what the hub said during one change, to tell the real one after
    the change committed."""

    def __init__(self) -> None:
        self._told: list[Callable[[CallLog], None]] = []

    def rang(self, call_id: str, device_id: uuid.UUID, location: str) -> None:
        self._told.append(lambda log: log.rang(call_id, device_id, location))

    def accepted(self, call_id: str, staff_id: int) -> None:
        self._told.append(lambda log: log.accepted(call_id, staff_id))

    def ended(self, call_id: str) -> None:
        self._told.append(lambda log: log.ended(call_id))

    def tell(self, call_log: CallLog) -> None:
        for event in self._told:
            event(call_log)


class ClusterSwitchboard:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        conninfo: str,
        clock: Clock,
        ice: IceIssuer | None = None,
        settings: HubSettings | None = None,
        call_log: CallLog | None = None,
    ) -> None:
        self._sessions = sessions
        self._conninfo = conninfo
        self._clock = clock
        self._ice = ice
        self._settings = settings
        # Each call's ring, answer and end, told by whichever node's change made them.
        self._call_log = call_log
        self.node = uuid.uuid4().hex[:16]
        self._links: dict[str, LocalLink] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._listening = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def channel(self) -> str:
        return CHANNEL_PREFIX + self.node

    # ---- life ------------------------------------------------------------------------------

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        await asyncio.to_thread(self._beat)
        self._spawn(self._listen())
        self._spawn(self._keep_beating())
        await self._listening.wait()
        log.info("signaling node %s listening", self.node)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await asyncio.to_thread(self._leave)

    def _spawn(self, work: object) -> None:
        assert asyncio.iscoroutine(work)
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---- the Switchboard surface -------------------------------------------------------------

    async def kiosk_connected(
        self, link: PeerLink, device_id: uuid.UUID, location: str, name: str = ""
    ) -> object:
        peer = self._register(link)
        await self._change(
            lambda hub, _peers, bag: hub.kiosk_connected(
                MailLink(peer, self.node, bag), device_id, location, name
            )
        )
        return peer

    async def staff_connected(
        self, link: PeerLink, staff_id: int, profile: StaffProfile | None = None
    ) -> object:
        peer = self._register(link)
        await self._change(
            lambda hub, _peers, bag: hub.staff_connected(
                MailLink(peer, self.node, bag), staff_id, profile
            )
        )
        return peer

    async def guest_link_open(self, token: str) -> bool:
        return bool(await self._change(lambda hub, _peers, _bag: hub.guest_link_open(token)))

    async def guest_connected(self, link: PeerLink, token: str) -> object | None:
        peer = self._register(link)
        joined = await self._change(
            lambda hub, _peers, bag: hub.guest_connected(MailLink(peer, self.node, bag), token)
        )
        if joined is None:
            self._links.pop(peer, None)
            return None
        return peer

    async def guest_message(self, peer: object, message: m.GuestMessage) -> None:
        if not self._answered_here(peer, message):
            await self._change(lambda hub, peers, _bag: _to_guest(hub, peers, peer, message))

    async def kiosk_message(self, peer: object, message: m.KioskMessage) -> None:
        if not self._answered_here(peer, message):
            await self._change(lambda hub, peers, _bag: _to_kiosk(hub, peers, peer, message))

    async def staff_message(self, peer: object, message: m.StaffMessage) -> None:
        if not self._answered_here(peer, message):
            await self._change(lambda hub, peers, _bag: _to_staff(hub, peers, peer, message))

    async def kiosk_gone(self, peer: object) -> None:
        await self._change(lambda hub, peers, _bag: _gone(hub, peers, peer))
        self._links.pop(str(peer), None)

    async def staff_gone(self, peer: object) -> None:
        await self.kiosk_gone(peer)  # the same: whichever kind the peer is, it is gone

    async def guest_gone(self, peer: object) -> None:
        await self.kiosk_gone(peer)

    def _register(self, link: PeerLink) -> str:
        assert hasattr(link, "send_text")
        peer = uuid.uuid4().hex
        self._links[peer] = link  # type: ignore[assignment]
        return peer

    def _answered_here(
        self, peer: object, message: m.KioskMessage | m.StaffMessage | m.GuestMessage
    ) -> bool:
        if isinstance(message, m.Ping):
            link = self._links.get(str(peer))
            if link is not None:
                link.send(m.Pong())
            return True
        return isinstance(message, m.Pong)

    # ---- changes ---------------------------------------------------------------------------

    async def _change(self, change: Change) -> object:
        """What ``change`` returned, once it is committed."""
        # Starlette's thread pool (40 threads), not asyncio's default one (cores + 4): many
        # staff pages switching availability at once must not queue behind each other.
        result, timers = await run_in_threadpool(self._transact, change)
        self._start(timers)
        return result

    def _start(self, timers: list[Timer]) -> None:
        for kind, call_id, delay, due in timers:
            asyncio.get_running_loop().call_later(delay, self._time_out, kind, call_id, due)

    def _time_out(self, kind: str, call_id: str, due: float) -> None:
        def expire(hub: SignalingHub, _peers: Peers, _bag: Mailbag) -> None:
            if kind == "ring":
                hub.ring_timed_out(call_id)
                return
            # Only the timer of the call's current hold: one set for an earlier drop the
            # terminal came back from must not end the call while it reconnects again.
            call = next((c for c in hub.state().calls if c.id == call_id), None)
            current = None if call is None else getattr(call.hold_timer, "due", None)
            if current is not None and abs(current - due) < 0.001:
                hub.hold_timed_out(call_id)

        self._spawn(self._change(expire))

    def _transact(self, change: Change) -> tuple[object, list[Timer]]:
        """One change under the switchboard's row lock: its result, and the timers it set."""
        bag = Mailbag()
        scheduler = _RecordingScheduler()
        # Noted here and written after the commit: writing them while holding the row lock
        # would take a second connection from the pool that the changes queued behind the
        # lock may have taken, and a change that rolls back would leave figures behind.
        noted = _NotedCalls()
        with self._sessions.begin() as db:
            row = _locked_state(db)
            state, peers = load(row.state, bag)
            hub = SignalingHub(
                scheduler, ice=self._ice, settings=self._settings, state=state, call_log=noted
            )
            result = change(hub, peers, bag)
            after = hub.state()
            stored = dump(after)
            if stored != row.state:
                row.state = stored
            for letter in bag.letters:
                _post(db, letter)
        if self._call_log is not None:
            noted.tell(self._call_log)
        recorded = {id(timer): timer for timer in scheduler.timers}
        timers: list[Timer] = []
        for call in after.calls:
            for kind, handle in (("ring", call.ring_timer), ("hold", call.hold_timer)):
                timer = recorded.get(id(handle))
                if timer is not None:
                    timers.append((kind, call.id, timer.delay, timer.due))
        return result, timers

    # ---- delivery --------------------------------------------------------------------------

    async def _listen(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True
                ) as connection:
                    await connection.execute(
                        sql.SQL("LISTEN {}").format(sql.Identifier(self.channel))
                    )
                    self._listening.set()
                    async for notice in connection.notifies():
                        await self._deliver(notice.payload)
            except psycopg.Error as error:
                # Notifications sent meanwhile are lost: the calls of this node's sockets may
                # miss a message; the sockets' own heartbeats end what is left hanging.
                log.error("signaling node %s lost its LISTEN connection: %s", self.node, error)
                await asyncio.sleep(LISTEN_RETRY_SECONDS)

    async def _deliver(self, payload: str) -> None:
        letter = json.loads(payload)
        if "mail" in letter:
            letter = json.loads(await asyncio.to_thread(self._take_mail, int(letter["mail"])))
        link = self._links.get(letter["peer"])
        if link is None:
            return  # its socket closed meanwhile
        if letter["text"] is None:
            link.close()
        else:
            link.send_text(letter["text"])

    def _take_mail(self, mail_id: int) -> str:
        with self._sessions.begin() as db:
            body = db.scalar(select(SwitchboardMail.body).where(SwitchboardMail.id == mail_id))
            db.execute(delete(SwitchboardMail).where(SwitchboardMail.id == mail_id))
        return body or json.dumps({"peer": "", "text": None})

    # ---- nodes alive and dead ------------------------------------------------------------

    async def _keep_beating(self) -> None:
        while True:
            await asyncio.sleep(NODE_BEAT_SECONDS)
            try:
                await asyncio.to_thread(self._beat)
            except Exception as error:  # the database is back soon; keep beating
                log.warning(
                    "signaling node %s: heartbeat failed: %s", self.node, type(error).__name__
                )

    def _beat(self) -> None:
        now = self._clock.now()
        with self._sessions.begin() as db:
            node = db.get(ClusterNode, self.node)
            if node is None:
                db.add(ClusterNode(id=self.node, started_at=now, seen_at=now))
            else:
                node.seen_at = now

    def _leave(self) -> None:
        with self._sessions.begin() as db:
            db.execute(delete(ClusterNode).where(ClusterNode.id == self.node))

    def reap(self) -> int:
        """Ends, for the other side, the calls of sockets on nodes that died (a terminal's call
        is held for it to come back through another node); how many sockets. Run once per
        cluster every few seconds, in a worker thread."""
        alive_since = self._clock.now() - NODE_DEAD_AFTER
        with self._sessions() as db:
            alive = set(
                db.scalars(select(ClusterNode.id).where(ClusterNode.seen_at >= alive_since))
            )
        gone: list[str] = []

        def drop_dead(hub: SignalingHub, peers: Peers, _bag: Mailbag) -> None:
            for peer, session in peers.items():
                link = session.link
                assert isinstance(link, MailLink)
                if link.node not in alive:
                    gone.append(peer)
                    _gone(hub, peers, peer)

        _result, timers = self._transact(drop_dead)
        if timers and self._loop is not None:  # calls held for terminals that reconnect
            self._loop.call_soon_threadsafe(self._start, timers)
        with self._sessions.begin() as db:
            db.execute(delete(ClusterNode).where(ClusterNode.seen_at < alive_since))
        if gone:
            log.warning("signaling: %d socket(s) of a node that stopped were dropped", len(gone))
        return len(gone)


def _locked_state(db: Session) -> SwitchboardState:
    query = select(SwitchboardState).where(SwitchboardState.id == 1).with_for_update()
    row = db.scalar(query)
    if row is None:
        with contextlib.suppress(Exception), db.begin_nested():
            db.add(SwitchboardState(id=1, state={}))
        row = db.scalar(query)
    assert row is not None
    return row


def _post(db: Session, letter: Letter) -> None:
    payload = json.dumps({"peer": letter.peer, "text": letter.text})
    if len(payload.encode()) > NOTIFY_LIMIT:
        mail = SwitchboardMail(body=payload)
        db.add(mail)
        db.flush()
        payload = json.dumps({"mail": mail.id})
    db.execute(select(func.pg_notify(CHANNEL_PREFIX + letter.node, payload)))


def _to_kiosk(hub: SignalingHub, peers: Peers, peer: object, message: m.KioskMessage) -> None:
    session = peers.get(str(peer))
    if isinstance(session, KioskSession):
        hub.kiosk_message(session, message)


def _to_staff(hub: SignalingHub, peers: Peers, peer: object, message: m.StaffMessage) -> None:
    session = peers.get(str(peer))
    if isinstance(session, StaffSession):
        hub.staff_message(session, message)


def _to_guest(hub: SignalingHub, peers: Peers, peer: object, message: m.GuestMessage) -> None:
    session = peers.get(str(peer))
    if isinstance(session, GuestSession):
        hub.guest_message(session, message)


def _gone(hub: SignalingHub, peers: Peers, peer: object) -> None:
    session = peers.get(str(peer))
    if isinstance(session, KioskSession):
        hub.kiosk_gone(session)
    elif isinstance(session, StaffSession):
        hub.staff_gone(session)
    elif isinstance(session, GuestSession):
        hub.guest_gone(session)
