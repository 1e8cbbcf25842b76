"""The cabin's microphone and loudspeaker through the sound server, in a real call.

A user-space PipeWire (with its PulseAudio server and WirePlumber) stands in for the cabin's
sound: its default source is a microphone hearing a 523 Hz tone, its default sink a null sink
whose monitor the test records. The cabin (``tests.helpers.sound_cabin``: the real media
factory, call, bridge and loudspeaker, in a process of its own) calls; a member of staff in
headless Chromium answers, with an 880 Hz tone as their microphone. The cabin's tone must reach
the staff browser, and the staff's tone must come out of the cabin's loudspeaker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.sound_server import SPEAKER, SoundServer, dominant_frequency, write_tone
from tests.helpers.terminal import REPO
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import StaffPage, chromium

pytestmark = pytest.mark.e2e

CABIN_TONE, STAFF_TONE = 523.0, 880.0
# Opus and the resampling on both sides move a pure tone's pitch by a percent or so (measured:
# 880 Hz arrives as 868 Hz); the two tones are far enough apart to tell them all the same.
TOLERANCE = 0.03
PASSWORD = "ein-langes-passwort"

# The staff page's received audio through WebAudio: its strongest frequency right now.
HEARD = """() => {
  const pc = window.staffCall.pc;
  const track = pc && pc.getReceivers().map((r) => r.track).find((t) => t && t.kind === "audio");
  if (!track) return {frequency: 0, level: -200};
  if (!window.soundProbe) {
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 16384;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    window.soundProbe = {context, analyser};
  }
  const {context, analyser} = window.soundProbe;
  const bins = new Float32Array(analyser.frequencyBinCount);
  analyser.getFloatFrequencyData(bins);
  let best = 1;
  for (let i = 2; i < bins.length; i++) if (bins[i] > bins[best]) best = i;
  return {frequency: best * context.sampleRate / analyser.fftSize, level: bins[best]};
}"""


@pytest.fixture
def sound(tmp_path: Path) -> Iterator[SoundServer]:
    with SoundServer.started(tmp_path / "sound") as server:
        yield server


@pytest.fixture
def office(tmp_path: Path) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path / "office") as running:
        running.add_staff("anna", PASSWORD)
        yield running


class Cabin:
    def __init__(self, office: BackofficeProcess, sound: SoundServer) -> None:
        env = {**os.environ, **sound.environment(), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(REPO)}  # fmt: skip
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.sound_cabin", office.url,
             enrolled_device(office)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env, cwd=REPO,
        )  # fmt: skip
        self.events: list[dict[str, Any]] = []

    def wait_state(self, wanted: str, timeout: float = 60) -> None:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.events.append(json.loads(line))
            if self.events[-1].get("state") == wanted:
                return
        raise AssertionError(f"the cabin never reached {wanted}: {self.events}")

    def hang_up(self) -> dict[str, Any]:
        stdout, stderr = self.process.communicate("hang up\n", timeout=60)
        last: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
        self.stderr = stderr
        return last


def _near(frequency: float, tone: float) -> bool:
    return abs(frequency - tone) < tone * TOLERANCE


def _heard_by_staff(staff: StaffPage, timeout: float = 20) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    heard: dict[str, float] = {}
    while time.monotonic() < deadline:
        heard = staff.page.evaluate(HEARD)
        if _near(heard["frequency"], CABIN_TONE) and heard["level"] > -60:
            return heard
        time.sleep(0.2)
    raise AssertionError(f"the staff browser does not hear the cabin's {CABIN_TONE} Hz: {heard}")


def test_the_citizen_and_staff_hear_each_other_through_the_sound_server(
    tmp_path: Path, sound: SoundServer, office: BackofficeProcess
) -> None:
    sound.play_tone(CABIN_TONE, seconds=120)  # what the citizen says into the microphone
    staff_voice = write_tone(tmp_path / "staff.wav", STAFF_TONE, seconds=30)
    with chromium([f"--use-file-for-fake-audio-capture={staff_voice}"]) as browser:
        staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
        staff.set_available(True)
        cabin = Cabin(office, sound)
        try:
            staff.wait_ringing(timeout=60)
            staff.accept()
            cabin.wait_state("in_call")
            heard = _heard_by_staff(staff)
            played = sound.record(f"{SPEAKER}.monitor", seconds=2.0)
        finally:
            spoken = cabin.hang_up()
            staff.close()
    assert _near(dominant_frequency(played), STAFF_TONE), dominant_frequency(played)
    assert spoken["speaker_available"] is True and spoken["bytes_played"] > 48_000
    assert "using a test tone" not in cabin.stderr and "microphone unusable" not in cabin.stderr
    print(f"\nstaff heard {heard['frequency']:.0f} Hz; the cabin's loudspeaker played "
          f"{dominant_frequency(played):.0f} Hz")  # fmt: skip
