"""For the headless walk with ``--walk video``: one video call, played on the real QML.

The citizen taps "Talk to a person", waits for the camera and microphone check, calls, and
waits until a member of staff answers (the staff answerer of ``kiosk demo``, in Chromium).
Once the colleague's picture plays, the call screen is photographed; the kiosk holds the call
until the staff side has photographed its own page, then hangs up and photographs the end.

A demo without video is better than a demo that hangs: if the staff side never comes, gave
up, or the call does not connect in time, the walk says why in one line, goes back to the
start screen and lets the rest of the walk succeed. The kiosk and the staff side meet through
the rendezvous folder of ``demo.walks``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from demo import uidriver
from demo.walks import Mark, Rendezvous, Script, Until
from kiosk.app import KioskApp
from kiosk.journeys.call.surface import VideoSurface
from kiosk.journeys.call.viewmodel import Stage, VideoJourneyViewModel

log = logging.getLogger(__name__)

Tap = Callable[[str], None]
Shoot = Callable[[str], None]

STAFF_WAIT_MS = 90_000  # Chromium starts while the other walks run: it is normally up by now
ANSWER_WAIT_MS = 30_000
PICTURE_WAIT_MS = 20_000
STAFF_SHOT_WAIT_MS = 20_000
QUALITY_WAIT_MS = 1500
FRAMES_BEFORE_SHOT = 10  # moving picture for a moment, not the first frame that happens to land


class CallNotShownError(Exception):
    """The video call cannot be shown; the message is the one line the demo prints."""


def video_walk(kiosk: KioskApp, tap: Tap, shot: Shoot, rendezvous: Rendezvous) -> Script:
    """The call from the start screen back to it; never fails the walk, only skips."""
    try:
        yield from _call(kiosk, tap, shot, rendezvous)
    except CallNotShownError as skipped:
        log.warning("video walk skipped: %s", skipped)
        rendezvous.mark(Mark.VIDEO_SKIPPED, str(skipped))
        yield from _back_home(kiosk, tap)
        return
    rendezvous.mark(Mark.VIDEO_WALKED)
    log.info("video walk finished: call answered, photographed and ended")


def _needed(what: str, ready: Callable[[], bool], timeout_ms: int, otherwise: str) -> Script:
    """Wait for ``ready``; if it never comes, the call is left out with ``otherwise``."""
    if not (yield Until(what, ready, timeout_ms, optional=True)):
        raise CallNotShownError(otherwise)


def _call(kiosk: KioskApp, tap: Tap, shot: Shoot, rendezvous: Rendezvous) -> Script:
    video = kiosk.video
    if video is None:
        raise CallNotShownError("this terminal has no video journey")

    def staff(*marks: Mark) -> Callable[[], bool]:
        return lambda: any(rendezvous.has(mark) for mark in marks)

    # On the start screen (no inactivity timer there) until someone is there to answer.
    rendezvous.mark(Mark.VIDEO_WANTED)
    yield from _needed(
        "a member of staff online",
        staff(Mark.STAFF_READY, Mark.STAFF_GAVE_UP),
        STAFF_WAIT_MS,
        f"no member of staff came online within {STAFF_WAIT_MS // 1000} s",
    )
    if rendezvous.has(Mark.STAFF_GAVE_UP):
        raise CallNotShownError(rendezvous.note(Mark.STAFF_GAVE_UP) or "the staff side gave up")
    yield from _ring_and_connect(kiosk, video, tap, shot)
    yield from _talk(kiosk, video, shot)
    # Held until the staff side has its picture too; a staff side that fails is not waited for.
    photographed = staff(Mark.STAFF_PHOTOGRAPHED, Mark.STAFF_GAVE_UP)
    yield Until("the staff side's picture", photographed, STAFF_SHOT_WAIT_MS, optional=True)
    tap("hangUpButton")

    def ended() -> bool:
        return uidriver.exists(kiosk.window, "endedTitle")

    yield from _needed("the ended screen", ended, 10_000, "hanging up showed no ended screen")
    shot("video-ended")
    tap("endedDoneButton")
    yield Until("reset to home", _at_home(kiosk), 10_000, optional=True)


def _ring_and_connect(
    kiosk: KioskApp, video: VideoJourneyViewModel, tap: Tap, shot: Shoot
) -> Script:
    def stage() -> str:  # a plain string: a stage added later must not break the walk
        return str(video.property("stage"))

    def rang() -> bool:
        return bool(video.property("ringing")) or stage() not in (Stage.CHECK, Stage.WAITING)

    def answered() -> bool:
        return stage() not in (Stage.WAITING, Stage.CONNECTING)

    tap("startVideo")
    checked = _devices_checked(kiosk, video)
    yield from _needed("the device check", checked, 15_000, "the device check did not finish")
    yield from _answer_inactivity_warning(kiosk, tap)
    shot("video-check")
    tap("startCallButton")
    yield from _needed("the call rings", rang, 15_000, "the call did not ring at the office")
    if stage() == Stage.WAITING:
        shot("video-waiting")
    yield from _needed(
        "staff answer",
        answered,
        ANSWER_WAIT_MS,
        f"the call did not connect within {ANSWER_WAIT_MS // 1000} s",
    )
    if stage() != Stage.IN_CALL:
        raise CallNotShownError(f"the call did not connect (the terminal shows {stage()})")


def _talk(kiosk: KioskApp, video: VideoJourneyViewModel, shot: Shoot) -> Script:
    """The call screen, photographed once the colleague's picture really plays."""
    remote = uidriver.find(kiosk.window, "remoteVideo")
    if not isinstance(remote, VideoSurface):
        raise CallNotShownError("the call screen has no picture surface")

    def plays() -> bool:
        return remote.frames_painted >= FRAMES_BEFORE_SHOT

    def smooth() -> bool:
        return str(video.property("quality")) == "good"

    yield from _needed(
        "the colleague's picture", plays, PICTURE_WAIT_MS, "no picture from the staff side"
    )
    # The quality badge settles within a second or two; a busy machine may never say "good".
    yield Until("a smooth picture", smooth, QUALITY_WAIT_MS, optional=True)
    shot("video-call")


