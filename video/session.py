"""One call, start to finish, on the call thread's event loop.

Signaling drives the states; the peer connection carries the media; remote frames go to the
listener as they are decoded; the watchdog ends a call whose media has stopped. Pages the
citizen shows go over the "pages" data channel through :attr:`CallSession.pages`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass

import av
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from websockets.exceptions import InvalidStatus, InvalidURI, WebSocketException

from config.schema import VideoSettings
from contract import signaling as s
from contract.version import ACCEPTED_HEADER, refusal_from
from video import protocol as p
from video.media import LocalMedia, MediaRequest
from video.page_channel import PageCourier
from video.page_share import CHANNEL_LABEL
from video.signaling_client import SignalingClient, SignalingEndpoint
from video.state import CallState, CallStateMachine
from video.watchdog import MediaWatchdog

log = logging.getLogger(__name__)

MediaFactory = Callable[[MediaRequest], LocalMedia]
# How long a peer connection that closed may wait for the hub to say why (see
# CallSession._on_connection_state); the hub's message normally comes within milliseconds.
HUB_GRACE_SECONDS = 1.5


@dataclass
class CallMetrics:
    """Monotonic timestamps of one call, for the UI's quality line and the benchmarks."""

    accepted_at: float | None = None
    first_remote_video_at: float | None = None
    first_remote_audio_at: float | None = None
    ended_at: float | None = None
    remote_video_frames: int = 0
    remote_audio_frames: int = 0


@dataclass(frozen=True)
class RemoteSinks:
    video: Callable[[av.VideoFrame], None]
    audio: Callable[[av.AudioFrame], None]
    page_seen: Callable[[str], None] = lambda _page_id: None


def ice_configuration(settings: VideoSettings) -> RTCConfiguration:
    """Always explicit: with ``iceServers`` unset aiortc quietly asks Google's public STUN
    server, which leaks the cabin's address and adds 5 s to each call when unreachable."""
    servers = []
    if settings.ice_servers:
        servers.append(
            RTCIceServer(
                urls=list(settings.ice_servers),
                username=settings.ice_username or None,
                credential=settings.ice_credential or None,
            )
        )
    return RTCConfiguration(iceServers=servers)


