"""The device check before a call, when a device is missing: a plain sentence about it, and a
way on (talk without being seen; a callback instead when the colleague could not hear)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config.schema import TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.video_ui import UI_VIDEO, cabin_devices, no_camera, video_of
from video.media import LocalMedia, MediaRequest, open_local_media
from video.session import MediaFactory


def no_microphone(request: MediaRequest) -> LocalMedia:
    media = cabin_devices(request)
    media.synthetic_audio = True
    return media


def _texts_of(kiosk: KioskApp, name: str) -> list[str]:
    row = uidriver.find(kiosk.window, name)
    texts = (item.property("text") for item in uidriver.all_items_under(row))
    return [str(text) for text in texts if text]


def _check_screen(qtbot: QtBot, tmp_path: Path, devices: MediaFactory) -> Iterator[Citizen]:
    # No call is made here: the check screen needs no backoffice.
    wiring = VideoWiring(lambda: None, devices, speaker_probe=lambda: True)
    settings = TerminalSettings(video=UI_VIDEO)
    with running_kiosk(qtbot, tmp_path, settings=settings, video=wiring) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("en")
        citizen.tap("startVideo")
        qtbot.waitUntil(lambda: bool(video_of(kiosk).property("devicesReady")), timeout=5000)
        yield citizen


@pytest.fixture
def without_camera(qtbot: QtBot, tmp_path: Path) -> Iterator[Citizen]:
    yield from _check_screen(qtbot, tmp_path, no_camera)


@pytest.fixture
def without_microphone(qtbot: QtBot, tmp_path: Path) -> Iterator[Citizen]:
    yield from _check_screen(qtbot, tmp_path, no_microphone)


def _shown(kiosk: KioskApp, name: str) -> bool:
    return uidriver.exists(kiosk.window, name)


def test_a_missing_camera_is_said_plainly_and_the_call_can_go_on(without_camera: Citizen) -> None:
    kiosk = without_camera.kiosk

    assert _texts_of(kiosk, "cameraStatus") == [
        "The camera is not working.",
        "You can still talk. The colleague will hear you but not see you.",
    ]
    assert _texts_of(kiosk, "microphoneStatus")[0] == "Microphone"
    assert uidriver.find(kiosk.window, "startCallButton").property("enabled")
    # Talking without being seen works: no detour to a callback is pressed on the citizen.
    assert not _shown(kiosk, "checkCallbackButton")


@pytest.mark.skipif(any(Path("/dev").glob("video[0-9]*")), reason="this machine has a camera")
def test_without_a_v4l2_device_the_real_cabin_says_so(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The terminal's own media factory looking for a camera on a machine without /dev/video*
    (the microphone a working stand-in, so that the camera is the one thing missing)."""

    def real_camera(request: MediaRequest) -> LocalMedia:
        media = open_local_media(dataclasses.replace(request, microphone=None))
        media.synthetic_audio = False
        return media

    with caplog.at_level(logging.WARNING, "video.media"):
        screens = _check_screen(qtbot, tmp_path, real_camera)
        try:
            citizen = next(screens)
            assert _texts_of(citizen.kiosk, "cameraStatus") == [
                "The camera is not working.",
                "You can still talk. The colleague will hear you but not see you.",
            ]
        finally:
            screens.close()
    assert any(
        "no camera: /dev/video0 does not exist (no V4L2 device)" in record.getMessage()
        for record in caplog.records
    ), caplog.text


def test_a_missing_microphone_offers_a_callback_with_the_language_kept(
    without_microphone: Citizen,
) -> None:
    kiosk = without_microphone.kiosk
    assert _texts_of(kiosk, "microphoneStatus")[0] == "The microphone is not working."
    assert "callback request" in _texts_of(kiosk, "microphoneStatus")[1]
    assert not uidriver.exists(kiosk.window, "micLevel")

    without_microphone.tap("checkCallbackButton")

    without_microphone.sees("stepTitle")
    assert kiosk.shell.property("screen") == "callback"
    assert kiosk.language.property("code") == "en"


def test_a_cabin_with_simulated_devices_shows_them_working(qtbot: QtBot, tmp_path: Path) -> None:
    """The demo's cabin (``video.simulated_devices``): the stand-ins count as working devices,
    with the terminal's own wiring (no test wiring given)."""
    video = UI_VIDEO.model_copy(update={"simulated_devices": True})
    with running_kiosk(qtbot, tmp_path, settings=TerminalSettings(video=video)) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("en")
        citizen.tap("startVideo")
        qtbot.waitUntil(lambda: bool(video_of(kiosk).property("devicesReady")), timeout=5000)

        assert _texts_of(kiosk, "cameraStatus")[0] == "Camera"
        assert _texts_of(kiosk, "microphoneStatus")[0] == "Microphone"
        assert _texts_of(kiosk, "speakerStatus")[0] == "Loudspeaker"
