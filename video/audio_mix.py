"""Several voices into the cabin's one loudspeaker.

In a call with an interpreter the terminal receives two audio streams (the colleague's and
the interpreter's), each 20 ms frames as they arrive from the network. The loudspeaker takes
one stream, so frames are summed. Each voice waits in a short queue for the other's frame of
the same moment; a voice that falls silent (DTX, a lost link) holds up the other by at most
:data:`MAX_WAIT_FRAMES` frames, then it is mixed without it. With one voice nothing waits.
"""

from __future__ import annotations

import fractions
from collections import deque
from collections.abc import Callable

import av
import numpy as np

# 40 ms: the most one voice is delayed waiting for another (a delay people do not notice,
# and well under the loudspeaker's own buffer).
MAX_WAIT_FRAMES = 2
# A voice this far ahead of the others has its oldest frames dropped: the other is gone.
MAX_QUEUE_FRAMES = 10


class AudioMixer:
    def __init__(self, output: Callable[[av.AudioFrame], None]) -> None:
        self._output = output
        self._queues: dict[str, deque[av.AudioFrame]] = {}
        self._pts = 0

    def add(self, voice: str, frame: av.AudioFrame) -> None:
        """A decoded frame (s16) from ``voice``; mixed output goes to ``output``."""
        queue = self._queues.setdefault(voice, deque(maxlen=MAX_QUEUE_FRAMES))
        if len(self._queues) == 1:
            self._output(frame)  # alone: nothing to mix, nothing to wait for
            return
        queue.append(frame)
        while self._ready():
            self._emit([q.popleft() for q in self._queues.values() if q])

    def remove(self, voice: str) -> None:
        """``voice`` left the call: what it still had queued is played, then it is gone."""
        queue = self._queues.pop(voice, None)
        if queue and self._queues:
            for frame in queue:
                self._output(frame)
        while any(self._queues.values()):
            self._emit([q.popleft() for q in self._queues.values() if q])

    def _ready(self) -> bool:
        lengths = [len(q) for q in self._queues.values()]
        return min(lengths) > 0 or max(lengths) > MAX_WAIT_FRAMES

    def _emit(self, frames: list[av.AudioFrame]) -> None:
        if len(frames) == 1:
            self._output(frames[0])
            return
        channels = max(len(f.layout.channels) for f in frames)
        samples = min(f.samples for f in frames)
        mixed = np.zeros(samples * channels, dtype=np.int32)
        for frame in frames:
            pcm: np.ndarray = frame.to_ndarray().reshape(-1).astype(np.int32)
            if len(frame.layout.channels) < channels:
                pcm = np.repeat(pcm, channels)  # a mono voice into a stereo mix
            mixed += pcm[: samples * channels]
        out = av.AudioFrame.from_ndarray(
            np.clip(mixed, -32768, 32767).astype(np.int16).reshape(1, -1),
            format="s16",
            layout="stereo" if channels == 2 else "mono",
        )
        out.sample_rate = frames[0].sample_rate
        out.pts = self._pts
        out.time_base = fractions.Fraction(1, out.sample_rate)
        self._pts += samples
        self._output(out)
