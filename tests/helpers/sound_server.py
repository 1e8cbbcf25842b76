"""A user-space sound server for a test: PipeWire with its PulseAudio server and WirePlumber
(Debian's), on a D-Bus session bus and a runtime folder of its own, with virtual devices:

* ``cabin_speaker``: a null sink, the cabin's loudspeaker (its ``.monitor`` is what it plays);
* ``cabin_mic``: a source fed from the null sink ``cabin_mic_feed``, into which the test plays
  a tone: the cabin's microphone hears that tone.

Usage::

    with SoundServer.started(tmp_path / "sound") as sound:
        sound.play_tone(523.0, seconds=30)             # into the microphone
        env = sound.environment()                      # PULSE_SERVER etc. for a process
        frequency = dominant_frequency(sound.record("cabin_speaker.monitor", 2.0))
"""

from __future__ import annotations

import contextlib
import math
import os
import subprocess
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

RATE = 48_000
SPEAKER = "cabin_speaker"
MIC_FEED = "cabin_mic_feed"
MIC = "cabin_mic"
START_TIMEOUT = 30.0


def write_tone(path: Path, frequency: float, seconds: float, amplitude: float = 0.4) -> Path:
    """A mono 16-bit WAV of a pure tone (soft start and end, so it does not click)."""
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.02)
    samples = (amplitude * envelope * np.sin(2 * math.pi * frequency * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return path


def dominant_frequency(pcm: bytes) -> float:
    """The strongest frequency (Hz) in s16 mono PCM at 48 kHz."""
    samples = np.frombuffer(pcm, "<i2").astype(np.float64)
    if samples.size < RATE // 10 or not samples.any():
        return 0.0
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(samples.size)))
    spectrum[:5] = 0  # no DC
    return float(np.argmax(spectrum) * RATE / samples.size)


@dataclass
class SoundServer:
    runtime: Path
    bus: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def environment(self) -> dict[str, str]:
        return {
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PULSE_SERVER": f"unix:{self.runtime / 'pulse/native'}",
            "DBUS_SESSION_BUS_ADDRESS": self.bus,
            "PIPEWIRE_RUNTIME_DIR": str(self.runtime),
        }

    def _env(self) -> dict[str, str]:
        return {**os.environ, **self.environment()}

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args], env=self._env(), capture_output=True, text=True, timeout=30
        )
        if result.returncode != 0:
            raise AssertionError(f"pactl {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def _spawn(self, *command: str) -> subprocess.Popen[bytes]:
        log = (self.runtime.parent / f"{Path(command[0]).name}.log").open("ab")
        process = subprocess.Popen(command, env=self._env(), stdout=log, stderr=log)
        log.close()
        self.processes.append(process)
        return process

    def play_tone(self, frequency: float, seconds: float) -> None:
        """Into the microphone's feed, in the background."""
        tone = write_tone(self.runtime.parent / f"tone-{frequency:.0f}.wav", frequency, seconds)
        self._spawn("paplay", f"--device={MIC_FEED}", str(tone))

    def record(self, source: str, seconds: float) -> bytes:
        """What ``source`` carries for ``seconds`` (s16 mono, 48 kHz)."""
        recorder = subprocess.Popen(
            ["parec", f"--device={source}", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1"],
            env=self._env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert recorder.stdout is not None
        wanted = int(RATE * seconds) * 2
        data = b""
        deadline = time.monotonic() + seconds + 10
        while len(data) < wanted and time.monotonic() < deadline:
            part = recorder.stdout.read(min(wanted - len(data), 9600))
            if not part:
                break
            data += part
        recorder.terminate()
        recorder.wait(10)
        recorder.stdout.close()
        return data

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(AssertionError):
                # WirePlumber is up once the PulseAudio side knows a default sink policy.
                if "Server Name" in self.pactl("info"):
                    return
            time.sleep(0.1)
        raise AssertionError("the sound server did not start")

    def _devices(self) -> None:
        self.pactl("load-module", "module-null-sink", f"sink_name={SPEAKER}")
        self.pactl("load-module", "module-null-sink", f"sink_name={MIC_FEED}")
        self.pactl("load-module", "module-remap-source", f"master={MIC_FEED}.monitor",
                   f"source_name={MIC}", "channels=1")  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(AssertionError):
                self.pactl("set-default-sink", SPEAKER)
                self.pactl("set-default-source", MIC)
                info = self.pactl("info")
                if f"Default Sink: {SPEAKER}" in info and f"Default Source: {MIC}" in info:
                    return
            time.sleep(0.1)
        raise AssertionError(f"the sound server did not take the defaults:\n{self.pactl('info')}")

    @classmethod
    @contextlib.contextmanager
    def started(cls, folder: Path) -> Iterator[SoundServer]:
        runtime = folder / "runtime"
        runtime.mkdir(parents=True)
        runtime.chmod(0o700)
        bus = f"unix:path={runtime / 'bus'}"
        server = cls(runtime, bus)
        try:
            server._spawn("dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={bus}")
            while not (runtime / "bus").exists():
                time.sleep(0.05)
            server._spawn("pipewire")
            server._spawn("wireplumber")
            server._spawn("pipewire-pulse")
            server._wait_ready()
            server._devices()
            yield server
        finally:
            for process in reversed(server.processes):
                if process.poll() is None:
                    process.terminate()
            for process in server.processes:
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
