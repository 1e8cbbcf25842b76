"""Qt's own messages (QML warnings, platform plugin notes) through Python logging.

Qt writes them to stderr in a format of its own and without a priority, so under systemd they
would land in the journal as informational lines that ``journalctl -p warning`` hides. Routed
here, they get the same one-line, prioritised form as every other record (``config.logs``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    prefix = "" if category == "default" else f"{category}: "
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", prefix, message)


def route_qt_messages() -> None:
    """Call once before the QGuiApplication exists (the UI process only; tests keep
    pytest-qt's handler)."""
    qInstallMessageHandler(_forward)
