"""The picture surface in a real Qt Quick window (offscreen, software scene graph): what is
on screen after pictures arrive, in a mirror, and after the session is wiped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickView
from pytestqt.qtbot import QtBot

from kiosk.journeys.call.surface import BACKGROUND, VideoSurface, register_qml_types

SCENE = """import QtQuick
import Buergerterminal.Video
Rectangle { width: 400; height: 200; color: "white"
    VideoSurface { objectName: "plain"; width: 200; height: 200 }
    VideoSurface { objectName: "mirror"; x: 200; width: 200; height: 200; mirrored: true }
}
"""
BLUE, RED = QColor("blue"), QColor("red")


def picture() -> QImage:
    """4:3, its left quarter blue and the rest red."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(RED)
    painter = QPainter(image)
    painter.fillRect(0, 0, 160, 480, BLUE)
    painter.end()
    return image


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> Iterator[QQuickView]:
    register_qml_types()
    (tmp_path / "scene.qml").write_text(SCENE, encoding="utf-8")
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(tmp_path / "scene.qml")))
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


def surfaces(view: QQuickView) -> tuple[VideoSurface, VideoSurface]:
    root = view.rootObject()
    plain, mirror = root.findChild(VideoSurface, "plain"), root.findChild(VideoSurface, "mirror")
    assert isinstance(plain, VideoSurface) and isinstance(mirror, VideoSurface)
    return plain, mirror


def colour(view: QQuickView, x: int, y: int) -> QColor:
    return view.grabWindow().pixelColor(x, y)


def test_pictures_fill_the_surface_letterboxed_and_mirrored(qtbot: QtBot, view: QQuickView) -> None:
    plain, mirror = surfaces(view)
    shot = view.grabWindow()  # the surfaces are in the scene before any picture comes
    assert shot.pixelColor(100, 100) == BACKGROUND
    for _ in range(3):
        plain.show_image(picture())
        mirror.show_image(picture())
        qtbot.waitUntil(lambda: plain.frames_painted > 0 and mirror.frames_painted > 0)
        view.grabWindow()
    # 200x150 picture, centred: bars of 25 px above and below.
    assert colour(view, 100, 10) == BACKGROUND
    assert colour(view, 10, 100) == BLUE and colour(view, 190, 100) == RED
    assert colour(view, 210, 100) == RED and colour(view, 390, 100) == BLUE  # the mirror


def test_a_wiped_surface_shows_nothing_of_the_last_picture(qtbot: QtBot, view: QQuickView) -> None:
    plain, _ = surfaces(view)
    for _ in range(20):  # pictures and wipes, as call after call
        plain.show_image(picture())
        view.grabWindow()
        plain.clear()
        view.grabWindow()
    assert colour(view, 10, 100) == BACKGROUND and colour(view, 190, 100) == BACKGROUND
    assert not plain.property("hasPicture")
    plain.show_image(picture())
    qtbot.waitUntil(lambda: colour(view, 10, 100) == BLUE)
