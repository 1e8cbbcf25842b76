"""The cabin's microphone through its sound server (PipeWire, or PulseAudio itself).

FFmpeg's PulseAudio input is the direct way where PyAV was built with it; the PyAV wheels on
PyPI are not (they carry ALSA and OSS only), so otherwise ``parec`` (Debian's pulseaudio-utils)
records: it speaks the PulseAudio protocol that ``pipewire-pulse`` serves as well, and hands
over plain 16-bit PCM, 48 kHz mono, in 20 ms frames, as Opus wants them.

No sound server, no source, no ``parec``: :func:`open_microphone` says why in one log line and
returns ``None``; the caller then reports the microphone missing.
"""

from __future__ import annotations

import asyncio
import logging
import select
import shutil
import subprocess

import av
import numpy as np
from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from video.audio_frames import AUDIO_RATE, AUDIO_SAMPLES, audio_frame

log = logging.getLogger(__name__)

DEFAULT_SOURCE = "default"
_FRAME_BYTES = AUDIO_SAMPLES * 2  # s16 mono
# How long the first 20 ms of sound may take to come: the server starts the source on demand.
_FIRST_FRAME_SECONDS = 5.0


class ParecMicrophone(MediaStreamTrack):
    """20 ms frames read from a running ``parec``; ends when it does."""

    kind = "audio"

    def __init__(self, process: subprocess.Popen[bytes], first: bytes) -> None:
        super().__init__()
        self._process = process
        self._pending = first
        self._index = 0

    def _read(self) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
            return data
        stream = self._process.stdout
        # A buffered pipe's read(n) waits for all n bytes, or the end.
        return b"" if stream is None else stream.read(_FRAME_BYTES)

    async def recv(self) -> av.AudioFrame:
        data = await asyncio.get_running_loop().run_in_executor(None, self._read)
        if len(data) < _FRAME_BYTES:
            self.stop()
            raise MediaStreamError("the sound server stopped recording")
        frame = audio_frame(np.frombuffer(data, np.int16).reshape(1, -1), self._index)
        self._index += AUDIO_SAMPLES
        return frame

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()
        super().stop()


def _parec(source: str) -> MediaStreamTrack | None:
    program = shutil.which("parec")
    if program is None:
        log.warning("microphone unusable: parec (pulseaudio-utils) is not installed")
        return None
    command = [program, "--raw", "--format=s16le", f"--rate={AUDIO_RATE}", "--channels=1",
               "--latency-msec=20"]  # fmt: skip
    if source != DEFAULT_SOURCE:
        command.append(f"--device={source}")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    ready, _, _ = select.select([process.stdout], [], [], _FIRST_FRAME_SECONDS)
    first = process.stdout.read(_FRAME_BYTES) if ready else b""
    if len(first) == _FRAME_BYTES:
        log.info("microphone: sound server source %s", source)
        return ParecMicrophone(process, first)
    process.kill()
    process.wait()
    reason = process.stderr.read().decode(errors="replace").strip().splitlines()
    process.stdout.close()
    process.stderr.close()
    log.warning(
        "microphone unusable: no sound from the sound server's source %s (%s)",
        source,
        reason[0] if reason else "no answer",
    )
    return None


def open_microphone(source: str) -> MediaStreamTrack | None:
    """The sound server's ``source`` (``default``: its default source), or ``None``.
    Blocking (it waits for the first frame): call it off the event loop."""
    if "pulse" in av.formats_available:
        try:
            return MediaPlayer(source, format="pulse").audio
        except (av.FFmpegError, OSError, ValueError) as error:
            log.warning("microphone unusable (%s)", type(error).__name__)
            return None
    return _parec(source)
