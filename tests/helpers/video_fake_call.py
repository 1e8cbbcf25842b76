"""Named stand-ins for a video call where the real staff side is not needed.

``FakeConsultationCall`` is answered at once by a pretend colleague whose camera shows a calm
picture, who "sees" every page the citizen shows (``page_seen`` back, like the staff page),
and who records what the kiosk sent. It reports through the same ``CallListener`` as the real
call, so the kiosk's bridge, view-models and QML run for real. Plug it in with
``VideoWiring(call_factory=FakeConsultationCall)``; the instance is ``wiring.calls[-1]``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import av
import numpy as np

from config.schema import VideoSettings
from kiosk.journeys.documents.assembly import DocumentOrder
from kiosk.journeys.documents.submission import DocumentSubmitter, StoredSubmission
from video.call import CallListener
from video.page_share import SharedPage
from video.session import CallMetrics, CallParties, MediaFactory
from video.signaling_client import SignalingEndpoint
from video.state import CallState


def colleague_frame(
    width: int = 640, height: int = 480, tint: tuple[int, int, int] = (60, 80, 100)
) -> av.VideoFrame:
    """A soft blue-grey picture with a lighter figure: a face-shaped stand-in, no real face."""
    ys, xs = np.mgrid[0:height, 0:width]
    picture = np.zeros((height, width, 3), dtype=np.uint8)
    picture[..., 0] = tint[0] + (ys * 60 // height)
    picture[..., 1] = tint[1] + (ys * 50 // height)
    picture[..., 2] = tint[2] + (xs * 40 // width)
    head = (xs - width / 2) ** 2 / (width * 0.13) ** 2 + (ys - height * 0.4) ** 2 / (
        height * 0.22
    ) ** 2 <= 1
    body = (ys > height * 0.68) & (abs(xs - width / 2) < width * 0.28)
    picture[head | body] = (200, 190, 180)
    return av.VideoFrame.from_ndarray(picture, format="rgb24")


class FakeConsultationCall:
    def __init__(
        self,
        settings: VideoSettings,
        endpoint: SignalingEndpoint,
        listener: CallListener,
        media_factory: MediaFactory,
        language: Callable[[], str] = lambda: "de",
    ) -> None:
        self.listener = listener
        self.language = language
        self._state = CallState.IDLE
        self.sees_pages = True  # False: the colleague's page never confirms (a slow link)
        self.shown: list[SharedPage] = []
        self.withdrawn: list[str] = []
        self.handed_in: list[tuple[str, int]] = []
        self.muted = False
        self._camera_off = threading.Event()
        self._camera: threading.Thread | None = None

    # ---- what the kiosk calls ---------------------------------------------------------------

    @property
    def state(self) -> CallState:
        return self._state

    @property
    def metrics(self) -> CallMetrics:
        return CallMetrics()

    def start(self) -> None:
        return None

    def close(self, timeout: float = 10.0) -> None:
        self.hang_up()

    def start_call(self) -> None:
        for state in (CallState.RINGING, CallState.CONNECTING, CallState.IN_CALL):
            self._move(state)
        # The colleague's camera, at a steady 15 fps on its own thread like the real call's.
        self._camera_off.clear()
        self._camera = threading.Thread(target=self._film, name="fake-colleague-camera")
        self._camera.start()

    def hang_up(self) -> None:
        if not self._state.finished and self._state is not CallState.IDLE:
            self._move(CallState.ENDED)

    def mute(self, muted: bool) -> None:
        self.muted = muted

    def show_page(self, page: SharedPage) -> None:
        self.shown.append(page)
        if self.sees_pages:
            self.listener.page_seen(page.page_id)

    def withdraw_page(self, page_id: str) -> None:
        self.withdrawn.append(page_id)

    def pages_handed_in(self, reference: str, count: int) -> None:
        self.handed_in.append((reference, count))

    # ---- what the test does as the colleague ------------------------------------------------

    def staff_hangs_up(self) -> None:
        self._move(CallState.ENDED)

    def parties_are(self, parties: CallParties) -> None:
        """Who the citizen talks to changes (the colleague's name, an interpreter); an
        interpreter with a camera shows a picture of their own."""
        self.listener.parties_changed(parties)
        if parties.interpreter and not parties.interpreter_audio_only:
            self.listener.interpreter_video(colleague_frame(480, 360, tint=(40, 90, 70)))

    def link_drops(self) -> None:
        self._move(CallState.RECONNECTING)

    def link_is_back(self) -> None:
        self._move(CallState.IN_CALL)

    def link_stays_lost(self) -> None:
        """Not reconnected in time: the call fails, as the real one does."""
        self._move(CallState.FAILED)

    def _move(self, new: CallState) -> None:
        old, self._state = self._state, new
        if new.finished and self._camera is not None:
            self._camera_off.set()
            self._camera.join()
            self._camera = None
        self.listener.state_changed(old, new)

    def _film(self) -> None:
        frame = colleague_frame()
        while not self._camera_off.wait(1 / 15):
            self.listener.remote_video(frame)


class ThreadNotingSubmitter:
    """The real documents submitter, noting on which thread each document was built and
    sealed (the PDF/A must not be built on the GUI thread)."""

    def __init__(self, real: DocumentSubmitter) -> None:
        self._real = real
        self.threads: list[threading.Thread] = []

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        self.threads.append(threading.current_thread())
        return self._real(order)


class GatedSubmitter:
    """The real documents submitter, held back until the test opens the gate: a hand-in that
    is still being built when something else happens (the call ends)."""

    def __init__(self, real: DocumentSubmitter) -> None:
        self._real = real
        self.gate = threading.Event()

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        self.gate.wait(30)
        return self._real(order)