def _devices_checked(kiosk: KioskApp, video: VideoJourneyViewModel) -> Callable[[], bool]:
    return lambda: (
        bool(video.property("devicesReady")) and uidriver.exists(kiosk.window, "startCallButton")
    )


def _at_home(kiosk: KioskApp) -> Callable[[], bool]:
    return lambda: str(kiosk.shell.property("screen")) == "home"


def _answer_inactivity_warning(kiosk: KioskApp, tap: Tap) -> Script:
    """A slow device check can outlast the walk's short inactivity time: answer the warning
    before the picture, as a citizen would, so the picture shows the check, not the overlay."""
    guard = kiosk.guard
    if guard.property("warningVisible"):
        tap("moreTimeButton")
        yield Until("warning closed", lambda: not guard.property("warningVisible"), optional=True)


# Stage → the button a citizen taps to leave it (the ended screen needs a second tap).
_WAY_OUT: dict[str, str] = {
    Stage.CHECK: "videoBackButton",
    Stage.WAITING: "cancelCallButton",
    Stage.CONNECTING: "cancelCallButton",
    Stage.IN_CALL: "hangUpButton",
    Stage.OFFER: "offerBackButton",
    Stage.ENDED: "endedDoneButton",
}


def _back_home(kiosk: KioskApp, tap: Tap) -> Script:
    """Leaves the video journey wherever it stopped, by its own buttons."""
    video = kiosk.video
    for _ in range(2):  # in a call: hang up, then leave the ended screen
        if _at_home(kiosk)() or video is None:
            return
        button = _WAY_OUT.get(str(video.property("stage")), "")
        if button and uidriver.exists(kiosk.window, button):
            tap(button)
        if (yield Until("back to the start screen", _at_home(kiosk), 5000, optional=True)):
            return
    log.warning("video walk: the terminal did not return to the start screen")
