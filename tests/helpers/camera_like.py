"""A camera and microphone as a cabin has them, for benches: the test pattern with sensor noise
and every frame marked ``I`` (as an MJPEG webcam delivers them), and a tone with room noise.
The encoders must spend bits as on a face in a room, which a clean test pattern would not
make them do."""

from __future__ import annotations

import fractions

import av
import numpy as np
from aiortc.mediastreams import MediaStreamTrack

from video.media import LocalMedia, MediaRequest, MutableAudioTrack, TestPatternTrack, ToneTrack


class CameraLikeTrack(MediaStreamTrack):
    """The test pattern with every frame marked ``I``, as frames decoded from an MJPEG webcam
    arrive: what triggers aiortc#275 on real cabins."""

    kind = "video"

    def __init__(self, inner: TestPatternTrack) -> None:
        super().__init__()
        self._inner = inner

    async def recv(self) -> av.VideoFrame:
        frame = await self._inner.recv()
        # Sensor noise, as a real camera has: the encoder must spend bits, as on a face.
        planes = frame.to_ndarray()
        noise = self._rng.integers(0, 5, size=planes.shape, dtype=np.uint8)
        noisy = av.VideoFrame.from_ndarray(planes + noise, format="yuv420p")
        noisy.pts = frame.pts
        noisy.time_base = fractions.Fraction(1, 90_000)
        noisy.pict_type = av.video.frame.PictureType.I
        return noisy

    def stop(self) -> None:
        self._inner.stop()
        super().stop()

    _rng = np.random.default_rng(7)


class RoomToneTrack(MediaStreamTrack):
    """The tone with room noise under it, so Opus cannot coast as on a pure sine."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._inner = ToneTrack()
        self._rng = np.random.default_rng(8)

    async def recv(self) -> av.AudioFrame:
        frame = await self._inner.recv()
        samples = frame.to_ndarray() + self._rng.integers(-800, 800, (1, frame.samples))
        noisy = av.AudioFrame.from_ndarray(samples.astype(np.int16), format="s16", layout="mono")
        noisy.sample_rate, noisy.pts, noisy.time_base = (
            frame.sample_rate,
            frame.pts,
            frame.time_base,
        )
        return noisy

    def stop(self) -> None:
        self._inner.stop()
        super().stop()


def camera_like_media(request: MediaRequest) -> LocalMedia:
    pattern = TestPatternTrack(request.width, request.height, request.fps)
    return LocalMedia(MutableAudioTrack(RoomToneTrack()), CameraLikeTrack(pattern), True, True)
