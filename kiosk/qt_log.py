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


# Warnings Qt gives at every start that are not IT's to act on; logged at INFO instead, so
# that `journalctl -p warning` shows only what needs looking at.
_HARMLESS = (
    # Qt's Wayland plugin warns when QT_IM_MODULE=qtvirtualkeyboard, yet the keyboard inside
    # the window works under cage (InputPanel becomes active on focus: checked under cage).
    "qtvirtualkeyboard currently is not supported at client-side",
    # Qt's own QtQuick.VirtualKeyboard PopupList.qml shadows ListView.contentWidth (Qt 6.12).
    "Member contentWidth of the object PopupList_QMLTYPE_",
)


def _forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    prefix = "" if category == "default" else f"{category}: "
    level = _LEVELS.get(kind, logging.WARNING)
    if level == logging.WARNING and any(text in message for text in _HARMLESS):
        level = logging.INFO
    log.log(level, "%s%s", prefix, message)


def route_qt_messages() -> None:
    """Call once before the QGuiApplication exists (the UI process only; tests keep
    pytest-qt's handler)."""
    qInstallMessageHandler(_forward)
