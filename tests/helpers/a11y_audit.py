"""Walks the real QML tree of what is on screen and lists what would stop someone using it.

Checks what AT-SPI, an eye and a finger meet:

- every control has an accessible name and role and is at least 44×44 px;
- every control is clear of every visible scroll bar (a bar drawn over a button's edge, as
  happens when a right-to-left page puts its bar on the left, hides part of it);
- every control is in sight, or the scrolling area that holds it *says* there is more (its
  ``scrollCueShown``: a visible scroll bar and "More below", see kiosk/qml/ScrollArea.qml);
  one that is cut off by the window or by a box that does not scroll is a problem, cue or not;
- every text shows completely (not elided, not wider or taller than the box it is drawn in);
- every text stands out from what it is drawn on (WCAG contrast, against the nearest opaque
  background).

The on-screen keyboard is Qt's own and left out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtQuick import QQuickItem, QQuickWindow

from demo import uidriver

MIN_TARGET_PX = 44
# WCAG 1.4.3: 4.5:1 for text, 3:1 for large text (18 pt = 24 px, or 14 pt ≈ 19 px bold).
MIN_CONTRAST, MIN_CONTRAST_LARGE = 4.5, 3.0
_BOLD = 600  # QFont weights from DemiBold up count as bold
_CONTROLS = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit")
_SLACK = 1.0  # sub-pixel rounding of layouts


def _shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def _describe(item: QQuickItem) -> str:
    text = str(item.property("text") or "")[:40]
    return f"{item.objectName() or item.metaObject().className()} {text!r}"


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _clipping_boxes(item: QQuickItem) -> list[QQuickItem]:
    """The ancestors that cut off what lies outside them (a Flickable's view, a clip)."""
    boxes = []
    area = item.parentItem()
    while area is not None:
        if area.clip() or area.inherits("QQuickFlickable"):
            boxes.append(area)
        area = area.parentItem()
    return boxes


def _scroll_area(flickable: QQuickItem) -> QQuickItem | None:
    """The ScrollArea a Flickable belongs to (it carries ``scrollCueShown``)."""
    parent = flickable.parentItem()
    return parent if parent is not None and parent.property("scrollCueShown") is not None else None


def _out_of_sight(window: QQuickWindow, item: QQuickItem) -> tuple[QQuickItem | None, str]:
    """The first box (or the window) that hides ``item`` as the screen stands, and how."""
    rect = _scene_rect(item)
    for box in _clipping_boxes(item):
        if not _scene_rect(box).adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK).contains(rect):
            return box, "out of view"
    window_rect = QRectF(0, 0, window.width(), window.height())
    if not window_rect.adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK).contains(rect):
        return None, f"outside the window at {rect.getRect()}"
    return None, ""


def _visibility_problem(window: QQuickWindow, item: QQuickItem) -> str | None:
    """Why the control cannot be seen (or scrolled to, with a cue saying so), or None."""
    box, how = _out_of_sight(window, item)
    if not how:
        return None
    if box is None:
        return how
    if not box.inherits("QQuickFlickable"):
        return f"cut off by {_describe(box)}"
    area = _scroll_area(box)
    if area is None or not area.property("scrollCueShown"):
        return f"outside the visible area with no scroll cue (in {_describe(box)})"
    # Out of view, but the screen says there is more: it must really come into view.
    shown_at = {
        flick: float(flick.property("contentY"))
        for flick in _clipping_boxes(item)
        if flick.inherits("QQuickFlickable")
    }
    uidriver.reveal(item)
    hiding, still = _out_of_sight(window, item)
    for flick, content_y in shown_at.items():
        flick.setProperty("contentY", content_y)
    if not still:
        return None
    where = f" by {_describe(hiding)} at {_scene_rect(hiding).getRect()}" if hiding else ""
    return f"cannot be scrolled into view ({still}{where}, itself at {_scene_rect(item).getRect()})"


def _scroll_bars(window: QQuickWindow, skipped: set[QQuickItem]) -> list[QRectF]:
    """Where the scroll bars on screen are (not those under an open layer)."""
    return [
        _scene_rect(item)
        for item in uidriver.all_items(window)
        if item.inherits("QQuickScrollBar") and _shown(item) and item not in skipped
    ]


def _under_a_scroll_bar(item: QQuickItem, bars: list[QRectF]) -> str | None:
    rect = _scene_rect(item).adjusted(_SLACK, _SLACK, -_SLACK, -_SLACK)
    for bar in bars:
        if rect.intersects(bar):
            return f"under a scroll bar at {bar.getRect()}: {_describe(item)}"
    return None


