"""Puts admin mode on a running kiosk window: the view-model, and the overlay QML on top.

Kept out of Main.qml on purpose: the overlay is created here, after the window, so the
citizen's screens know nothing of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from config.schema import TerminalSettings
from kiosk.admin.log_buffer import RecentLog
from kiosk.admin.pin_gate import PinGate
from kiosk.admin.viewmodel import AdminViewModel

log = logging.getLogger(__name__)

QML_FILE = Path(__file__).resolve().parents[1] / "qml" / "AdminOverlay.qml"


class AdminOverlayError(Exception):
    """The overlay QML did not load (a packaging error); the message is for IT."""


def attach_admin(
    engine: QQmlApplicationEngine,
    window: QQuickWindow,
    settings: TerminalSettings,
    data_dir: Path,
    *,
    on_open: Callable[[], None],
    on_close: list[Callable[[], None]],
    gate: PinGate | None = None,
) -> AdminViewModel:
    recent = RecentLog()
    logging.getLogger().addHandler(recent)
    on_close.append(lambda: logging.getLogger().removeHandler(recent))
    admin = AdminViewModel(settings, data_dir, recent, on_open=on_open, gate=gate, parent=engine)
    engine.rootContext().setContextProperty("admin", admin)
    component = QQmlComponent(engine, QUrl.fromLocalFile(str(QML_FILE)))
    item = component.create(engine.rootContext())
    if not isinstance(item, QQuickItem):
        raise AdminOverlayError(f"{QML_FILE}: {component.errorString()}")
    item.setParentItem(window.contentItem())
    item.setParent(window.contentItem())  # owned by the window: deleted with it
    keep: list[QObject] = [component]  # the component must outlive the item it made
    on_close.append(lambda: keep.clear())
    return admin
