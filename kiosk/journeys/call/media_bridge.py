"""Brings what the call and the preview report on their threads to the GUI thread.

The ``VideoCall`` calls its listener on the call thread; the preview on its own. Nothing here
blocks those threads or the GUI thread: frames are converted where they arrive (the work
stays off the GUI thread), and handed over through queued Qt signals. Video is *conflated*:
if the GUI has not yet taken the last picture, a newer one replaces it instead of queueing
up behind it, so a busy GUI shows fewer frames rather than an ever later picture.
"""

# ruff: noqa: N815  (Qt signals are camelCase)

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable

import av
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from kiosk.journeys.call.devices import DeviceReport, audio_level
from video.call import CallListener
from video.state import CallState

log = logging.getLogger(__name__)

SELF_VIEW_WIDTH = 320  # the self-view is small on screen: no need to convert every pixel
_FPS_WINDOW_S = 2.0


def frame_to_image(frame: av.VideoFrame, width: int | None = None) -> QImage:
    """A decoded frame as a QImage, at its native size unless ``width`` asks for smaller.
    The scene graph scales it to the screen (``VideoSurface``)."""
    if width is not None and frame.width > width:
        height = max(2, round(frame.height * width / frame.width) // 2 * 2)
        frame = frame.reformat(width=width, height=height, format="bgra")
    else:
        frame = frame.reformat(format="bgra")
    pixels = frame.to_ndarray()
    image = QImage(
        pixels.data, frame.width, frame.height, pixels.strides[0], QImage.Format.Format_RGB32
    )
    return image.copy()  # detach from the numpy buffer, which goes away with this frame


class _Mailbox:
    """Holds the newest item for the GUI thread; wakes it only when nothing is pending."""

    def __init__(self, wake: Callable[[], None]) -> None:
        self._lock = threading.Lock()
        self._item: object | None = None
        self._pending = False
        self._wake = wake
        self.replaced = 0  # items the GUI never saw because a newer one came first

    def post(self, item: object) -> None:
        with self._lock:
            if self._item is not None:
                self.replaced += 1
            self._item = item
            wake, self._pending = not self._pending, True
        if wake:
            self._wake()

    def take(self) -> object | None:
        with self._lock:
            item, self._item, self._pending = self._item, None, False
            return item


class FrameRate:
    """Frames per second over the last two seconds, from arrival times (any thread)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._times: deque[float] = deque()
        self._lock = threading.Lock()
        self.last_at: float | None = None

    def tick(self) -> None:
        now = self._clock()
        with self._lock:
            self._times.append(now)
            self.last_at = now
            while self._times and now - self._times[0] > _FPS_WINDOW_S:
                self._times.popleft()

    def per_second(self) -> float:
        now = self._clock()
        with self._lock:
            recent = [t for t in self._times if now - t <= _FPS_WINDOW_S]
        return len(recent) / _FPS_WINDOW_S

    def silent_for(self) -> float:
        with self._lock:
            return 0.0 if self.last_at is None else self._clock() - self.last_at

    def clear(self) -> None:
        with self._lock:
            self._times.clear()
            self.last_at = None


class Quality(enum.StrEnum):
    UNKNOWN = "unknown"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


def judge_quality(frames_per_second: float, silent_seconds: float) -> Quality:
    """The picture as the citizen experiences it: smooth, jerky, or frozen."""
    if silent_seconds > 1.5 or frames_per_second < 4:
        return Quality.POOR
    return Quality.GOOD if frames_per_second >= 10 else Quality.FAIR


class MediaBridge(QObject):
    """Thread-safe entry points (``remote_video`` …) in; GUI-thread signals out."""

    callStateChanged = Signal(object, object)  # CallState old, new
    remoteImage = Signal(QImage)
    selfImage = Signal(QImage)
    micLevel = Signal(float)
    remoteAudio = Signal(bytes, int)  # s16 interleaved PCM, channel count
    devicesOpened = Signal(object)  # DeviceReport
    pageSeen = Signal(str)  # page_id: the staff page has shown a page the citizen showed

    # Internal: emitted on the producing thread, delivered queued on the GUI thread.
    _stateArrived = Signal(object, object)
    _remoteReady = Signal()
    _selfReady = Signal()
    _levelReady = Signal()
    _audioArrived = Signal(bytes, int)
    _devicesArrived = Signal(object)
    _pageSeenArrived = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._remote = _Mailbox(self._remoteReady.emit)
        self._self = _Mailbox(self._selfReady.emit)
        self._level = _Mailbox(self._levelReady.emit)
        self._stateArrived.connect(self.callStateChanged, queued)
        self._remoteReady.connect(self._deliver_remote, queued)
        self._selfReady.connect(self._deliver_self, queued)
        self._levelReady.connect(self._deliver_level, queued)
        self._audioArrived.connect(self.remoteAudio, queued)
        self._devicesArrived.connect(self.devicesOpened, queued)
        self._pageSeenArrived.connect(self.pageSeen, queued)
        self.remote_rate = FrameRate()
        self.remote_frames = 0  # decoded frames handed to us by the call
        self.remote_audio_frames = 0

    # ---- any thread -----------------------------------------------------------------------

    def call_listener(self) -> CallListener:
        return CallListener(
            self.call_state, self.remote_video, self.remote_audio_frame, page_seen=self.page_seen
        )

    def call_state(self, old: CallState, new: CallState) -> None:
        self._stateArrived.emit(old, new)

    def page_seen(self, page_id: str) -> None:
        self._pageSeenArrived.emit(page_id)

    def remote_video(self, frame: av.VideoFrame) -> None:
        self.remote_frames += 1
        self.remote_rate.tick()
        self._remote.post(frame_to_image(frame))

    def remote_audio_frame(self, frame: av.AudioFrame) -> None:
        self.remote_audio_frames += 1
        # aiortc decodes Opus to packed s16: one plane, channels interleaved.
        self._audioArrived.emit(bytes(frame.planes[0]), len(frame.layout.channels))

    def local_video(self, frame: av.VideoFrame) -> None:
        self._self.post(frame_to_image(frame, SELF_VIEW_WIDTH))

    def local_audio(self, frame: av.AudioFrame) -> None:
        self._level.post(audio_level(frame))

    def devices(self, report: DeviceReport) -> None:
        self._devicesArrived.emit(report)

    @property
    def frames_dropped(self) -> int:
        """Remote pictures replaced before the GUI took them (a sign of a busy GUI)."""
        return self._remote.replaced

    def clear_counts(self) -> None:
        self.remote_frames = 0
        self.remote_audio_frames = 0
        self.remote_rate.clear()

    # ---- GUI thread -----------------------------------------------------------------------

    def _deliver_remote(self) -> None:
        image = self._remote.take()
        if isinstance(image, QImage):
            self.remoteImage.emit(image)

    def _deliver_self(self) -> None:
        image = self._self.take()
        if isinstance(image, QImage):
            self.selfImage.emit(image)

    def _deliver_level(self) -> None:
        level = self._level.take()
        if isinstance(level, float):
            self.micLevel.emit(level)