class CallSession:
    def __init__(
        self,
        settings: VideoSettings,
        endpoint: SignalingEndpoint,
        states: CallStateMachine,
        sinks: RemoteSinks,
        media_factory: MediaFactory,
        clock: Callable[[], float],
    ) -> None:
        self._settings = settings
        self._states = states
        self._sinks = sinks
        self._media_factory = media_factory
        self._clock = clock
        self._signaling = SignalingClient(endpoint)
        self._watchdog = MediaWatchdog(settings.watchdog_seconds, clock)
        self._pc: RTCPeerConnection | None = None
        self._media: LocalMedia | None = None
        self._call_id: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._helpers: set[asyncio.Task[None]] = set()
        self.metrics = CallMetrics()
        # Exists from the start, so pages shown while the call is set up wait in its queue.
        self.pages = PageCourier(sinks.page_seen)

    # ---- control from the VideoCall ----------------------------------------------------------

    async def run(self) -> None:
        self._task = asyncio.current_task()
        try:
            await self._run()
        except asyncio.CancelledError:
            pass  # finished by hang-up or watchdog; the state is already set
        finally:
            await self._clean_up()

    async def finish(self, state: CallState) -> None:
        """Ends the call from our side: tells the hub, sets ``state``, stops the session."""
        if not self._states.active:
            return
        if self._call_id is not None:
            with contextlib.suppress(WebSocketException, OSError, RuntimeError):
                await self._signaling.send(s.End(call_id=self._call_id))
        self._states.move(state)
        if self._task is not None and self._task is not asyncio.current_task():
            self._task.cancel()

    def mute(self, muted: bool) -> None:
        if self._media is not None:
            self._media.audio.muted = muted

    # ---- the call ----------------------------------------------------------------------------

    async def _run(self) -> None:
        self._states.move(CallState.CHECKING)
        if not await self._prepare():
            return
        self._states.move(CallState.WAITING)
        await self._signaling.send(
            s.CallRequest(ring_timeout_seconds=self._settings.ring_timeout_seconds)
        )
        self._spawn(self._watch())
        async for message in self._signaling.messages():
            if await self._handle(message):
                return
        # The hub closed the socket, or it went silent: the call cannot go on.
        log.warning("signaling connection lost during the call")
        self._states.move(CallState.FAILED)

    async def _prepare(self) -> bool:
        """Opens media, builds the complete offer (ICE gathered) and reaches the hub."""
        settings = self._settings
        request = MediaRequest(settings.width, settings.height, settings.fps)
        try:
            self._media = await asyncio.to_thread(self._media_factory, request)
            self._pc = RTCPeerConnection(ice_configuration(settings))
            self._pc.on("track", self._on_track)
            self._pc.on("connectionstatechange", self._on_connection_state)
            self._pc.addTrack(self._media.audio)
            self._pc.addTrack(self._media.video)
            self._open_page_channel(self._pc)
            # aiortc gathers all candidates here: the offer is complete (no trickle ICE).
            await self._pc.setLocalDescription(await self._pc.createOffer())
            await self._signaling.connect()
        except InvalidStatus as error:
            status = error.response.status_code
            protocol = refusal_from(status, error.response.headers.get(ACCEPTED_HEADER))
            if protocol is not None:
                log.error("backoffice refused the signaling connection: %s", protocol)
            else:
                log.error("backoffice refused the signaling connection (HTTP %s)", status)
            self._states.move(CallState.FAILED)
            return False
        except (OSError, TimeoutError, InvalidURI, WebSocketException) as error:
            log.error("cannot reach the backoffice for a call: %s", error)
            self._states.move(CallState.FAILED)
            return False
        return True

    def _open_page_channel(self, pc: RTCPeerConnection) -> None:
        """Before the offer, so the SDP carries the data channel's m-line (SCTP)."""
        channel = pc.createDataChannel(CHANNEL_LABEL, ordered=True)
        pages = self.pages
        pages.attach(channel)
        channel.on("open", pages.opened)
        channel.on("bufferedamountlow", pages.drained)
        channel.on("message", pages.received)
        channel.on("close", pages.closed)
        self._spawn(pages.run())

    async def _handle(self, message: p.HubMessage) -> bool:
        """Acts on one hub message; ``True`` when the call is over."""
        match message:
            case s.Ringing():
                self._call_id = message.call_id
                self._states.move(CallState.RINGING)
            case s.NobodyAvailable():
                self._states.move(CallState.NOBODY_AVAILABLE)
                return True
            case s.NoAnswer():
                self._call_id = None
                self._states.move(CallState.NO_ANSWER)
                return True
            case s.Accepted():
                self.metrics.accepted_at = self._clock()
                self._states.move(CallState.CONNECTING)
                assert self._pc is not None and self._pc.localDescription is not None
                await self._signaling.send(
                    s.Offer(call_id=message.call_id, sdp=self._pc.localDescription.sdp)
                )
            case s.Answer():
                assert self._pc is not None
                await self._pc.setRemoteDescription(
                    RTCSessionDescription(sdp=message.sdp, type="answer")
                )
            case s.Ended():
                self._call_id = None
                log.info("the other side ended the call (%s)", message.reason)
                # "peer_lost": the staff page vanished (tab closed, network gone), which the
                # citizen should hear as a lost connection, not as a goodbye.
                lost = message.reason == "peer_lost"
                self._states.move(CallState.FAILED if lost else CallState.ENDED)
                return True
            case s.Error():
                log.warning("hub refused a message: %s", message.code)
                if self._states.state is CallState.WAITING:
                    self._states.move(CallState.FAILED)
                    return True
            case _:
                pass
        return False

    # ---- media -------------------------------------------------------------------------------

    def _on_track(self, track: MediaStreamTrack) -> None:
        self._spawn(self._consume(track))

    async def _consume(self, track: MediaStreamTrack) -> None:
        metrics = self.metrics
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            self._watchdog.heard()
            if isinstance(frame, av.VideoFrame):
                metrics.remote_video_frames += 1
                if metrics.first_remote_video_at is None:
                    metrics.first_remote_video_at = self._clock()
                self._sinks.video(frame)
            elif isinstance(frame, av.AudioFrame):
                metrics.remote_audio_frames += 1
                if metrics.first_remote_audio_at is None:
                    metrics.first_remote_audio_at = self._clock()
                self._sinks.audio(frame)

    async def _on_connection_state(self) -> None:
        assert self._pc is not None
        state = self._pc.connectionState
        if state == "connected" and self._states.move(CallState.IN_CALL):
            self._watchdog.arm()
        elif state in ("failed", "closed") and self._states.active:
            # A staff member hanging up closes their peer connection right after telling the
            # hub; the close (DTLS alert, SCTP abort of the page channel) can overtake the
            # hub's "ended" and would turn a goodbye into a lost connection. Let the hub speak.
            self._spawn(self._fail_unless_told(HUB_GRACE_SECONDS))

    async def _fail_unless_told(self, grace: float) -> None:
        await asyncio.sleep(grace)
        await self.finish(CallState.FAILED)

    async def _watch(self) -> None:
        while self._states.active:
            await asyncio.sleep(0.2)
            if self._watchdog.expired:
                log.warning(
                    "no media from the other side for %.1f s; ending the call",
                    self._watchdog.silent_for,
                )
                await self.finish(CallState.FAILED)
                return

    # ---- housekeeping ------------------------------------------------------------------------

    def _spawn(self, coroutine: Coroutine[object, object, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._helpers.add(task)
        task.add_done_callback(self._helpers.discard)

    async def _clean_up(self) -> None:
        self.metrics.ended_at = self._clock()
        self.pages.closed()
        if self._states.active:
            self._states.move(CallState.ENDED)
        current = asyncio.current_task()
        helpers = [t for t in self._helpers if t is not current]
        for task in helpers:
            task.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)
        if self._pc is not None:
            await self._pc.close()
        if self._media is not None:
            self._media.stop()
        with contextlib.suppress(WebSocketException, OSError):
            await self._signaling.close()
