"""A screen as different citizens see it: the terminal's shape, the language, the look.

``Views`` switches the real kiosk window between them (resize, language, large text, high
contrast) like the terminal would, and puts everything back afterwards. The accessibility
audit and the screenshot set use the same views, so what is photographed is what was checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from demo import uidriver
from demo.walks import Script
from kiosk.app import KioskApp
from tests.helpers.a11y_audit import settle


@dataclass(frozen=True)
class Shape:
    name: str
    width: int
    height: int


LANDSCAPE = Shape("landscape", 1920, 1080)
PORTRAIT = Shape("portrait", 1080, 1920)  # an upright stele
SQUARE = Shape("square", 1280, 1024)  # older 5:4 screens
SHAPES = (LANDSCAPE, PORTRAIT, SQUARE)


@dataclass(frozen=True)
class View:
    shape: Shape
    language: str = "de"
    large: bool = False
    contrast: bool = False

    @property
    def look(self) -> str:
        if self.large and self.contrast:
            return "large-contrast"
        return "large" if self.large else "contrast" if self.contrast else "standard"

    def __str__(self) -> str:
        return f"{self.shape.name}/{self.language}/{self.look}"


LANGUAGES = ("de", "de-LS", "en", "uk", "ar", "tr", "ru")

# Every screen in every shape in German, Arabic and large text (high contrast with it: its
# thicker outlines are the tighter case, and colours move nothing); the other languages at the
# terminal's usual shape in large text (where a longer translation breaks first; their
# standard look differs from German's only in words, which large text checks harder).
AUDITED = tuple(
    # Grouped by language: switching the language retranslates every binding, the slow part.
    [View(shape, "de", large, large) for large in (False, True) for shape in SHAPES]
    + [View(shape, "ar") for shape in SHAPES]
    + [View(LANDSCAPE, code, True, True) for code in LANGUAGES if code != "de"]
)
# The documentation's pictures: every screen in every shape, German, Arabic and large text.
PHOTOGRAPHED = frozenset(
    [View(shape, "de") for shape in SHAPES]
    + [View(shape, "ar") for shape in SHAPES]
    + [View(shape, "de", large=True, contrast=True) for shape in SHAPES]
)


def show(kiosk: KioskApp, view: View) -> None:
    """Puts the window into ``view`` and lays it out."""
    accessibility = kiosk.accessibility
    assert accessibility is not None
    window = kiosk.window
    if (window.width(), window.height()) != (view.shape.width, view.shape.height):
        window.resize(view.shape.width, view.shape.height)
    kiosk.language.select(view.language)
    if accessibility.largeText != view.large:
        accessibility.toggleLargeText()
    if accessibility.highContrast != view.contrast:
        accessibility.toggleHighContrast()
    settle(window)


def each_view(kiosk: KioskApp, views: tuple[View, ...], check: Callable[[View], None]) -> None:
    """``check`` in every view, then back to German, standard look, landscape."""
    try:
        for view in views:
            show(kiosk, view)
            check(view)
    finally:
        show(kiosk, View(LANDSCAPE))
        QCoreApplication.processEvents()  # a frame at the old size, before the next tap


def photograph(kiosk: KioskApp, folder: Path, number: int, screen: str, view: View) -> Path:
    """``<folder>/<shape>/<language>-<look>/NN-screen.png`` (docs/screenshots/kiosk's layout)."""
    path = folder / view.shape.name / f"{view.language}-{view.look}" / f"{number:02d}-{screen}.png"
    uidriver.screenshot(kiosk.window, path)
    return path


def run_script(qtbot: QtBot, script: Script) -> None:
    """Runs a ``demo.walks`` script in a test: each wait is waited for (or fails the test)."""
    came: bool | None = None
    while True:
        try:
            wait = next(script) if came is None else script.send(came)
        except StopIteration:
            return
        try:
            qtbot.waitUntil(wait.ready, timeout=wait.timeout_ms)
            came = True
        except Exception:
            if not wait.optional:
                raise AssertionError(f"the tour waited in vain for {wait.what}") from None
            came = False
