"""The cabin's own camera and microphone as the citizen sees them: self-view and level meter.

Two uses of the same local media:

* before the call, :class:`LocalPreview` opens camera and microphone on a thread of its own
  (device probing blocks) and passes every frame to the UI's callbacks, for the check screen;
* during the call, :func:`teeing` wraps the call's media factory so the frames the call sends
  are also shown as the small self-view: the camera is opened once, by the call.

No Qt here: callbacks are called on the preview's or the call's thread, and the UI marshals.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import av
import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.frame import Frame

from video.media import LocalMedia, MediaRequest, MutableAudioTrack
from video.session import MediaFactory

log = logging.getLogger(__name__)

VideoTap = Callable[[av.VideoFrame], None]
AudioTap = Callable[[av.AudioFrame], None]


def audio_level(frame: av.AudioFrame) -> float:
    """Loudness of one frame as 0..1 for a level meter (RMS on a dB scale from -60 to 0 dBFS)."""
    samples = frame.to_ndarray().astype(np.float32)
    if samples.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(samples)))) / 32768.0
    if rms <= 1e-6:
        return 0.0
    decibels = 20.0 * np.log10(rms)
    return float(min(1.0, max(0.0, (decibels + 60.0) / 60.0)))


@dataclass(frozen=True)
class DeviceReport:
    """Which devices turned out to be missing (a synthetic stand-in runs in their place)."""

    camera_missing: bool
    microphone_missing: bool


FrameTap = Callable[[Frame], None]


def _video_only(tap: VideoTap) -> FrameTap:
    def show(frame: Frame) -> None:
        if isinstance(frame, av.VideoFrame):
            tap(frame)

    return show


def _audio_only(tap: AudioTap) -> FrameTap:
    def hear(frame: Frame) -> None:
        if isinstance(frame, av.AudioFrame):
            tap(frame)

    return hear


class _TeeTrack(MediaStreamTrack):
    """Passes frames through unchanged and shows each one to ``tap`` on the way."""

    def __init__(self, source: MediaStreamTrack, tap: FrameTap) -> None:
        super().__init__()
        self.kind = source.kind
        self._source = source
        self._tap = tap

    async def recv(self) -> Frame:
        frame = await self._source.recv()
        assert isinstance(frame, Frame)  # a media track yields frames, never packets
        try:
            self._tap(frame)
        except Exception:  # the self-view must never break what the call sends
            log.exception("self-view tap failed")
        return frame

    def stop(self) -> None:
        self._source.stop()
        super().stop()


def teeing(factory: MediaFactory, video: VideoTap, audio: AudioTap) -> MediaFactory:
    """A media factory whose tracks also feed the self-view and the level meter."""

    def open_media(request: MediaRequest) -> LocalMedia:
        media = factory(request)
        teed_audio = _TeeTrack(media.audio, _audio_only(audio))
        wrapped = MutableAudioTrack(teed_audio)
        wrapped.muted = media.audio.muted
        return LocalMedia(
            audio=wrapped,
            video=_TeeTrack(media.video, _video_only(video)),
            synthetic_audio=media.synthetic_audio,
            synthetic_video=media.synthetic_video,
        )

    return open_media


class LocalPreview:
    """Camera and microphone for the check screen, on their own thread until :meth:`stop`.

    ``start`` and ``stop`` return at once (the GUI thread calls them); ``close`` joins the
    thread and is for shutdown only.
    """

    def __init__(
        self,
        factory: MediaFactory,
        request: MediaRequest,
        on_video: VideoTap,
        on_audio: AudioTap,
        on_opened: Callable[[DeviceReport], None],
    ) -> None:
        self._factory = factory
        self._request = request
        self._on_video = on_video
        self._on_audio = on_audio
        self._on_opened = on_opened
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="video-preview", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()

    def close(self, timeout: float = 5.0) -> None:
        self.stop()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._preview())
        except Exception:
            log.exception("camera/microphone preview failed")

    async def _preview(self) -> None:
        try:
            media = await asyncio.to_thread(self._factory, self._request)
        except Exception:
            log.exception("camera and microphone could not be opened")
            self._on_opened(DeviceReport(camera_missing=True, microphone_missing=True))
            return
        try:
            self._on_opened(DeviceReport(media.synthetic_video, media.synthetic_audio))
            pumps = [
                asyncio.create_task(self._pump(media.video, _video_only(self._on_video))),
                asyncio.create_task(self._pump(media.audio, _audio_only(self._on_audio))),
            ]
            while not self._stopping.is_set() and not all(p.done() for p in pumps):
                await asyncio.sleep(0.05)
            for pump in pumps:
                pump.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
        finally:
            media.stop()

    async def _pump(self, track: MediaStreamTrack, tap: FrameTap) -> None:
        while not self._stopping.is_set():
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            try:
                tap(frame)  # type: ignore[arg-type]  # tracks yield frames, never packets
            except Exception:  # a broken meter must not stop the preview
                log.exception("preview tap failed")
