"""What read-aloud says for the screen on show: its heading, its text, then the focused control.

The reading comes from the window's accessibility tree, the same names and roles an AT-SPI
screen reader gets, so a page needs nothing special to be read: a heading carries
``Accessible.role: Accessible.Heading``, text is ordinary ``Text``. Which layer is read is
marked in QML with ``readonly property bool readingScope: true`` (the screens, and overlays
such as the inactivity warning); the topmost visible one wins.

Never read: password fields (``echoMode`` other than normal) and anything inside an item
with ``property bool secret: true``: a PIN is not said out loud in a waiting room.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow

# Controls are read when they have the focus, not as part of the page's text.
_CONTROL_CLASSES = ("QQuickControl", "QQuickTextInput", "QQuickTextEdit")


def screen_reading(window: QQuickWindow) -> list[str]:
    scope = _reading_scope(window.contentItem())
    if scope is None:
        return []
    headings: list[str] = []
    texts: list[str] = []
    for item in _texts(scope):
        text = _name(item)
        if not any(char.isalnum() for char in text):
            continue  # a symbol such as ✓ or ›: decoration, not content
        (headings if _role(item) is QAccessible.Role.Heading else texts).append(text)
    # The focused control comes last even if its label was already read: it says where the
    # citizen is (and what the field holds).
    return _without_repeats(headings + texts) + _focused_control(window, scope)


def _walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from _walk(child)


def _reading_scope(root: QQuickItem) -> QQuickItem | None:
    scopes = [i for i in _walk(root) if i.property("readingScope") is True and i.isVisible()]
    return scopes[-1] if scopes else None


def _texts(item: QQuickItem) -> Iterator[QQuickItem]:
    if not item.isVisible() or item.opacity() == 0 or item.property("secret") is True:
        return
    if item.inherits("QQuickText"):
        yield item
        return
    if any(item.inherits(name) for name in _CONTROL_CLASSES):
        return
    for child in item.childItems():
        yield from _texts(child)


def _focused_control(window: QQuickWindow, scope: QQuickItem) -> list[str]:
    item = window.activeFocusItem()
    control = None
    while item is not None:
        if control is None and any(item.inherits(name) for name in _CONTROL_CLASSES):
            control = item
        if item is scope:
            break
        item = item.parentItem()
    if item is None or control is None:
        return []  # nothing focused, or the focus is behind the layer being read
    name = _name(control)
    if _is_secret(control) or _is_password(control):
        return [name] if name else []
    value = (
        str(control.property("text") or "") if not control.inherits("QQuickAbstractButton") else ""
    )
    return [part for part in (name, value.strip()) if part]


def _name(item: QQuickItem) -> str:
    interface = QAccessible.queryAccessibleInterface(item)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and item.inherits("QQuickText"):
        name = str(item.property("text") or "")  # before any screen reader asked for it
    elif not name and item.inherits("QQuickAbstractButton"):
        name = str(item.property("text") or "")
    elif not name and _is_password(item):
        name = str(item.property("placeholderText") or "")  # Qt withholds a password's name
    return name.strip()


def _role(item: QQuickItem) -> QAccessible.Role | None:
    interface = QAccessible.queryAccessibleInterface(item)
    return interface.role() if interface is not None else None


def _is_password(item: QQuickItem) -> bool:
    """A masked field. Qt cannot hand the echoMode enum to Python, so: does it show dots?"""
    if not item.inherits("QQuickTextInput"):
        return False
    if item.property("displayText") != item.property("text"):
        return True
    interface = QAccessible.queryAccessibleInterface(item)
    if interface is not None and interface.state().passwordEdit:
        return True
    try:  # PasswordEchoOnEdit shows the text while typing; Qt marks its hints as hidden
        hints = int(item.property("inputMethodHints"))
    except (RuntimeError, TypeError, ValueError):
        return False
    hidden = Qt.InputMethodHint.ImhHiddenText.value | Qt.InputMethodHint.ImhSensitiveData.value
    return bool(hints & hidden)


def _is_secret(item: QQuickItem | None) -> bool:
    while item is not None:
        if item.property("secret") is True:
            return True
        item = item.parentItem()
    return False


def _without_repeats(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))
