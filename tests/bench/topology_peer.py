"""One party of ``bench_call_topology.py``, run inside its namespace by the bench (not by hand).

It holds aiortc peer connections, one per other party (mesh) or to Janus (SFU), sends a
camera-like test pattern and tone with the project's thin-link encoders, and counts what it
receives. Commands arrive as JSON lines on stdin, answers leave as JSON lines on stdout::

    {"cmd": "offer", "peer": "staff"}                   -> {"event": "offer", "peer", "sdp"}
    {"cmd": "answer", "peer": "kiosk", "sdp": "..."}   -> {"event": "answer", "peer", "sdp"}
    {"cmd": "accept", "peer": "staff", "sdp": "..."}   -> {"event": "accepted", "peer"}
    {"cmd": "publish"}                                  -> {"event": "published", "feed"}
    {"cmd": "subscribe", "peer": "staff", "feed": 12}   -> {"event": "subscribed", "peer"}
    {"cmd": "sample"}                                   -> {"event": "sample", ...}
    {"cmd": "quit"}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np
from aiortc import (
    RTCBundlePolicy,
    RTCConfiguration,
    RTCIceServer,
    RTCIceTransportPolicy,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.janus_client import JanusRoom
from tests.helpers.camera_like import camera_like_media
from video import tuning
from video.media import MediaRequest


@dataclass
class Received:
    """What arrives from one other party."""

    video_frames: int = 0
    audio_frames: int = 0
    audio_rms: float = 0.0
    # Longest stretch without audio, by the frames' own timestamps (lost audio) and by
    # arrival (audio that stalled); gaps over 100 ms are counted.
    max_gap_pts_ms: float = 0.0
    max_gap_arrival_ms: float = 0.0
    gaps_over_100ms: int = 0
    _last_pts: float | None = field(default=None, repr=False)
    _last_arrival: float | None = field(default=None, repr=False)

    def audio(self, frame: av.AudioFrame) -> None:
        self.audio_frames += 1
        now = time.monotonic()
        samples = frame.to_ndarray().astype(np.float64)
        self.audio_rms = float(np.sqrt(np.mean(samples**2)))
        if frame.pts is not None and frame.time_base is not None:
            at = float(frame.pts * frame.time_base)
            if self._last_pts is not None and at > self._last_pts:
                gap = (at - self._last_pts) * 1000 - 20
                self.max_gap_pts_ms = max(self.max_gap_pts_ms, gap)
                self.gaps_over_100ms += gap > 100
            self._last_pts = max(at, self._last_pts or at)
        if self._last_arrival is not None:
            self.max_gap_arrival_ms = max(
                self.max_gap_arrival_ms, (now - self._last_arrival) * 1000
            )
        self._last_arrival = now

    def reset_gaps(self) -> None:
        self.max_gap_pts_ms = self.max_gap_arrival_ms = 0.0


class Party:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.connections: dict[str, RTCPeerConnection] = {}
        self.received: dict[str, Received] = {}
        request = MediaRequest(args.width, args.height, args.fps)
        self.media = camera_like_media(request)
        self.relay = MediaRelay()
        self.janus: JanusRoom | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def _configuration(self) -> RTCConfiguration:
        servers = [RTCIceServer([self.args.stun])] if self.args.stun else []
        if self.args.turn:
            url, username, credential = self.args.turn
            servers.append(RTCIceServer([url], username, credential))
        policy = RTCIceTransportPolicy.RELAY if self.args.relay_only else RTCIceTransportPolicy.ALL
        return RTCConfiguration(
            iceServers=servers, iceTransportPolicy=policy, bundlePolicy=RTCBundlePolicy.MAX_BUNDLE
        )

    def _connection(self, peer: str, send: bool = True) -> RTCPeerConnection:
        pc = RTCPeerConnection(self._configuration())
        self.connections[peer] = pc
        self.received[peer] = Received()

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            task = asyncio.create_task(self._consume(peer, track))
            self._tasks.add(task)

        if send:
            # One camera, several connections: each needs its own subscription, or they
            # would take turns at the frames.
            pc.addTrack(self.relay.subscribe(self.media.audio))
            if not self.args.audio_only:
                pc.addTrack(self.relay.subscribe(self.media.video))
        return pc

    async def _consume(self, peer: str, track: MediaStreamTrack) -> None:
        received = self.received[peer]
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if isinstance(frame, av.VideoFrame):
                received.video_frames += 1
            elif isinstance(frame, av.AudioFrame):
                received.audio(frame)

    async def handle(self, command: dict[str, Any]) -> dict[str, Any] | None:
        peer = command.get("peer", "")
        match command["cmd"]:
            case "offer":
                pc = self._connection(peer)
                await pc.setLocalDescription(await pc.createOffer())
                return {"event": "offer", "peer": peer, "sdp": pc.localDescription.sdp}
            case "answer":
                pc = self._connection(peer)
                await pc.setRemoteDescription(RTCSessionDescription(command["sdp"], "offer"))
                await pc.setLocalDescription(await pc.createAnswer())
                return {"event": "answer", "peer": peer, "sdp": pc.localDescription.sdp}
            case "accept":
                answer = RTCSessionDescription(command["sdp"], "answer")
                await self.connections[peer].setRemoteDescription(answer)
                return {"event": "accepted", "peer": peer}
            case "publish":
                self.janus = await JanusRoom.join(self.args.janus, self.args.room)
                pc = self._connection("sfu")
                await pc.setLocalDescription(await pc.createOffer())
                feed, sdp = await self.janus.publish(self.args.label, pc.localDescription.sdp)
                await pc.setRemoteDescription(RTCSessionDescription(sdp, "answer"))
                return {"event": "published", "feed": feed}
            case "subscribe":
                assert self.janus is not None
                handle, offer = await self.janus.subscribe(command["feed"])
                pc = self._connection(peer, send=False)
                await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
                await pc.setLocalDescription(await pc.createAnswer())
                await self.janus.start(handle, pc.localDescription.sdp)
                return {"event": "subscribed", "peer": peer}
            case "sample":
                sample = {
                    "event": "sample",
                    "cpu": time.process_time(),
                    "states": {p: pc.connectionState for p, pc in self.connections.items()},
                    "pairs": {p: _pair_types(pc) for p, pc in self.connections.items()},
                    "received": {
                        p: {k: v for k, v in vars(r).items() if not k.startswith("_")}
                        for p, r in self.received.items()
                    },
                }
                for received in self.received.values():
                    received.reset_gaps()
                return sample
            case "quit":
                return None
        return {"event": "error", "detail": f"unknown command {command['cmd']}"}

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for pc in self.connections.values():
            await pc.close()
        if self.janus is not None:
            await self.janus.close()
        self.media.stop()


def _pair_types(pc: RTCPeerConnection) -> list[str]:
    """Local and remote candidate types of the selected pair ("relay", "host", ...)."""
    for transceiver in pc.getTransceivers():
        transport = transceiver.receiver.transport
        if transport is None:
            continue
        connection = transport.transport.iceGatherer._connection  # aioice's, no public API
        for pair in connection._nominated.values():
            return [pair.local_candidate.type, pair.remote_candidate.type]
    return []


async def run(args: argparse.Namespace) -> None:
    tuning.install(
        tuning.LinkTuning(
            vp8_max_bitrate=args.cap_kbit * 1000, vp8_start_bitrate=args.cap_kbit * 600
        )
    )
    party = Party(args)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    try:
        while line := await reader.readline():
            answer = await party.handle(json.loads(line))
            if answer is None:
                break
            print(json.dumps(answer), flush=True)
    finally:
        await party.close()


def main() -> None:
    import logging
    import os

    if os.environ.get("TOPOLOGY_DEBUG"):
        logging.basicConfig(
            level=logging.DEBUG, filename=os.environ["TOPOLOGY_DEBUG"] + sys.argv[2]
        )
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", required=True)
    parser.add_argument("--width", type=int, default=640)
    parser.add_argument("--height", type=int, default=480)
    parser.add_argument("--fps", type=int, default=15)
    parser.add_argument("--audio-only", action="store_true")
    parser.add_argument("--cap-kbit", type=int, default=1000, help="VP8 ceiling per stream")
    parser.add_argument("--turn", nargs=3, metavar=("URL", "USER", "PASSWORD"))
    parser.add_argument("--stun", default="", help="a STUN URL (server-reflexive candidates)")
    parser.add_argument("--relay-only", action="store_true", help="relay candidates only")
    parser.add_argument("--janus", default="", help="Janus HTTP URL (SFU runs)")
    parser.add_argument("--room", type=int, default=0)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
