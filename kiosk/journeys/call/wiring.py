"""What a terminal (or a test) plugs into the video journey: the call, its devices, and the
scanner and outbox for pages shown during the call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from config.schema import VideoSettings
from kiosk.journeys.call.documents import ShowingCall
from kiosk.journeys.documents.scan_plan import ScanPlanner
from kiosk.journeys.documents.submission import DocumentSubmitter
from video.call import CallListener, VideoCall
from video.media import open_local_media
from video.session import CallMetrics, MediaFactory
from video.signaling_client import SignalingEndpoint
from video.state import CallState

ENDED_SCREEN_MS = 12_000


EndpointSource = Callable[[], SignalingEndpoint | None]


class ConsultationCall(ShowingCall, Protocol):
    """``video.call.VideoCall`` as this view-model uses it (tests plug in a named fake)."""

    @property
    def state(self) -> CallState: ...
    @property
    def metrics(self) -> CallMetrics: ...
    def start(self) -> None: ...
    def close(self, timeout: float = 10.0) -> None: ...
    def start_call(self) -> None: ...
    def hang_up(self) -> None: ...
    def mute(self, muted: bool) -> None: ...


CallFactory = Callable[
    [VideoSettings, SignalingEndpoint, CallListener, MediaFactory], ConsultationCall
]


@dataclass(frozen=True)
class VideoWiring:
    """What a terminal (or a test) plugs in: devices, and where and as whom to call."""

    endpoint: EndpointSource
    media_factory: MediaFactory = open_local_media
    ended_screen_ms: int = ENDED_SCREEN_MS
    # Is there a loudspeaker? ``None``: ask QtMultimedia (tests may say yes on a silent box).
    speaker_probe: Callable[[], bool] | None = None
    calls: list[ConsultationCall] = field(default_factory=list)  # every call, for shutdown
    call_factory: CallFactory = VideoCall
    # Pages shown during a call: ``None`` means the configured scanner and the outbox.
    planner: ScanPlanner | None = None
    submitter: DocumentSubmitter | None = None
