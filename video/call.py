"""``VideoCall``: the terminal's video call, run on its own thread for the UI.

aiortc needs an asyncio loop with UDP support (QtAsyncio lacks it), so the call lives on a
dedicated loop in a dedicated thread. The UI calls :meth:`VideoCall.start_call`,
:meth:`~VideoCall.hang_up`, :meth:`~VideoCall.mute` and the page calls
(:meth:`~VideoCall.show_page` and its siblings) from any thread; none of them waits for the
network. Results come back through :class:`CallListener` callbacks, **on the call thread**:
the UI marshals them to its own thread (a queued Qt signal) and must not block in them.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import av

from config.schema import VideoSettings
from video import page_share, recovery, tuning
from video.media import open_local_media
from video.page_share import SharedPage
from video.peer_link import LinkReport
from video.session import CallMetrics, CallParties, CallSession, MediaFactory, RemoteSinks
from video.signaling_client import SignalingEndpoint
from video.state import CallState, CallStateMachine

log = logging.getLogger(__name__)


def _ignore(*_: object) -> None:
    return None


@dataclass(frozen=True)
class CallListener:
    """Callbacks the UI gives; each is called on the call thread."""

    state_changed: Callable[[CallState, CallState], None] = _ignore
    # Decoded frames at the sender's native size; the Qt side converts and scales them.
    remote_video: Callable[[av.VideoFrame], None] = _ignore
    # 20 ms of decoded Opus: s16, 48 kHz, stereo as aiortc decodes it.
    remote_audio: Callable[[av.AudioFrame], None] = _ignore
    # The staff page has decoded and shown the page with this id.
    page_seen: Callable[[str], None] = _ignore
    # Who the citizen talks to changed: the colleague's name and team, an interpreter.
    parties_changed: Callable[[CallParties], None] = _ignore
    # The interpreter's picture (when they joined with video), at native size.
    interpreter_video: Callable[[av.VideoFrame], None] = _ignore


@dataclass
class VideoCall:
    settings: VideoSettings
    endpoint: SignalingEndpoint
    listener: CallListener = field(default_factory=CallListener)
    media_factory: MediaFactory = open_local_media
    link_tuning: tuning.LinkTuning | None = field(default_factory=tuning.LinkTuning)
    clock: Callable[[], float] = time.monotonic
    # The language on the citizen's screen when they call (staff see it as the call rings).
    language: Callable[[], str] = lambda: "de"

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="video-call")
        self._states = CallStateMachine(self._report_state)
        self._session: CallSession | None = None
        self._task: asyncio.Future[None] | None = None
        self._started = False
        self._uplink = tuning.UplinkShare()

    # ---- life of the thread ------------------------------------------------------------------

    def start(self) -> None:
        if self.link_tuning is not None:
            tuning.install(self.link_tuning, self._uplink)
        self._thread.start()
        self._started = True

    def close(self, timeout: float = 10.0) -> None:
        """Hangs up if needed, stops the loop and joins the thread."""
        if not self._started:
            return
        asyncio.run_coroutine_threadsafe(self._shut_down(), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        self._loop.close()
        self._started = False

    def __enter__(self) -> VideoCall:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- the UI's API (any thread) -------------------------------------------------------------

    @property
    def state(self) -> CallState:
        return self._states.state

    @property
    def metrics(self) -> CallMetrics:
        """Figures of the current or last call (read-only snapshot semantics)."""
        return self._session.metrics if self._session is not None else CallMetrics()

    def links(self, timeout: float = 5.0) -> list[LinkReport]:
        """What each of the call's connections carries right now (waits for the call thread)."""

        async def collect() -> list[LinkReport]:
            session = self._session
            return [link.report() for link in session.links.values()] if session else []

        return asyncio.run_coroutine_threadsafe(collect(), self._loop).result(timeout)

    def dump_tasks(self) -> None:
        """Logs where each of the call thread's tasks waits (for a call that hangs)."""

        def dump() -> None:
            for task in asyncio.all_tasks(self._loop):
                stack = task.get_stack(limit=6)
                where = " < ".join(f"{f.f_code.co_name}:{f.f_lineno}" for f in reversed(stack))
                log.info("task %s waits in %s", task.get_name(), where)

        self._loop.call_soon_threadsafe(dump)

    @property
    def call_id(self) -> str | None:
        return self._session.call_id if self._session is not None else None

    def start_call(self) -> None:
        self._loop.call_soon_threadsafe(self._start_call)

    def hang_up(self) -> None:
        asyncio.run_coroutine_threadsafe(self._finish(CallState.ENDED), self._loop)

    def mute(self, muted: bool) -> None:
        self._loop.call_soon_threadsafe(self._mute, muted)

    # Pages: queued in order and sent once the call's page channel is open; dropped (with a
    # log line) when no call is under way. The listener's page_seen says what has arrived.

    def show_page(self, page: SharedPage) -> None:
        self._to_call_thread("page", self._show_page, page)

    def withdraw_page(self, page_id: str) -> None:
        page_share.page_withdrawn(page_id)  # a bad id is the caller's bug: raise it here
        self._to_call_thread("withdrawal", self._withdraw_page, page_id)

    def pages_handed_in(self, reference: str, count: int) -> None:
        page_share.pages_handed_in(reference, count)
        self._to_call_thread("hand-in", self._pages_handed_in, reference, count)

    def _to_call_thread[*Args](
        self, what: str, action: Callable[[*Args], None], *args: *Args
    ) -> None:
        try:
            self._loop.call_soon_threadsafe(action, *args)
        except RuntimeError:  # the call thread has been closed
            log.info("%s dropped: the video call is closed", what)

    # ---- on the call thread ------------------------------------------------------------------

    def _start_call(self) -> None:
        if self._states.active:
            log.info("start_call ignored: a call is already under way")
            return
        listener = self.listener
        session = CallSession(
            self.settings,
            self.endpoint,
            self._states,
            RemoteSinks(video=self._guarded(listener.remote_video),
                        audio=self._guarded(listener.remote_audio),
                        page_seen=self._guarded(listener.page_seen),
                        parties=self._guarded(listener.parties_changed),
                        interpreter_video=self._guarded(listener.interpreter_video)),
            self.media_factory,
            self.clock,
            recovery.reconnect,
            self._uplink,
            self.language(),
        )  # fmt: skip
        self._session = session
        self._task = asyncio.ensure_future(session.run())

    async def _finish(self, state: CallState) -> None:
        if self._session is not None:
            await self._session.finish(state)

    def _mute(self, muted: bool) -> None:
        if self._session is not None:
            self._session.mute(muted)

    def _show_page(self, page: SharedPage) -> None:
        if self._session is None or not self._states.active:
            log.info("page %s dropped: no call under way", page.page_id)
            return
        self._session.pages.show(page)

    def _withdraw_page(self, page_id: str) -> None:
        if self._session is None or not self._states.active:
            log.info("withdrawal of page %s dropped: no call under way", page_id)
            return
        self._session.pages.withdraw(page_id)

    def _pages_handed_in(self, reference: str, count: int) -> None:
        if self._session is None or not self._states.active:
            log.info("hand-in of %d pages not told: no call under way", count)
            return
        self._session.pages.hand_in(reference, count)

    async def _shut_down(self) -> None:
        await self._finish(CallState.ENDED)
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
        # aiortc encodes in the default executor: its threads must end with ours.
        await self._loop.shutdown_default_executor()

    def _report_state(self, old: CallState, new: CallState) -> None:
        self._guarded(self.listener.state_changed)(old, new)

    @staticmethod
    def _guarded[*Args](callback: Callable[[*Args], None]) -> Callable[[*Args], None]:
        """A failing UI callback is logged; it must not take the call down with it."""

        def call(*args: *Args) -> None:
            try:
                callback(*args)
            except Exception:
                log.exception("video call listener failed")

        return call
