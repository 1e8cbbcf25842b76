"""A terminal's video call as a test sees it: states in order, frames counted.

``RecordingListener`` is the UI stand-in: it records what the ``VideoCall`` reports on its
thread, and lets the test wait for a state instead of sleeping.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import av
import requests

from config.schema import VideoSettings
from contract.submissions import EnrollmentRequest, EnrollmentResponse
from sync.office_link import office_ssl_context
from tests.helpers.backoffice import BackofficeProcess
from video.call import CallListener, VideoCall
from video.media import synthetic_media
from video.session import CallParties
from video.signaling_client import SignalingEndpoint
from video.state import CallState

# Small and quick: what the tests need to see frames flow, at little CPU on a 2-core machine.
TEST_VIDEO = VideoSettings(width=320, height=240, fps=15, ring_timeout_seconds=20)


class RecordingListener:
    def __init__(self) -> None:
        self.states: list[CallState] = [CallState.IDLE]
        self.video_frames = 0
        self.audio_frames = 0
        self.video_sizes: set[tuple[int, int]] = set()
        self.state_times: dict[CallState, float] = {}
        self.pages_seen: dict[str, float] = {}  # page id -> when the staff page said so
        self.parties = CallParties()
        self._changed = threading.Condition()

    def listener(self) -> CallListener:
        return CallListener(self._state, self._video, self._audio, page_seen=self._page_seen,
                            parties_changed=self._parties)  # fmt: skip

    def _parties(self, parties: CallParties) -> None:
        with self._changed:
            self.parties = parties
            self._changed.notify_all()

    def wait_parties(self, predicate: Callable[[CallParties], bool], timeout: float = 15.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(self.parties), timeout):
                raise AssertionError(f"the call's parties never got there: {self.parties}")

    def _page_seen(self, page_id: str) -> None:
        with self._changed:
            self.pages_seen[page_id] = time.monotonic()
            self._changed.notify_all()

    def wait_pages_seen(self, *page_ids: str, timeout: float = 15.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: set(page_ids) <= set(self.pages_seen), timeout):
                raise AssertionError(f"pages seen: {list(self.pages_seen)}; wanted {page_ids}")

    def _state(self, old: CallState, new: CallState) -> None:
        with self._changed:
            self.states.append(new)
            self.state_times[new] = time.monotonic()
            self._changed.notify_all()

    def _video(self, frame: av.VideoFrame) -> None:
        self.video_frames += 1
        self.video_sizes.add((frame.width, frame.height))

    def _audio(self, frame: av.AudioFrame) -> None:
        self.audio_frames += 1

    def wait_for(self, *wanted: CallState, timeout: float = 10.0) -> CallState:
        with self._changed:
            reached = self._changed.wait_for(lambda: self.states[-1] in wanted, timeout)
            if not reached:
                raise AssertionError(f"call never reached {wanted}; states: {self.states}")
            return self.states[-1]

    def wait_frames(self, video: int, audio: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.video_frames >= video and self.audio_frames >= audio:
                return
            time.sleep(0.05)
        raise AssertionError(
            f"frames: {self.video_frames} video, {self.audio_frames} audio; wanted {video}/{audio}"
        )


@contextlib.contextmanager
def kiosk_call(
    office_url: str,
    device_token: str,
    settings: VideoSettings = TEST_VIDEO,
    language: str = "de",
    ca_file: Path | None = None,
) -> Iterator[tuple[VideoCall, RecordingListener]]:
    recorder = RecordingListener()
    call = VideoCall(
        settings,
        SignalingEndpoint(office_url, device_token, office_ssl_context(ca_file)),
        recorder.listener(),
        media_factory=synthetic_media,
        language=lambda: language,
    )
    call.start()
    try:
        yield call, recorder
    finally:
        call.close()


def enrolled_device(office: BackofficeProcess, location: str = "Kabine Dorfplatz") -> str:
    """Enrolls a terminal at ``location`` and returns its device token."""
    token = office.enrollment_token(location=location)
    body = EnrollmentRequest(token=token, device_name="kabine")
    response = requests.post(office.url + "/api/v1/enroll", json=body.model_dump(), timeout=10)
    response.raise_for_status()
    return EnrollmentResponse.model_validate_json(response.content).device_token
