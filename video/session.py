"""One call, start to finish, on the call thread's event loop.

Signaling drives the states. The terminal connects to the hub first and asks for the call;
while it rings, the hub's ICE servers arrive (TURN credentials of its own) and the terminal
gathers its candidates, so the offer leaves the moment staff accept. Each other party (staff,
an interpreter who joins) gets its own peer connection (:class:`video.peer_link.RemoteLink`);
their voices are mixed for the loudspeaker. When the media from staff stops for
``watchdog_seconds`` the link is taken as dropped and :mod:`video.recovery` reconnects the
same call; only when that fails within ``reconnect_seconds`` does the call end. Pages the
citizen shows go over the staff link's "pages" data channel through :attr:`CallSession.pages`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field, replace

import av
from aiortc.contrib.media import MediaRelay
from websockets.exceptions import InvalidStatus, InvalidURI, WebSocketException

from config.schema import VideoSettings
from contract import signaling as s
from contract.version import ACCEPTED_HEADER, refusal_from
from video import protocol as p
from video.audio_mix import AudioMixer
from video.media import LocalMedia, MediaRequest
from video.page_channel import PageCourier
from video.page_share import CHANNEL_LABEL
from video.peer_link import LinkSinks, RemoteLink
from video.signaling_client import SignalingClient, SignalingEndpoint
from video.state import CallState, CallStateMachine
from video.tuning import UplinkShare
from video.turn_route import call_configuration

log = logging.getLogger(__name__)

MediaFactory = Callable[[MediaRequest], LocalMedia]


@dataclass
class CallMetrics:
    """Monotonic timestamps of one call, for the UI's quality line and the benchmarks."""

    accepted_at: float | None = None
    first_remote_video_at: float | None = None
    first_remote_audio_at: float | None = None
    ended_at: float | None = None
    remote_video_frames: int = 0
    remote_audio_frames: int = 0
    # Each reconnect: when the media stopped, and when it flowed again (None: it did not).
    reconnects: list[tuple[float, float | None]] = field(default_factory=list)


@dataclass(frozen=True)
class CallParties:
    """Who the citizen is talking to, as their screen shows it (names as those people set
    them; empty when not given)."""

    staff_name: str = ""
    team: str = ""
    interpreter_name: str = ""
    interpreter_language: str = ""
    interpreter_audio_only: bool = False

    @property
    def interpreter(self) -> bool:
        return bool(self.interpreter_name)


@dataclass(frozen=True)
class RemoteSinks:
    video: Callable[[av.VideoFrame], None]  # the colleague's picture
    audio: Callable[[av.AudioFrame], None]  # everyone's voices, mixed
    page_seen: Callable[[str], None] = lambda _page_id: None
    parties: Callable[[CallParties], None] = lambda _parties: None
    interpreter_video: Callable[[av.VideoFrame], None] = lambda _frame: None


class CallOverError(Exception):
    """The hub says the call is over (during a reconnect)."""