def _control_problems(window: QQuickWindow, item: QQuickItem, bars: list[QRectF]) -> list[str]:
    problems = []
    interface = QAccessible.queryAccessibleInterface(item)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    # Qt keeps a password field's name from AT-SPI on purpose; its placeholder says what it is.
    is_password = interface is not None and interface.state().passwordEdit
    if not name.strip() and not (is_password and item.property("placeholderText")):
        problems.append(f"no accessible name: {_describe(item)}")
    if interface is None or interface.role() in (QAccessible.Role.NoRole, QAccessible.Role.Client):
        problems.append(f"no accessible role: {_describe(item)}")
    if item.width() < MIN_TARGET_PX or item.height() < MIN_TARGET_PX:
        problems.append(
            f"smaller than 44×44 ({item.width():.0f}×{item.height():.0f}): {_describe(item)}"
        )
    hidden = _visibility_problem(window, item)
    if hidden is not None:
        problems.append(f"{hidden}: {_describe(item)}")
    elif (covered := _under_a_scroll_bar(item, bars)) is not None:
        problems.append(covered)
    return problems


def _text_problems(item: QQuickItem) -> list[str]:
    if not str(item.property("text") or "").strip():
        return []
    problems = []
    if item.property("truncated"):
        problems.append(f"text cut off: {_describe(item)}")
    width, height = item.width(), item.height()
    content_width = float(item.property("contentWidth"))
    content_height = float(item.property("contentHeight"))
    if content_width > width + _SLACK:
        problems.append(
            f"text wider than its box ({content_width:.0f} > {width:.0f}): {_describe(item)}"
        )
    if content_height > height + _SLACK:
        problems.append(
            f"text taller than its box ({content_height:.0f} > {height:.0f}): {_describe(item)}"
        )
    return problems


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _opaque_fill(item: QQuickItem) -> QColor | None:
    if not item.inherits("QQuickRectangle") or not item.isVisible() or item.opacity() < 1:
        return None
    colour = item.property("color")
    return colour if isinstance(colour, QColor) and colour.alpha() == 255 else None


def _background(window: QQuickWindow, item: QQuickItem) -> QColor:
    """The colour a text is drawn on: the nearest opaque rectangle under it (a control's
    ``background`` counts), else the window. Translucent layers are looked through."""
    area = item.parentItem()
    while area is not None:
        behind = area.property("background") if area.inherits("QQuickControl") else None
        for candidate in (behind, area):
            fill = _opaque_fill(candidate) if isinstance(candidate, QQuickItem) else None
            if fill is not None:
                return fill
        area = area.parentItem()
    return window.color()


def _contrast_problems(window: QQuickWindow, item: QQuickItem) -> list[str]:
    if not any(char.isalnum() for char in str(item.property("text") or "")):
        return []  # empty, or a symbol drawn as part of a picture
    colour = item.property("color")
    if not isinstance(colour, QColor):
        return []
    font = item.property("font")
    size = font.pixelSize() if font is not None else 0
    large = size >= 24 or (size >= 19 and font.weight() >= _BOLD)
    needed = MIN_CONTRAST_LARGE if large else MIN_CONTRAST
    ratio = contrast(colour, _background(window, item))
    if ratio + 0.005 < needed:
        return [f"contrast {ratio:.1f}:1 below {needed}:1: {_describe(item)}"]
    return []


def _covered(window: QQuickWindow) -> set[QQuickItem]:
    """What lies under an open layer (a dialog, the language list, a warning): not on screen
    for the citizen, so not audited; the layer itself is."""
    layers = [
        item
        for item in uidriver.all_items(window)
        if item.property("readingScope") is True and item.isVisible()
    ]
    if len(layers) < 2:
        return set()
    top = layers[-1]
    covered: set[QQuickItem] = set()
    for layer in layers[:-1]:
        covered.update(uidriver.all_items_under(layer))
    covered.difference_update(uidriver.all_items_under(top))
    return covered


def audit(window: QQuickWindow) -> list[str]:
    uidriver.settle(window)
    skipped = set(uidriver.all_items_under(uidriver.find(window, "keyboardLoader")))
    skipped |= _covered(window)
    problems: list[str] = []
    bars = _scroll_bars(window, skipped)
    inside_control: set[QQuickItem] = set()
    for item in uidriver.all_items(window):
        if item in skipped or not _shown(item):
            continue
        parent = item.parentItem()
        nested = parent in inside_control
        if nested:
            inside_control.add(item)
        if any(item.inherits(kind) for kind in _CONTROLS):
            inside_control.add(item)
            if not nested:
                problems.extend(_control_problems(window, item, bars))
        if item.inherits("QQuickText"):
            problems.extend(_text_problems(item))
            problems.extend(_contrast_problems(window, item))
    return problems
