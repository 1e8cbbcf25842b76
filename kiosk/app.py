"""Composes the terminal UI: settings → view-models → QML engine → window."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from config.schema import TerminalSettings
from config.site import SiteKind
from kiosk.admin.overlay import attach_admin
from kiosk.clock import office_clock
from kiosk.journeys.call.compose import create_video_journey
from kiosk.journeys.call.viewmodel import VideoJourneyViewModel, VideoWiring
from kiosk.journeys.callback.submission import CallbackSubmitter
from kiosk.journeys.callback.viewmodel import CallbackJourneyViewModel, Clock
from kiosk.journeys.documents.preview_images import PROVIDER_ID as PREVIEW_PROVIDER
from kiosk.journeys.documents.preview_images import PreviewImages
from kiosk.journeys.documents.scan_plan import ConfiguredScanner, ScanPlanner
from kiosk.journeys.documents.scanner_report import ScannerReport
from kiosk.journeys.documents.submission import DocumentSubmitter
from kiosk.journeys.documents.viewmodel import DocumentsJourneyViewModel
from kiosk.journeys.documents.workspace import Workspace
from kiosk.qt_log import route_qt_messages
from kiosk.shell import ShellViewModel
from kiosk.viewmodels.accessibility import (
    AccessibilityViewModel,
    attach_accessibility,
    create_accessibility,
)
from kiosk.viewmodels.language import I18N_DIR, LanguageViewModel, available_languages
from kiosk.viewmodels.session import ActivityFilter, SessionGuard, SessionTiming
from kiosk.watchdog import UiWatchdog
from sync.health import ScannerStatusFile
from sync.outbox_check import check_when_starting
from sync.remote_config import effective_settings

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"


class KioskStartError(Exception):
    """The UI could not be built (QML failed to load); the message is for IT."""


@dataclass
class KioskApp:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    shell: ShellViewModel
    journey: CallbackJourneyViewModel
    language: LanguageViewModel
    guard: SessionGuard
    activity: ActivityFilter
    on_close: list[Callable[[], None]] = field(default_factory=list)
    documents: DocumentsJourneyViewModel | None = None
    accessibility: AccessibilityViewModel | None = None
    video: VideoJourneyViewModel | None = None

    def close(self) -> None:
        for action in self.on_close:
            action()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        self.shell.reset()
        self.language.unload()
        self.window.close()
        self.engine.deleteLater()


def build_application(
    settings: TerminalSettings,
    data_dir: Path,
    submitter: CallbackSubmitter | None = None,
    *,
    timing: SessionTiming | None = None,
    clock: Clock | None = None,
    i18n_dir: Path = I18N_DIR,
    documents: DocumentsWiring | None = None,
    video: VideoWiring | None = None,
) -> KioskApp:
    """Builds the UI on the running ``QGuiApplication``; the window is created but not shown."""
    app = QGuiApplication.instance()
    if app is None:
        raise KioskStartError("a QGuiApplication must exist before the UI is built")
    on_close: list[Callable[[], None]] = []
    if submitter is None:
        # Imported here: only the real terminal needs the outbox (and SQLite) at all.
        from kiosk.journeys.callback.outbox_submitter import OutboxSubmitter
        from sync.quota import StorageQuota

        outbox_submitter = OutboxSubmitter(data_dir, StorageQuota.from_settings(settings.sync))
        on_close.append(outbox_submitter.close)
        submitter = outbox_submitter
    timing = timing or SessionTiming.from_settings(settings.timeouts)
    QQuickStyle.setStyle("Basic")

    engine = QQmlApplicationEngine()
    codes = available_languages(i18n_dir, settings.site.languages)
    language = LanguageViewModel(
        codes, settings.site.default_language, i18n_dir, engine.retranslate, parent=engine
    )
    journey = CallbackJourneyViewModel(
        settings.callback,
        submitter,
        clock or office_clock(settings.site.timezone),
        language.current,
        settings.site.hotline,
        engine,
        reception=settings.site.kind is SiteKind.OFFICE,
    )
    guard = SessionGuard(timing, parent=engine)
    documents_vm = _documents_journey(
        settings, data_dir, documents, clock, language, engine, on_close
    )
    shell = ShellViewModel(
        settings.site, timing, language, journey, guard, parent=engine, documents=documents_vm
    )
    accessibility = create_accessibility(settings.accessibility, guard, language, engine)
    video_vm = create_video_journey(
        settings, data_dir, video, guard, engine, on_close, language.current,
        accessibility.announce,
    )  # fmt: skip
    shell.add_video(video_vm)
    context = engine.rootContext()
    for name, view_model in (
        ("accessibility", accessibility),
        ("shell", shell),
        ("languages", language),
        ("journey", journey),
        ("session", guard),
        ("documents", documents_vm),
        ("video", video_vm),
    ):
        context.setContextProperty(name, view_model)
    engine.load(QML_DIR / "Main.qml")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise KioskStartError(f"the user interface could not be loaded from {QML_DIR}")
    activity = ActivityFilter(guard, parent=engine)
    app.installEventFilter(activity)
    on_close.append(attach_accessibility(accessibility, roots[0], shell.sessionEnded))
    # Admin mode lies over everything; opening it ends whatever citizen session was on screen.
    attach_admin(engine, roots[0], settings, data_dir, on_open=shell.reset, on_close=on_close)
    return KioskApp(
        engine,
        roots[0],
        shell,
        journey,
        language,
        guard,
        activity,
        on_close,
        documents_vm,
        accessibility,
        video=video_vm,
    )


@dataclass(frozen=True)
class DocumentsWiring:
    """What tests swap in the documents journey: the scanner plan and the submit step."""

    planner: ScanPlanner | None = None
    submitter: DocumentSubmitter | None = None


def _documents_journey(
    settings: TerminalSettings,
    data_dir: Path,
    wiring: DocumentsWiring | None,
    clock: Clock | None,
    language: LanguageViewModel,
    engine: QQmlApplicationEngine,
    on_close: list[Callable[[], None]],
) -> DocumentsJourneyViewModel:
    wiring = wiring or DocumentsWiring()
    if settings.scanner.sane_config_dir is not None:
        # SANE reads it at every sane_init(); each scan run starts one.
        os.environ["SANE_CONFIG_DIR"] = str(settings.scanner.sane_config_dir)
    submitter = wiring.submitter
    if submitter is None:
        from kiosk.journeys.documents.outbox_submitter import outbox_submitter_for

        submitter = outbox_submitter_for(data_dir, settings, on_close)
    workspace = Workspace(data_dir / "previews")
    workspace.wipe()  # a crash may have left a previous citizen's previews behind
    engine.addImageProvider(PREVIEW_PROVIDER, PreviewImages(workspace.folder))
    office_time = clock or office_clock(settings.site.timezone)
    view_model = DocumentsJourneyViewModel(
        settings.documents,
        wiring.planner or ConfiguredScanner(settings.scanner),
        workspace,
        submitter,
        office_time,
        language.current,
        settings.site.hotline,
        engine,
        # Each citizen's scan tells the fleet page how the scanner is (as the admin test does).
        scanner_state=ScannerReport(ScannerStatusFile(data_dir), office_time),
        reception=settings.site.kind is SiteKind.OFFICE,
    )
    on_close.insert(0, view_model.reset)  # stops a running scan and deletes previews first
    return view_model


def _choose_platform() -> None:
    """Offscreen when there is no display to draw on (CI, the headless demo)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def create_gui_application() -> QGuiApplication:
    """The process's ``QGuiApplication``, set up as the terminal needs it (call once)."""
    _choose_platform()
    route_qt_messages()
    # The on-screen keyboard inside the window; Qt reads this when the application starts.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("buergerterminal")
    return app


def run(args: argparse.Namespace) -> int:
    # The local file with the remote config the backoffice last sent on top, if it fits.
    settings = effective_settings(args.config, args.data)
    data_dir: Path = args.data or settings.device.data_dir
    # A damaged outbox is salvaged before the first citizen comes (unless kiosk sync has it).
    check_when_starting(data_dir, dt.datetime.now(dt.UTC))
    app = create_gui_application()
    kiosk = build_application(settings, data_dir)
    if args.windowed:
        kiosk.window.show()
    else:
        kiosk.window.showFullScreen()
    watchdog = UiWatchdog(parent=kiosk.engine)
    watchdog.start()
    code = app.exec()
    watchdog.stop()
    kiosk.close()
    return code
