"""The cabin's side of the sound test, in a process of its own: Qt Multimedia connects to the
sound server once per process (the test's server, named by PULSE_SERVER), so it cannot share
the test process, whose Qt met no sound server before.

The real parts of the call journey: the media factory with the cabin's devices (microphone
from the sound server's default source; no camera here, so the test pattern), ``VideoCall``,
the ``MediaBridge`` and the ``Loudspeaker`` the UI plays the other side's voice through.

    QT_QPA_PLATFORM=offscreen python -m tests.helpers.sound_cabin OFFICE_URL DEVICE_TOKEN

Prints one JSON line per call state and, at the end, what the loudspeaker did; ends the call
when a line "hang up" comes on stdin (or stdin closes).
"""

from __future__ import annotations

import json
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from config.schema import VideoSettings
from kiosk.journeys.call.audio import Loudspeaker
from kiosk.journeys.call.media_bridge import MediaBridge
from video.call import VideoCall
from video.media import open_local_media
from video.signaling_client import SignalingEndpoint
from video.state import CallState


def _say(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main(url: str, token: str) -> int:
    app = QGuiApplication([])
    bridge = MediaBridge()
    speaker = Loudspeaker()
    bridge.remoteAudio.connect(speaker.play)

    def on_state(old: CallState, new: CallState) -> None:
        _say(state=new.value)

    bridge.callStateChanged.connect(on_state)
    settings = VideoSettings(width=320, height=240, fps=15, ring_timeout_seconds=60)
    call = VideoCall(
        settings, SignalingEndpoint(url, token), bridge.call_listener(), open_local_media
    )
    told = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), told.set()), daemon=True).start()
    watch = QTimer()
    watch.timeout.connect(lambda: app.quit() if told.is_set() else None)
    watch.start(50)
    call.start()
    call.start_call()
    app.exec()
    call.close()
    _say(speaker_available=speaker.available, bytes_played=speaker.bytes_played)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
