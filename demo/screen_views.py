"""A screen as different citizens see it: the terminal's shape, the language, the look.

``show`` switches the real kiosk window to a ``View`` (resize, language, large text, high
contrast) as the terminal would, and lays it out completely; ``photograph`` saves it where the
documentation keeps it (docs/screenshots/kiosk/<shape>/<language>-<look>/NN-screen.png). The
accessibility audit (tests/integration/test_ui_a11y_screens.py) and the demo's screen tour
(``python -m demo.walkthrough --walk tour``) use the same views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from demo import uidriver
from kiosk.app import KioskApp


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


# The documentation's pictures: every screen in every shape, in German, in Arabic, and in
# large text (with high contrast, so both colour sets are shown).
PHOTOGRAPHED = tuple(
    [View(shape, "de") for shape in SHAPES]
    + [View(shape, "de", large=True, contrast=True) for shape in SHAPES]
    + [View(shape, "ar") for shape in SHAPES]
)


def show(kiosk: KioskApp, view: View) -> None:
    """Puts the window into ``view`` and lays it out."""
    accessibility = kiosk.accessibility
    assert accessibility is not None
    window = kiosk.window
    if (window.width(), window.height()) != (view.shape.width, view.shape.height):
        window.resize(view.shape.width, view.shape.height)
    kiosk.language.select(view.language)
    if accessibility.property("largeText") != view.large:
        accessibility.toggleLargeText()
    if accessibility.property("highContrast") != view.contrast:
        accessibility.toggleHighContrast()
    uidriver.settle(window)


def each_view(kiosk: KioskApp, views: tuple[View, ...], check: Callable[[View], None]) -> None:
    """``check`` in every view, then back to German, standard look, landscape."""
    try:
        for view in views:
            show(kiosk, view)
            check(view)
    finally:
        show(kiosk, View(LANDSCAPE))


def photograph(kiosk: KioskApp, folder: Path, number: int, screen: str, view: View) -> Path:
    """``<folder>/<shape>/<language>-<look>/NN-screen.png`` (docs/screenshots/kiosk's layout)."""
    path = folder / view.shape.name / f"{view.language}-{view.look}" / f"{number:02d}-{screen}.png"
    uidriver.screenshot(kiosk.window, path)
    return path


class TourPhotographer:
    """A ``demo.screen_tour`` visit that photographs each screen in the given views."""

    def __init__(
        self, kiosk: KioskApp, folder: Path, views: tuple[View, ...] = PHOTOGRAPHED
    ) -> None:
        self.kiosk, self.folder, self.views = kiosk, folder, views
        self.screens: list[str] = []
        self.pictures: list[Path] = []

    def __call__(self, screen: str) -> None:
        self.screens.append(screen)
        number = len(self.screens)

        def shoot(view: View) -> None:
            self.pictures.append(photograph(self.kiosk, self.folder, number, screen, view))

        each_view(self.kiosk, self.views, shoot)
