"""Puts the video journey into the terminal UI: QML types, view-model, shutdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtQml import QQmlApplicationEngine

from config.schema import TerminalSettings
from kiosk.clock import office_clock
from kiosk.journeys.call.documents import CallDocumentsWiring
from kiosk.journeys.call.surface import register_qml_types
from kiosk.journeys.call.viewmodel import VideoJourneyViewModel, VideoWiring
from kiosk.journeys.documents.preview_images import CALL_PROVIDER_ID, PreviewImages
from kiosk.journeys.documents.scan_plan import ConfiguredScanner
from kiosk.journeys.documents.scanner_report import ScannerReport
from kiosk.journeys.documents.submission import DocumentSubmitter
from kiosk.journeys.documents.workspace import Workspace
from kiosk.viewmodels.session import SessionGuard
from sync.device import DeviceFileError, load_device
from sync.health import ScannerStatusFile
from sync.office_link import office_ssl_context
from video.media import simulated_devices
from video.signaling_client import SignalingEndpoint


def enrolled_endpoint(
    data_dir: Path, ca_file: Path | None = None
) -> Callable[[], SignalingEndpoint | None]:
    """Where and as whom to call: the credentials ``kiosk enroll`` stored, read at each call
    (a terminal enrolled while the UI runs can call without a restart). The socket trusts
    what every HTTPS request to the office trusts (``sync.office_link.office_ssl_context``)."""

    def endpoint() -> SignalingEndpoint | None:
        try:
            device = load_device(data_dir)
        except DeviceFileError:
            return None
        if device is None:
            return None
        tls = office_ssl_context(ca_file)
        return SignalingEndpoint(device.backoffice_url, device.device_token, tls)

    return endpoint


def create_video_journey(
    settings: TerminalSettings,
    data_dir: Path,
    wiring: VideoWiring | None,
    guard: SessionGuard,
    engine: QQmlApplicationEngine,
    on_close: list[Callable[[], None]],
    language: Callable[[], str],
    announce: Callable[[str], None] = lambda _text: None,
) -> VideoJourneyViewModel:
    """Call before the QML is loaded: it registers ``import Buergerterminal.Video``.
    ``announce`` reads a change during the call aloud (for a citizen using read-aloud)."""
    register_qml_types()
    wiring = wiring or _terminal_wiring(settings, data_dir)
    documents = None
    if settings.video.show_documents:
        documents = _call_documents(settings, data_dir, wiring, language, on_close)
        engine.addImageProvider(CALL_PROVIDER_ID, PreviewImages(documents.workspace.folder))
    view_model = VideoJourneyViewModel(
        settings.video, wiring, guard, engine, documents, language, announce
    )
    on_close.insert(0, view_model.close)  # hangs up and joins the call's thread first
    return view_model


def _terminal_wiring(settings: TerminalSettings, data_dir: Path) -> VideoWiring:
    endpoint = enrolled_endpoint(data_dir, settings.backoffice.ca_file)
    if settings.video.simulated_devices:
        return VideoWiring(
            enrolled_endpoint(data_dir, settings.backoffice.ca_file),
            simulated_devices,
            speaker_probe=lambda: True,
        )
    return VideoWiring(endpoint)


def _call_documents(
    settings: TerminalSettings,
    data_dir: Path,
    wiring: VideoWiring,
    language: Callable[[], str],
    on_close: list[Callable[[], None]],
) -> CallDocumentsWiring:
    """The scanner and outbox for pages shown during a call, as the documents journey has them.

    Its submitter is its own (its own SQLite connection to the same outbox, which is safe in
    WAL mode), closed with the UI through ``on_close``."""
    submitter: DocumentSubmitter | None = wiring.submitter
    if submitter is None:
        from kiosk.journeys.documents.outbox_submitter import outbox_submitter_for

        submitter = outbox_submitter_for(data_dir, settings, on_close)
    workspace = Workspace(data_dir / "call-previews")
    workspace.wipe()  # a crash may have left a previous citizen's pages behind
    clock = office_clock(settings.site.timezone)
    return CallDocumentsWiring(
        settings=settings.documents,
        planner=wiring.planner or ConfiguredScanner(settings.scanner),
        workspace=workspace,
        submitter=submitter,
        clock=clock,
        language=language,
        hotline=settings.site.hotline,
        scanner_state=ScannerReport(ScannerStatusFile(data_dir), clock),
    )
