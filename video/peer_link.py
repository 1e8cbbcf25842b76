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
import numpy as np
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from contract.signaling import Party
from video.media import LocalMedia

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkSinks:
    video: Callable[[Party, av.VideoFrame], None]
    audio: Callable[[Party, av.AudioFrame], None]
    state: Callable[[Party, str], None]  # aiortc's connectionState, on each change


@dataclass(frozen=True)
class LinkReport:
    """What one link carries, for IT's diagnosis and the tests."""

    party: str
    state: str
    video_frames: int
    audio_frames: int
    audio_level: float
    pair: tuple[str, str] | None  # candidate types in use, e.g. ("relay", "relay")
    relay: str | None  # the TURN URL this connection may relay through


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
        self.relay = next(
            (url for server in configuration.iceServers or [] for url in _urls(server.urls)
             if url.startswith("turn")),
            None,
        )  # fmt: skip
        self._sinks = sinks
        self._clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self.last_heard: float | None = None
        self.sends_video = send_video
        self.video_frames = 0
        self.audio_frames = 0
        # Loudness of what arrives (RMS of s16 samples, smoothed over ~1 s): IT and the
        # tests can tell a live voice from a connection that carries only silence.
        self.audio_level = 0.0
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
                rms = float(np.sqrt(np.mean(frame.to_ndarray().astype(np.float64) ** 2)))
                self.audio_level = 0.95 * self.audio_level + 0.05 * rms
                self._sinks.audio(self.party, frame)

    def report(self) -> LinkReport:
        return LinkReport(
            party=self.party.value,
            state=self.pc.connectionState,
            video_frames=self.video_frames,
            audio_frames=self.audio_frames,
            audio_level=round(self.audio_level, 1),
            pair=self.selected_pair(),
            relay=self.relay.split("?")[0] if self.relay else None,
        )

    def silent_for(self) -> float:
        return 0.0 if self.last_heard is None else self._clock() - self.last_heard


def _urls(urls: str | list[str]) -> list[str]:
    return [urls] if isinstance(urls, str) else urls
