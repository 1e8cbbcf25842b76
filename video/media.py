"""The terminal's own camera and microphone, or synthetic stand-ins when there are none.

Real devices: the camera through PyAV (aiortc's ``MediaPlayer`` on V4L2), the microphone
through the sound server (``video.microphone``). Without them (a test machine, a cabin whose
camera is unplugged) a moving test pattern and a quiet tone keep the call working end to end,
so the rest of the chain can be tested and diagnosed.
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from video.audio_frames import AUDIO_RATE, AUDIO_SAMPLES, audio_frame
from video.microphone import open_microphone

log = logging.getLogger(__name__)

VIDEO_CLOCK = 90_000


class _PacedTrack(MediaStreamTrack):
    """Hands out frames at a steady rate from a monotonic clock, as a real device would."""

    def __init__(self, interval: float, clock: Callable[[], float]) -> None:
        super().__init__()
        self._interval = interval
        self._clock = clock
        self._start: float | None = None
        self._index = 0

    async def _next_index(self) -> int:
        if self.readyState != "live":
            # As a device's track does: a reader (aiortc's MediaRelay) must learn it ended.
            raise MediaStreamError
        if self._start is None:
            self._start = self._clock()
        else:
            self._index += 1
            delay = self._start + self._index * self._interval - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
        return self._index


class TestPatternTrack(_PacedTrack):
    """Colour bars drifting sideways: motion, so the encoder works as it would on a face."""

    kind = "video"

    def __init__(
        self, width: int, height: int, fps: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(1 / fps, clock)
        self._step = VIDEO_CLOCK // fps
        self._planes = _colour_bars(width - width % 2, height - height % 2)

    async def recv(self) -> av.VideoFrame:
        index = await self._next_index()
        shift = (index * 4) % self._planes[0].shape[1]
        y, u, v = (
            np.roll(p, -(shift >> (1 if i else 0)), axis=1) for i, p in enumerate(self._planes)
        )
        frame = av.VideoFrame.from_ndarray(
            np.concatenate([y, u.reshape(-1, y.shape[1]), v.reshape(-1, y.shape[1])]),
            format="yuv420p",
        )
        frame.pts = index * self._step
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        return frame


def _colour_bars(width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # BT.601 Y, U, V of white, yellow, cyan, green, magenta, red, blue, black.
    yuv = [(235, 128, 128), (210, 16, 146), (170, 166, 16), (145, 54, 34),
           (106, 202, 222), (81, 90, 240), (41, 240, 110), (16, 128, 128)]  # fmt: skip
    columns = np.arange(width) * len(yuv) // width
    y = np.tile(np.array([c[0] for c in yuv], np.uint8)[columns], (height, 1))
    half = columns[::2]
    u = np.tile(np.array([c[1] for c in yuv], np.uint8)[half], (height // 2, 1))
    v = np.tile(np.array([c[2] for c in yuv], np.uint8)[half], (height // 2, 1))
    return y, u, v


class ToneTrack(_PacedTrack):
    """A quiet 440 Hz tone, mono, 20 ms per frame."""

    kind = "audio"

    def __init__(self, frequency: float = 440.0, clock: Callable[[], float] = time.monotonic):
        super().__init__(AUDIO_SAMPLES / AUDIO_RATE, clock)
        self._frequency = frequency

    async def recv(self) -> av.AudioFrame:
        index = await self._next_index()
        t = (index * AUDIO_SAMPLES + np.arange(AUDIO_SAMPLES)) / AUDIO_RATE
        samples = (3000 * np.sin(2 * math.pi * self._frequency * t)).astype(np.int16)
        return audio_frame(samples.reshape(1, -1), index * AUDIO_SAMPLES)


class MutableAudioTrack(MediaStreamTrack):
    """Passes a microphone through, or silence in its place while muted (timing unchanged,
    so the other side hears a quiet line rather than a broken one)."""

    kind = "audio"

    def __init__(self, source: MediaStreamTrack) -> None:
        super().__init__()
        self._source = source
        self.muted = False

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self._source.recv()
        assert isinstance(frame, av.AudioFrame)
        if not self.muted:
            return frame
        silent = av.AudioFrame(
            format=frame.format.name, layout=frame.layout.name, samples=frame.samples
        )
        for plane in silent.planes:
            plane.update(bytes(plane.buffer_size))
        silent.sample_rate = frame.sample_rate
        silent.pts = frame.pts
        silent.time_base = frame.time_base
        return silent

    def stop(self) -> None:
        self._source.stop()
        super().stop()


@dataclass
class LocalMedia:
    audio: MutableAudioTrack
    video: MediaStreamTrack
    synthetic_audio: bool
    synthetic_video: bool

    def stop(self) -> None:
        self.audio.stop()
        self.video.stop()


@dataclass(frozen=True)
class MediaRequest:
    width: int
    height: int
    fps: int
    camera: Path | None = Path("/dev/video0")
    # A PulseAudio source name; ``None`` means use the synthetic tone.
    microphone: str | None = "default"


def open_local_media(request: MediaRequest) -> LocalMedia:
    """Opens camera and microphone; whichever is missing is replaced by a synthetic source.
    Blocking (device probing): call it off the event loop."""
    video = _open_camera(request)
    audio = _open_microphone(request)
    return LocalMedia(
        audio=MutableAudioTrack(audio or ToneTrack()),
        video=video or TestPatternTrack(request.width, request.height, request.fps),
        synthetic_audio=audio is None,
        synthetic_video=video is None,
    )


def simulated_devices(request: MediaRequest) -> LocalMedia:
    """Test pattern and tone standing in for a camera and microphone that count as present
    (``video.simulated_devices``: the demo shows a working cabin, not one with faults)."""
    media = synthetic_media(request)
    media.synthetic_audio = media.synthetic_video = False
    return media


def synthetic_media(request: MediaRequest) -> LocalMedia:
    """Test pattern and tone only, never a device: for tests and benchmarks."""
    return LocalMedia(
        audio=MutableAudioTrack(ToneTrack()),
        video=TestPatternTrack(request.width, request.height, request.fps),
        synthetic_audio=True,
        synthetic_video=True,
    )


def _open_camera(request: MediaRequest) -> MediaStreamTrack | None:
    if request.camera is None:
        return None
    if not request.camera.exists():
        log.warning(
            "no camera: %s does not exist (no V4L2 device); the citizen is told, "
            "the colleague sees a test picture",
            request.camera,
        )
        return None
    try:
        player = MediaPlayer(
            str(request.camera),
            format="v4l2",
            options={
                "video_size": f"{request.width}x{request.height}",
                "framerate": str(request.fps),
            },
        )
    except (av.FFmpegError, OSError) as error:
        log.warning("camera %s unusable (%s); using the test pattern", request.camera, error)
        return None
    return player.video


def _open_microphone(request: MediaRequest) -> MediaStreamTrack | None:
    if request.microphone is None:
        return None
    return open_microphone(request.microphone)
