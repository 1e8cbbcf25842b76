"""The cabin's loudspeaker: the other side's voice, and the check screen's test sound.

Through ``QAudioSink`` in push mode on the GUI thread (it is a QObject with thread affinity);
it takes what it can and never blocks. Without an output device (a test machine, a cabin
whose speaker is unplugged) it plays nothing, says so through ``available``, and still counts
what arrived, so the call goes on and the check screen can tell the citizen.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QIODevice, QObject
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

log = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
TEST_TONE_SECONDS = 1.2


def test_tone(channels: int = 2) -> bytes:
    """A friendly two-note chime (s16 PCM), soft at both ends so it does not click."""
    t = np.arange(int(SAMPLE_RATE * TEST_TONE_SECONDS)) / SAMPLE_RATE
    half = len(t) // 2
    frequency = np.where(np.arange(len(t)) < half, 660.0, 880.0)
    envelope = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.05)
    wave = 0.25 * envelope * np.sin(2 * math.pi * frequency * t)
    samples = (wave * 32767).astype(np.int16)
    return np.repeat(samples, channels).tobytes()


def _has_output_device() -> bool:
    return not QMediaDevices.defaultAudioOutput().isNull()


class Loudspeaker(QObject):
    """Plays PCM chunks (s16, 48 kHz) as they come; quietly counts them when there is no
    output device."""

    def __init__(
        self, probe: Callable[[], bool] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._probe = probe or _has_output_device
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._channels = 0
        self._probed = False
        self._available = False
        self._broken = False
        self.chunks_received = 0
        self.bytes_played = 0

    @property
    def available(self) -> bool:
        """Whether an output device exists (probed once, lazily: probing loads QtMultimedia's
        backend, which only the video journey needs)."""
        if not self._probed:
            self._probed = True
            self._available = self._probe()
            if not self._available:
                log.warning("no audio output device: call sound and the test sound are silent")
        return self._available

    def play(self, pcm: bytes, channels: int) -> None:
        self.chunks_received += 1
        if not self.available:
            return
        if self._broken:
            return  # it failed once: stay quiet rather than retry 50 times a second
        if self._io is None or channels != self._channels:
            self._open(channels)
        if self._io is not None:
            self.bytes_played += max(0, self._io.write(pcm))

    def play_test_sound(self) -> None:
        self.play(test_tone(), 2)

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()
        self._sink, self._io, self._channels = None, None, 0

    def _open(self, channels: int) -> None:
        self.stop()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        device = QMediaDevices.defaultAudioOutput()
        if not device.isFormatSupported(audio_format):
            log.warning("audio output does not take 48 kHz s16 with %d channels", channels)
            self._broken = True
            return
        self._sink = QAudioSink(device, audio_format, self)
        # A short buffer: a voice late by half a second makes people talk over each other.
        self._sink.setBufferSize(SAMPLE_RATE * channels * 2 // 5)
        self._io = self._sink.start()
        self._channels = channels
        if self._sink.error() is not QtAudio.Error.NoError:
            log.warning("audio output failed to start: %s", self._sink.error())
            self.stop()
            self._broken = True
