"""Audio as the call sends it: 48 kHz, 20 ms frames (what Opus packs into one RTP packet)."""

from __future__ import annotations

import fractions

import av
import numpy as np

AUDIO_RATE = 48_000
AUDIO_SAMPLES = 960  # 20 ms


def audio_frame(samples: np.ndarray, pts: int, layout: str = "mono") -> av.AudioFrame:
    """s16 ``samples`` (channels × samples) as a frame starting at sample ``pts``."""
    frame = av.AudioFrame.from_ndarray(samples, format="s16", layout=layout)
    frame.sample_rate = AUDIO_RATE
    frame.pts = pts
    frame.time_base = fractions.Fraction(1, AUDIO_RATE)
    return frame
