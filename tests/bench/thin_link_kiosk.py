"""The cabin's side of ``bench_video_thin_link.py``: one headless aiortc call, figures as JSON.

Run inside the shaped namespace by the bench (not by hand)::

    ip netns exec NAME .venv/bin/python -m tests.bench.thin_link_kiosk \
        --office http://10.213.x.1:PORT --token TOKEN --seconds 45 [--untuned]

Every line on stdout is one JSON object with an ``event``: ``state`` (each call state, with
``t`` in seconds since the process started), ``sample`` (every ``--every`` seconds of the call:
frames received and their size, audio gaps), ``summary`` (at the end). The bench accepts the
call in Chromium when it sees ``ringing``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import av

from tests.bench.bench_video import VGA
from tests.helpers.camera_like import camera_like_media
from tests.helpers.video_kiosk import RecordingListener
from video import tuning
from video.call import VideoCall
from video.signaling_client import SignalingEndpoint
from video.state import CallState

# A gap is two consecutive 20 ms audio frames more than this far apart: 60 ms is two frames
# missing in a row, which a listener hears as a dropout (one lost frame is papered over).
AUDIO_GAP = 0.060
AUDIO_FRAME = 0.020
OVER = (CallState.ENDED, CallState.FAILED, CallState.NO_ANSWER, CallState.NOBODY_AVAILABLE)


@dataclass
class AudioGaps:
    """Intervals longer than :data:`AUDIO_GAP` between consecutive frames, and the time lost."""

    count: int = 0
    lost_seconds: float = 0.0
    _last: float | None = field(default=None, repr=False)

    def add(self, at: float) -> None:
        if self._last is not None and at - self._last > AUDIO_GAP:
            self.count += 1
            self.lost_seconds += at - self._last - AUDIO_FRAME
        if self._last is None or at > self._last:
            self._last = at  # a reordered frame (older pts) does not rewind the clock


class LinkRecorder(RecordingListener):
    """The test listener, plus what a thin link does to the media: audio gaps by the
    frames' own timestamps (audio that never arrived) and by arrival (audio that stalled),
    and the size of the last video frame."""

    def __init__(self, emit: Emitter) -> None:
        super().__init__()
        self.emit = emit
        self.by_pts = AudioGaps()
        self.by_arrival = AudioGaps()
        self.last_size: tuple[int, int] | None = None

    def _state(self, old: CallState, new: CallState) -> None:
        super()._state(old, new)
        self.emit({"event": "state", "state": new.name.lower()})

    def _video(self, frame: av.VideoFrame) -> None:
        super()._video(frame)
        self.last_size = (frame.width, frame.height)

    def _audio(self, frame: av.AudioFrame) -> None:
        super()._audio(frame)
        self.by_arrival.add(time.monotonic())
        if frame.pts is not None and frame.time_base is not None:
            self.by_pts.add(float(frame.pts * frame.time_base))


class ConsentWatch(logging.Handler):
    """Reports aioice's "Consent to send expired": the ICE connection closed because six
    consent checks in a row (one every ~5 s) got no answer within 0.5 s (aioice's RTO, no
    retransmission), which is how a call dies on a link whose round trip stays long."""

    def __init__(self, emit: Emitter) -> None:
        super().__init__(logging.INFO)
        self._emit = emit

    def emit(self, record: logging.LogRecord) -> None:
        if "Consent to send expired" in record.getMessage():
            self._emit({"event": "consent_expired"})

    @classmethod
    def install(cls, emit: Emitter) -> None:
        ice_log = logging.getLogger("aioice.ice")
        ice_log.setLevel(logging.INFO)
        ice_log.propagate = False  # its INFO lines are many; only this one matters here
        ice_log.addHandler(cls(emit))


class Emitter:
    """JSON lines on stdout, from any thread, stamped with seconds since start."""

    def __init__(self) -> None:
        self._start = time.monotonic()
        self._lock = threading.Lock()

    def __call__(self, record: dict[str, Any]) -> None:
        record["t"] = round(time.monotonic() - self._start, 2)
        with self._lock:
            print(json.dumps(record), flush=True)


@dataclass
class Window:
    """Counters at the start of one sampling window."""

    at: float
    video: int
    audio: int
    pts_gaps: int
    pts_lost: float
    cpu: float  # this process's CPU seconds
    # Seconds its threads waited for a CPU: a starved cabin (a loaded machine) explains
    # stalls and round trips the link does not.
    cpu_wait: float

    @classmethod
    def now(cls, recorder: LinkRecorder) -> Window:
        gaps = recorder.by_pts
        return cls(time.monotonic(), recorder.video_frames, recorder.audio_frames,
                   gaps.count, gaps.lost_seconds, time.process_time(), _run_delay())  # fmt: skip


def _run_delay() -> float:
    """Run-queue wait of all our threads so far (``schedstat``'s second field, in ns)."""
    total = 0
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int((task / "schedstat").read_text().split()[1])
    return total / 1e9


def sample(recorder: LinkRecorder, since: Window) -> dict[str, Any]:
    now = Window.now(recorder)
    wall = max(now.at - since.at, 1e-6)
    return {
        "event": "sample",
        "video_fps": round((now.video - since.video) / wall, 1),
        "video_size": recorder.last_size,
        "audio_frames": now.audio - since.audio,
        "audio_gaps": now.pts_gaps - since.pts_gaps,
        "audio_lost_ms": round((now.pts_lost - since.pts_lost) * 1000),
        "arrival_gaps": recorder.by_arrival.count,
        "cpu_cores": round((now.cpu - since.cpu) / wall, 2),
        # Threads that ended take their wait with them: never below zero.
        "cpu_wait": round(max(now.cpu_wait - since.cpu_wait, 0.0) / wall, 2),
    }


def hold_call(recorder: LinkRecorder, call: VideoCall, seconds: float, every: float) -> float:
    """Samples the call until ``seconds`` have passed or it ends; returns its length."""
    began = time.monotonic()
    window = Window.now(recorder)
    while time.monotonic() - began < seconds:
        time.sleep(min(every, seconds - (time.monotonic() - began)))
        recorder.emit(sample(recorder, window))
        window = Window.now(recorder)
        if call.state is not CallState.IN_CALL:
            break
    return time.monotonic() - began


def run(args: argparse.Namespace) -> int:
    emit = Emitter()
    recorder = LinkRecorder(emit)
    ConsentWatch.install(emit)
    link_tuning = None if args.untuned else tuning.LinkTuning()
    if link_tuning is None:
        tuning.uninstall()
    settings = VGA.model_copy(update={"width": args.width, "height": args.height})
    call = VideoCall(settings, SignalingEndpoint(args.office, args.token), recorder.listener(),
                     media_factory=camera_like_media, link_tuning=link_tuning)  # fmt: skip
    call.start()
    try:
        call.start_call()
        if recorder.wait_for(CallState.IN_CALL, *OVER, timeout=90) is not CallState.IN_CALL:
            emit({"event": "summary", "stayed_up": False, "in_call_seconds": 0.0})
            return 1
        held = hold_call(recorder, call, args.seconds, args.every)
        stayed_up = call.state is CallState.IN_CALL
        if stayed_up:
            call.hang_up()
            recorder.wait_for(*OVER, timeout=10)
        emit({"event": "summary", "stayed_up": stayed_up, "in_call_seconds": round(held, 1),
              "final_state": recorder.states[-1].name.lower(),
              "video_frames": recorder.video_frames, "video_sizes": sorted(recorder.video_sizes),
              "audio_frames": recorder.audio_frames,
              "audio_gaps_by_pts": _rounded(asdict(recorder.by_pts)),
              "audio_gaps_by_arrival": _rounded(asdict(recorder.by_arrival))})  # fmt: skip
        return 0
    finally:
        call.close()


def _rounded(gaps: dict[str, Any]) -> dict[str, Any]:
    return {"count": gaps["count"], "lost_ms": round(gaps["lost_seconds"] * 1000)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--office", required=True, help="the backoffice URL (host veth end)")
    parser.add_argument("--token", required=True, help="an enrolled device token")
    parser.add_argument("--seconds", type=float, default=45.0, help="call length after accept")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--width", type=int, default=VGA.width, help="camera width")
    parser.add_argument("--height", type=int, default=VGA.height, help="camera height")
    parser.add_argument("--untuned", action="store_true", help="aiortc's stock encoders")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
