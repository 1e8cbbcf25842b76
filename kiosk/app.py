"""Composes the terminal UI: settings → view-models → QML engine → window."""

from __future__ import annotations

import argparse
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

from config import load_terminal_settings
from config.schema import TerminalSettings
from kiosk.clock import office_clock
from kiosk.journeys.callback.submission import CallbackSubmitter
from kiosk.viewmodels.callback import CallbackJourneyViewModel, Clock
from kiosk.viewmodels.language import I18N_DIR, LanguageViewModel, available_languages
from kiosk.viewmodels.session import ActivityFilter, SessionGuard, SessionTiming
from kiosk.viewmodels.shell import ShellViewModel

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
WALKTHROUGH_INACTIVITY_MS = 2500


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
) -> KioskApp:
    """Builds the UI on the running ``QGuiApplication``; the window is created but not shown."""
    app = QGuiApplication.instance()
    if app is None:
        raise KioskStartError("a QGuiApplication must exist before the UI is built")
    on_close: list[Callable[[], None]] = []
    if submitter is None:
        # Imported here: only the real terminal needs the outbox (and SQLite) at all.
        from kiosk.journeys.callback.outbox_submitter import OutboxSubmitter

        outbox_submitter = OutboxSubmitter(data_dir)
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
    )
    guard = SessionGuard(timing, parent=engine)
    shell = ShellViewModel(settings.site, timing, language, journey, guard, parent=engine)
    context = engine.rootContext()
    for name, view_model in (
        ("shell", shell),
        ("languages", language),
        ("journey", journey),
        ("session", guard),
    ):
        context.setContextProperty(name, view_model)
    engine.load(QML_DIR / "Main.qml")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise KioskStartError(f"the user interface could not be loaded from {QML_DIR}")
    activity = ActivityFilter(guard, parent=engine)
    app.installEventFilter(activity)
    return KioskApp(engine, roots[0], shell, journey, language, guard, activity, on_close)


def _choose_platform() -> None:
    """Offscreen when there is no display to draw on (CI, the headless demo)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run(args: argparse.Namespace) -> int:
    settings = load_terminal_settings(args.config)
    data_dir: Path = args.data or settings.device.data_dir
    _choose_platform()
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("buergerterminal")
    walkthrough: Path | None = args.walkthrough
    # The walk shows the inactivity warning once; it should not stand still for 90 s for that.
    timing = (
        SessionTiming(
            inactivity_ms=WALKTHROUGH_INACTIVITY_MS,
            warning_ms=settings.timeouts.warning_seconds * 1000,
            receipt_ms=settings.timeouts.receipt_seconds * 1000,
        )
        if walkthrough is not None
        else None
    )
    kiosk = build_application(settings, data_dir, timing=timing)
    if walkthrough is not None:
        from kiosk.autopilot import Autopilot

        pilot = Autopilot(kiosk, walkthrough)
        kiosk.window.show()
        pilot.start()
        app.exec()
        kiosk.close()
        return 0 if pilot.succeeded else 1
    if args.windowed:
        kiosk.window.show()
    else:
        kiosk.window.showFullScreen()
    code = app.exec()
    kiosk.close()
    return code
