"""The cabin hears colleague and interpreter at once: their frames are summed, a silent voice
delays the other by at most 40 ms, and nothing is lost or repeated."""

from __future__ import annotations

import av
import numpy as np

from video.audio_mix import MAX_WAIT_FRAMES, AudioMixer

SAMPLES = 960


def frame(value: int, channels: int = 2) -> av.AudioFrame:
    samples = np.full((1, SAMPLES * channels), value, dtype=np.int16)
    made = av.AudioFrame.from_ndarray(
        samples, format="s16", layout="stereo" if channels == 2 else "mono"
    )
    made.sample_rate = 48_000
    return made


def values(frames: list[av.AudioFrame]) -> list[int]:
    return [int(f.to_ndarray().reshape(-1)[0]) for f in frames]


def test_one_voice_passes_straight_through() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    first = frame(100)
    mixer.add("staff", first)
    assert out == [first]


def test_two_voices_are_summed_frame_by_frame() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    mixer.add("staff", frame(100))  # alone so far: played at once
    for n in range(5):
        mixer.add("interpreter", frame(10))
        mixer.add("staff", frame(1000 + n))
    assert values(out) == [100, 1010, 1011, 1012, 1013, 1014]
    assert all(f.samples == SAMPLES and len(f.layout.channels) == 2 for f in out)


def test_a_silent_voice_holds_the_other_back_only_briefly() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    mixer.add("staff", frame(1))
    mixer.add("interpreter", frame(2))  # both known now: interpreter's frame waits for staff's
    assert values(out) == [1]
    for _ in range(MAX_WAIT_FRAMES):
        mixer.add("interpreter", frame(2))
    # The colleague has gone quiet (DTX): after 40 ms the interpreter is heard without them.
    assert values(out) == [1, 2]
    mixer.add("interpreter", frame(2))
    assert values(out) == [1, 2, 2]


def test_loud_voices_are_clipped_not_wrapped() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    mixer.add("a", frame(0))
    mixer.add("b", frame(30000))
    mixer.add("a", frame(30000))
    assert values(out)[-1] == 32767


def test_a_mono_voice_joins_a_stereo_mix() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    mixer.add("staff", frame(0))
    mixer.add("interpreter", frame(7, channels=1))
    mixer.add("staff", frame(5))
    assert values(out)[-1] == 12 and len(out[-1].layout.channels) == 2


def test_a_voice_that_leaves_takes_nothing_with_it() -> None:
    out: list[av.AudioFrame] = []
    mixer = AudioMixer(out.append)
    mixer.add("staff", frame(0))
    mixer.add("interpreter", frame(3))
    mixer.remove("interpreter")
    mixer.add("staff", frame(4))
    assert values(out) == [0, 3, 4]
