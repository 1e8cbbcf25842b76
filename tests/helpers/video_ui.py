"""The video journey in the real kiosk UI, for tests: stand-in devices and a call endpoint.

``cabin_devices`` is a camera and microphone that are *there* (the synthetic test pattern and
tone, reported as real devices), so the check screen shows the normal case; ``no_camera``
reports the camera missing, as an unplugged webcam does.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from config.schema import VideoSettings
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.surface import VideoSurface
from kiosk.journeys.call.viewmodel import VideoJourneyViewModel
from video.media import LocalMedia, MediaRequest, MutableAudioTrack, TestPatternTrack, ToneTrack

# Small and quick, as in tests/helpers/video_kiosk.py; a short ring time for the offer tests.
UI_VIDEO = VideoSettings(width=320, height=240, fps=15, ring_timeout_seconds=20)


def cabin_devices(request: MediaRequest) -> LocalMedia:
    return LocalMedia(
        audio=MutableAudioTrack(ToneTrack()),
        video=TestPatternTrack(request.width, request.height, request.fps),
        synthetic_audio=False,
        synthetic_video=False,
    )


def no_camera(request: MediaRequest) -> LocalMedia:
    media = cabin_devices(request)
    media.synthetic_video = True
    return media


def video_of(kiosk: KioskApp) -> VideoJourneyViewModel:
    assert kiosk.video is not None
    return kiosk.video


def surface(kiosk: KioskApp, name: str) -> VideoSurface:
    item = uidriver.find(kiosk.window, name)
    assert isinstance(item, VideoSurface)
    return item


def wait_stage(qtbot: QtBot, kiosk: KioskApp, *stages: str, timeout: int = 10_000) -> str:
    video = video_of(kiosk)
    qtbot.waitUntil(lambda: video.property("stage") in stages, timeout=timeout)
    return str(video.property("stage"))