class CallSession:
    def __init__(
        self,
        settings: VideoSettings,
        endpoint: SignalingEndpoint,
        states: CallStateMachine,
        sinks: RemoteSinks,
        media_factory: MediaFactory,
        clock: Callable[[], float],
        recover: Callable[[CallSession], Awaitable[None]],
        uplink: UplinkShare | None = None,
        language: str = "de",
    ) -> None:
        self.settings = settings
        self.states = states
        self._sinks = sinks
        self._media_factory = media_factory
        self.clock = clock
        self._recover = recover
        self._uplink = uplink or UplinkShare()
        self._language = language
        self.signaling = SignalingClient(endpoint)
        self.media: LocalMedia | None = None
        self._relay = MediaRelay()
        self._mixer = AudioMixer(sinks.audio)
        self.links: dict[s.Party, RemoteLink] = {}
        self.call_id: str | None = None
        self.parties = CallParties()
        self.ice_servers: list[s.IceServer] = []
        self._task: asyncio.Task[None] | None = None
        self._helpers: set[asyncio.Future[None]] = set()
        self._staff_offer: asyncio.Task[str] | None = None
        self._recovery: asyncio.Future[None] | None = None
        # What a reconnect waits for: the hub's "resumed", its ICE servers, an answer.
        self.waiting: dict[str, asyncio.Future[object]] = {}
        self.metrics = CallMetrics()
        # Exists from the start, so pages shown while the call is set up wait in its queue.
        self.pages = PageCourier(sinks.page_seen)

    # ---- control from the VideoCall ----------------------------------------------------------

    async def run(self) -> None:
        self._task = asyncio.current_task()
        try:
            await self._run()
        except asyncio.CancelledError:
            pass  # finished by hang-up or a failed reconnect; the state is already set
        except (WebSocketException, OSError) as error:
            log.warning("the call's signaling failed: %s", type(error).__name__)
            self.states.move(CallState.FAILED)
        finally:
            await self._clean_up()

    async def finish(self, state: CallState) -> None:
        """Ends the call from our side: tells the hub, sets ``state``, stops the session."""
        if not self.states.active:
            return
        if self.call_id is not None:
            with contextlib.suppress(WebSocketException, OSError, RuntimeError):
                await asyncio.wait_for(self.signaling.send(s.End(call_id=self.call_id)), 2)
        self.states.move(state)
        if self._task is not None and self._task is not asyncio.current_task():
            self._task.cancel()

    def mute(self, muted: bool) -> None:
        if self.media is not None:
            self.media.audio.muted = muted

    # ---- the call ----------------------------------------------------------------------------

    async def _run(self) -> None:
        self.states.move(CallState.CHECKING)
        if not await self._prepare():
            return
        self.states.move(CallState.WAITING)
        request = s.CallRequest(
            ring_timeout_seconds=self.settings.ring_timeout_seconds, language=self._language
        )
        await self.signaling.send(request)
        self.spawn(self._watch())
        self.spawn(self.pages.run())
        while True:
            async for message in self.signaling.messages():
                if await self._handle(message):
                    return
            if self.states.state not in (CallState.IN_CALL, CallState.RECONNECTING):
                # The hub closed the socket, or it went silent, before the call was up.
                log.warning("signaling connection lost before the call was up")
                self.states.move(CallState.FAILED)
                return
            self.start_recovery("signaling connection lost")
            await self.signaling.reopened.wait()  # the recovery opens a new socket

    async def _prepare(self) -> bool:
        """Opens camera and microphone and reaches the hub."""
        request = MediaRequest(self.settings.width, self.settings.height, self.settings.fps)
        try:
            self.media = await asyncio.to_thread(self._media_factory, request)
            await self.signaling.connect()
        except InvalidStatus as error:
            status = error.response.status_code
            protocol = refusal_from(status, error.response.headers.get(ACCEPTED_HEADER))
            if protocol is not None:
                log.error("backoffice refused the signaling connection: %s", protocol)
            else:
                log.error("backoffice refused the signaling connection (HTTP %s)", status)
            self.states.move(CallState.FAILED)
            return False
        except (OSError, TimeoutError, InvalidURI, WebSocketException) as error:
            log.error("cannot reach the backoffice for a call: %s", error)
            self.states.move(CallState.FAILED)
            return False
        return True

    async def _handle(self, message: p.HubMessage) -> bool:
        """Acts on one hub message; ``True`` when the call is over."""
        log.debug("hub says %s", message.type)
        match message:
            case s.Ringing():
                self.call_id = message.call_id
                self.states.move(CallState.RINGING)
            case s.IceServers():
                self.ice_servers = list(message.servers)
                self._resolve("ice", message)
                if self._staff_offer is None and self.states.state is CallState.RINGING:
                    # Gather (and allocate a relay) while it rings.
                    self._staff_offer = asyncio.ensure_future(self.staff_offer())
            case s.NobodyAvailable():
                self.states.move(CallState.NOBODY_AVAILABLE)
                return True
            case s.NoAnswer():
                self.call_id = None
                self.states.move(CallState.NO_ANSWER)
                return True
            case s.Accepted():
                self.metrics.accepted_at = self.clock()
                self._set_parties(staff_name=message.staff_name, team=message.team)
                self.states.move(CallState.CONNECTING)
                self._staff_offer = self._staff_offer or asyncio.ensure_future(self.staff_offer())
                sdp = await self._staff_offer
                await self.signaling.send(s.Offer(call_id=message.call_id, sdp=sdp))
            case s.Answer():
                link = self.links.get(message.peer)
                log.info("answer from %s (%s)", message.peer.value, "taken" if link else "no link")
                if link is not None:
                    await link.accept(message.sdp)
                    self._resolve(f"answer:{message.peer}", message)
            case s.Joined():
                self._set_parties(interpreter_name=message.display_name,
                                  interpreter_language=message.language,
                                  interpreter_audio_only=message.audio_only)  # fmt: skip
                if self.states.state is CallState.IN_CALL:
                    self.spawn(self.connect_interpreter())
            case s.Left():
                self._set_parties(interpreter_name="", interpreter_language="",
                                  interpreter_audio_only=False)  # fmt: skip
                await self.drop_link(s.Party.INTERPRETER)
            case s.Resumed():
                self._resolve("resumed", message)
            case s.Ended():
                return self._ended(message)
            case s.Error():
                log.warning("hub refused a message: %s", message.code)
                if self.states.state is CallState.WAITING:
                    self.states.move(CallState.FAILED)
                    return True
            case _:
                pass
        return False

    def _ended(self, message: s.Ended) -> bool:
        log.info("the other side ended the call (%s)", message.reason)
        if self.states.state is CallState.RECONNECTING:
            # The hub no longer holds the call: the reconnect is over.
            self._resolve_error("resumed", CallOverError())
            self.states.move(CallState.FAILED)
            return True
        self.call_id = None
        # "peer_lost": the staff page vanished (tab closed, network gone), which the
        # citizen should hear as a lost connection, not as a goodbye.
        lost = message.reason == "peer_lost"
        self.states.move(CallState.FAILED if lost else CallState.ENDED)
        return True

    # ---- connections to the other parties ----------------------------------------------------

    async def staff_offer(self) -> str:
        """A new connection to staff (with the pages channel); its complete offer."""
        link = await self._new_link(s.Party.STAFF, send_video=True)
        self._open_page_channel(link)
        return await link.offer()

    async def connect_interpreter(self) -> None:
        if self.call_id is None or not self.parties.interpreter:
            return
        send_video = not self.parties.interpreter_audio_only
        link = await self._new_link(s.Party.INTERPRETER, send_video)
        sdp = await link.offer()
        await self.signaling.send(s.Offer(call_id=self.call_id, sdp=sdp, peer=link.party))

    async def _new_link(self, party: s.Party, send_video: bool) -> RemoteLink:
        await self.drop_link(party)
        assert self.media is not None
        configuration = await call_configuration(self.ice_servers, self.settings)
        sinks = LinkSinks(video=self._on_video, audio=self._on_audio, state=self._on_link_state)
        link = RemoteLink(party, configuration, self.media, self._relay, sinks, self.clock,
                          send_video)  # fmt: skip
        self.links[party] = link
        self._share_uplink()
        return link

    async def drop_link(self, party: s.Party) -> None:
        link = self.links.pop(party, None)
        if link is not None:
            self._mixer.remove(party.value)
            self._share_uplink()
            still_closing = await link.close()
            if still_closing is not None:
                self._helpers.add(still_closing)
                still_closing.add_done_callback(self._helpers.discard)

    def _share_uplink(self) -> None:
        self._uplink.audio_parties = max(1, len(self.links))
        self._uplink.video_parties = max(1, sum(link.sends_video for link in self.links.values()))

    def _open_page_channel(self, link: RemoteLink) -> None:
        """Before the offer, so the SDP carries the data channel's m-line (SCTP)."""
        channel = link.pc.createDataChannel(CHANNEL_LABEL, ordered=True)
        pages = self.pages
        pages.attach(channel)
        channel.on("open", pages.opened)
        channel.on("bufferedamountlow", pages.drained)
        channel.on("message", pages.received)

    def _on_link_state(self, party: s.Party, state: str) -> None:
        if party is not s.Party.STAFF or state != "connected":
            return
        # In a call with an interpreter, their connection follows staff's (also after a
        # reconnect, which makes every connection anew).
        interpreter_waits = self.parties.interpreter and s.Party.INTERPRETER not in self.links
        if self.states.move(CallState.IN_CALL) and interpreter_waits:
            self.spawn(self.connect_interpreter())

    def _on_video(self, party: s.Party, frame: av.VideoFrame) -> None:
        if party is s.Party.INTERPRETER:
            self._sinks.interpreter_video(frame)
            return
        metrics = self.metrics
        metrics.remote_video_frames += 1
        if metrics.first_remote_video_at is None:
            metrics.first_remote_video_at = self.clock()
        self._sinks.video(frame)

    def _on_audio(self, party: s.Party, frame: av.AudioFrame) -> None:
        if party is s.Party.STAFF:
            self.metrics.remote_audio_frames += 1
            if self.metrics.first_remote_audio_at is None:
                self.metrics.first_remote_audio_at = self.clock()
        self._mixer.add(party.value, frame)

    def _set_parties(self, **changes: str | bool) -> None:
        self.parties = replace(self.parties, **changes)  # type: ignore[arg-type]
        self._sinks.parties(self.parties)

    # ---- a dropped link ----------------------------------------------------------------------

    async def _watch(self) -> None:
        limit = self.settings.watchdog_seconds
        while self.states.active:
            await asyncio.sleep(0.2)
            staff = self.links.get(s.Party.STAFF)
            in_call = self.states.state is CallState.IN_CALL and staff is not None
            if in_call and staff is not None and staff.silent_for() > limit:
                self.start_recovery(f"no media from staff for {staff.silent_for():.1f} s")

    def start_recovery(self, why: str) -> None:
        if self._recovery is not None and not self._recovery.done():
            return
        log.warning("call link lost (%s); reconnecting the call", why)
        self._recovery = asyncio.ensure_future(self._recover(self))
        self._helpers.add(self._recovery)

    def expect(self, key: str) -> asyncio.Future[object]:
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self.waiting[key] = future
        return future

    def _resolve(self, key: str, value: object) -> None:
        future = self.waiting.pop(key, None)
        if future is not None and not future.done():
            future.set_result(value)

    def _resolve_error(self, key: str, error: Exception) -> None:
        future = self.waiting.pop(key, None)
        if future is not None and not future.done():
            future.set_exception(error)

    # ---- housekeeping ------------------------------------------------------------------------

    def spawn(self, coroutine: Coroutine[object, object, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._helpers.add(task)
        task.add_done_callback(self._helpers.discard)

    async def _clean_up(self) -> None:
        self.metrics.ended_at = self.clock()
        self.pages.closed()
        if self.states.active:
            self.states.move(CallState.ENDED)
        current = asyncio.current_task()
        helpers = [t for t in self._helpers if t is not current]
        if self._staff_offer is not None:
            self._staff_offer.cancel()
            helpers.append(self._staff_offer)  # type: ignore[arg-type]
        for task in helpers:
            task.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)
        for party in list(self.links):
            await self.drop_link(party)
        if self.media is not None:
            self.media.stop()
            # The relay's readers learn the tracks ended at their next frame (a device's or a
            # paced track's, at most one frame interval away): let them finish on this loop.
            await asyncio.sleep(2 / self.settings.fps)
        with contextlib.suppress(WebSocketException, OSError):
            await self.signaling.close()
