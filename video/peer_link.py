"""One peer connection from the terminal to one other party of a call (staff, interpreter).

In a call with an interpreter the terminal holds two (a mesh: it sends its camera and
microphone to each). Each link subscribes to the local tracks through aiortc's
``MediaRelay`` (two senders reading one track directly would take turns at its frames),
hands what it decodes to the session tagged with its party, and remembers when it last heard
anything, which is what the session's watchdog judges the link by.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

import av
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from video.media import LocalMedia
from video.protocol import Party

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkSinks:
    video: Callable[[Party, av.VideoFrame], None]
    audio: Callable[[Party, av.AudioFrame], None]
    state: Callable[[Party, str], None]  # aiortc's connectionState, on each change


class RemoteLink:
    def __init__(
        self,
        party: Party,
        configuration: RTCConfiguration,
        media: LocalMedia,
        relay: MediaRelay,
        sinks: LinkSinks,
        clock: Callable[[], float],
        send_video: bool = True,
    ) -> None:
        self.party = party
        self.pc = RTCPeerConnection(configuration)
        self._sinks = sinks
        self._clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self.last_heard: float | None = None
        self.sends_video = send_video
        self.video_frames = 0
        self.audio_frames = 0
        self.pc.on("track", self._on_track)
        self.pc.on("connectionstatechange", self._on_state)
        self.pc.addTrack(relay.subscribe(media.audio))
        if send_video:
            # Unbuffered: an encoder that falls behind (a busy cabin PC) takes the newest
            # picture instead of an ever longer queue of old ones.
            self.pc.addTrack(relay.subscribe(media.video, buffered=False))

    async def offer(self) -> str:
        """The complete offer (aiortc gathers every candidate here: no trickle ICE)."""
        await self.pc.setLocalDescription(await self.pc.createOffer())
        assert self.pc.localDescription is not None
        return self.pc.localDescription.sdp

    async def accept(self, sdp: str) -> None:
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))

    @property
    def connected(self) -> bool:
        return self.pc.connectionState == "connected"

    def selected_pair(self) -> tuple[str, str] | None:
        """Candidate types of the pair in use, e.g. ("relay", "relay"); for tests and IT."""
        for transceiver in self.pc.getTransceivers():
            transport = transceiver.receiver.transport
            if transport is None:
                continue
            # aioice's connection behind the ICE transport: aiortc has no public accessor.
            ice = transport.transport.iceGatherer._connection
            for pair in ice._nominated.values():
                return (pair.local_candidate.type, pair.remote_candidate.type)
        return None

    async def close(self, patience: float = 1.0) -> asyncio.Task[None] | None:
        """Closes the connection; returns what is still closing after ``patience`` seconds.

        On a dead link aiortc's close waits for the TURN server to confirm the relay's
        deletion, with retries, for up to half a minute; a reconnect must not wait for that.
        The caller keeps the returned task and cancels it when the call is over."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        closing = asyncio.ensure_future(self._close_quietly())
        done, _ = await asyncio.wait({closing}, timeout=patience)
        return None if done else closing

    async def _close_quietly(self) -> None:
        with contextlib.suppress(Exception):  # a half-built connection may fail to close
            await self.pc.close()

    def _on_state(self) -> None:
        state = self.pc.connectionState
        if state == "connected" and self.last_heard is None:
            self.last_heard = self._clock()  # the first frame gets the same grace
        self._sinks.state(self.party, state)

    def _on_track(self, track: MediaStreamTrack) -> None:
        task = asyncio.ensure_future(self._consume(track))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _consume(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            self.last_heard = self._clock()
            if isinstance(frame, av.VideoFrame):
                self.video_frames += 1
                self._sinks.video(self.party, frame)
            elif isinstance(frame, av.AudioFrame):
                self.audio_frames += 1
                self._sinks.audio(self.party, frame)

    def silent_for(self) -> float:
        return 0.0 if self.last_heard is None else self._clock() - self.last_heard
