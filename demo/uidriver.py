"""Drives the real QML like a citizen would: find items by objectName, tap their centre, type.

Used by the autopilot (``demo.walkthrough``) and by the UI tests, so both press the same
buttons a person presses instead of calling view-model slots behind the UI's back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


class ItemNotFoundError(LookupError):
    """No visible item with that objectName (the screen is not what the script expected)."""


def _walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from _walk(child)


def visible_items(window: QQuickWindow, name: str) -> list[QQuickItem]:
    return [i for i in _walk(window.contentItem()) if i.objectName() == name and i.isVisible()]


def all_items(window: QQuickWindow) -> list[QQuickItem]:
    return list(_walk(window.contentItem()))


def all_items_under(item: QQuickItem) -> list[QQuickItem]:
    return list(_walk(item))


def find(window: QQuickWindow, name: str) -> QQuickItem:
    found = visible_items(window, name)
    if not found:
        raise ItemNotFoundError(name)
    return found[0]


def exists(window: QQuickWindow, name: str) -> bool:
    return bool(visible_items(window, name))


def text_of(window: QQuickWindow, name: str) -> str:
    return str(find(window, name).property("text"))


# Invisible direction marks and isolates (kiosk.bidi): part of the text, not of what one sees.
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def shown_text(window: QQuickWindow, name: str) -> str:
    """The text as a person reads it off the screen (without the invisible bidi controls)."""
    return text_of(window, name).translate(_BIDI_CONTROLS)


def _settle(item: QQuickItem) -> None:
    """Lays out pending changes first: a person cannot tap a button before it has its place."""
    chain = []
    current: QQuickItem | None = item
    while current is not None:
        chain.append(current)
        current = current.parentItem()
    for each in reversed(chain):
        each.ensurePolished()


def reveal(item: QQuickItem) -> None:
    """Scrolls every scrolling area around ``item`` until it shows, as a person would swipe."""
    area = item.parentItem()
    while area is not None:
        if area.inherits("QQuickFlickable"):
            content = area.property("contentItem")
            top = item.mapToItem(content, QPointF(0, 0)).y()
            shown, height = float(area.property("contentY")), area.height()
            # Clear of the bottom edge, where a "More below" button may lie over the content.
            margin = max(0.0, min(height * 0.15, 96.0, height - item.height()))
            below = top + item.height() - height + margin
            wanted = top if top < shown else (below if below > shown else shown)
            highest = max(0.0, float(area.property("contentHeight")) - height)
            area.setProperty("contentY", min(max(wanted, 0.0), highest))
        area = area.parentItem()


def settle(window: QQuickWindow) -> None:
    """Lays everything out now, to the end: the window's own polish loop runs until no item
    asks for another pass (a layout that grows can make its parent lay out again, a text that
    wraps changes its height). Grabbing a frame is the public way to run it; twice, because a
    layout's implicit size settles in its own pass and what depends on it (a row that becomes
    a column) only in the next."""
    for _ in range(2):
        QGuiApplication.processEvents()  # a new window size, posted by the platform
        window.grabWindow()


def tap(window: QQuickWindow, name: str) -> None:
    """A real mouse click on the item's centre (the same path as a finger on the screen)."""
    item = find(window, name)
    _settle(item)
    reveal(item)
    centre = item.mapToScene(item.boundingRect().center()).toPoint()
    if not (0 <= centre.x() < window.width() and 0 <= centre.y() < window.height()):
        raise ItemNotFoundError(f"{name} is outside the window at {centre}")
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def _key(
    window: QQuickWindow,
    key: int,
    text: str = "",
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QGuiApplication.sendEvent(window, QKeyEvent(kind, key, modifiers, text))


def type_into(window: QQuickWindow, name: str, text: str) -> None:
    """Taps the field, removes what is in it, and types ``text`` key by key."""
    tap(window, name)
    _key(window, Qt.Key.Key_A, "", Qt.KeyboardModifier.ControlModifier)
    _key(window, Qt.Key.Key_Backspace)
    for char in text:
        _key(window, ord(char.upper()) if char.isascii() else 0, char)


def press_enter(window: QQuickWindow) -> None:
    """The Enter key, as the on-screen keyboard's own Enter key sends it."""
    _key(window, Qt.Key.Key_Return, "\r")


def hide_keyboard(window: QQuickWindow) -> None:
    """Puts the on-screen keyboard away, as its own "hide" key does (the focus leaves the
    field too, so it does not come straight back)."""
    window.contentItem().forceActiveFocus()
    input_method = QGuiApplication.inputMethod()
    if input_method is not None:
        input_method.hide()


def screenshot(window: QQuickWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grabWindow().save(str(path)):
        raise OSError(f"could not write screenshot {path}")
