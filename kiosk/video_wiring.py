"""Puts the video journey into the terminal UI: QML types, view-model, shutdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from config.schema import TerminalSettings
from kiosk.video_surface import register_qml_types
from kiosk.viewmodels.session import SessionGuard
from kiosk.viewmodels.shell import ShellViewModel
from kiosk.viewmodels.video import VideoJourneyViewModel, VideoWiring
from sync.device import DeviceFileError, load_device
from video.signaling_client import SignalingEndpoint


def enrolled_endpoint(data_dir: Path) -> Callable[[], SignalingEndpoint | None]:
    """Where and as whom to call: the credentials ``kiosk enroll`` stored, read at each call
    (a terminal enrolled while the UI runs can call without a restart)."""

    def endpoint() -> SignalingEndpoint | None:
        try:
            device = load_device(data_dir)
        except DeviceFileError:
            return None
        if device is None:
            return None
        return SignalingEndpoint(device.backoffice_url, device.device_token)

    return endpoint


def create_video_journey(
    settings: TerminalSettings,
    data_dir: Path,
    wiring: VideoWiring | None,
    guard: SessionGuard,
    shell: ShellViewModel,
    parent: QObject,
    on_close: list[Callable[[], None]],
) -> VideoJourneyViewModel:
    """Call before the QML is loaded: it registers ``import Buergerterminal.Video``."""
    register_qml_types()
    view_model = VideoJourneyViewModel(
        settings.video, wiring or VideoWiring(enrolled_endpoint(data_dir)), guard, parent
    )
    shell.add_video(view_model)
    on_close.insert(0, view_model.close)  # hangs up and joins the call's thread first
    return view_model
