"""``VideoSurface``: a QML item that shows the newest picture, scaled to fit, letterboxed.

Why not QtMultimedia's ``VideoOutput`` fed through a ``QVideoSink``: it draws only through
the RHI (a GPU). The offscreen platform the tests and the headless demo use, and a cabin
without working GL, get Qt Quick's software scene graph, where ``VideoOutput`` stays blank
(measured: white pixels under Qt 6.12 offscreen). A QImage at the sender's native size,
drawn by the scene graph into the item's rectangle, works on both.

It counts what a citizen would notice: pictures received and pictures actually painted.
"""

# ruff: noqa: N815  (QML sees these names: Qt properties and signals are camelCase)

from __future__ import annotations

import time

from PySide6.QtCore import Property, QRectF, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQml import qmlRegisterType
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

QML_MODULE = "Buergerterminal.Video"


class VideoSurface(QQuickPaintedItem):
    framesChanged = Signal()
    mirroredChanged = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._new_image = False
        self._mirrored = False
        self.frames_received = 0
        self.frames_painted = 0
        self.first_received_at: float | None = None
        self.first_painted_at: float | None = None
        self.setFillColor(QColor("#10202E"))
        self.setOpaquePainting(True)

    @Slot(QImage)
    def show_image(self, image: QImage) -> None:
        """The newest picture (GUI thread); drawn at the next frame of the window."""
        self._image = image
        self._new_image = True
        self.frames_received += 1
        if self.first_received_at is None:
            self.first_received_at = time.monotonic()
        self.update()
        self.framesChanged.emit()

    @Slot()
    def clear(self) -> None:
        """Forget the picture (the session is wiped: nothing of the call stays on screen)."""
        self._image = QImage()
        self._new_image = False
        self.frames_received = 0
        self.frames_painted = 0
        self.first_received_at = None
        self.first_painted_at = None
        self.update()
        self.framesChanged.emit()

    def picture_size(self) -> tuple[int, int]:
        """The picture's own size (before scaling to the item)."""
        return self._image.width(), self._image.height()

    def paint(self, painter: QPainter) -> None:
        if self._image.isNull():
            return
        width, height = self.width(), self.height()
        scale = min(width / self._image.width(), height / self._image.height())
        shown_w, shown_h = self._image.width() * scale, self._image.height() * scale
        target = QRectF((width - shown_w) / 2, (height - shown_h) / 2, shown_w, shown_h)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self._mirrored:
            # A self-view is shown as a mirror: moving left moves left, as people expect.
            painter.translate(width, 0)
            painter.scale(-1, 1)
        painter.drawImage(target, self._image)
        if self._new_image:
            self._new_image = False
            self.frames_painted += 1
            if self.first_painted_at is None:
                self.first_painted_at = time.monotonic()

    def _get_mirrored(self) -> bool:
        return self._mirrored

    def _set_mirrored(self, mirrored: bool) -> None:
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.mirroredChanged.emit()
            self.update()

    def _get_has_picture(self) -> bool:
        return not self._image.isNull()

    mirrored = Property(bool, _get_mirrored, _set_mirrored, notify=mirroredChanged)
    hasPicture = Property(bool, _get_has_picture, notify=framesChanged)
    framesShown = Property(int, lambda self: self.frames_painted, notify=framesChanged)


def register_qml_types() -> None:
    """Makes ``import Buergerterminal.Video`` and ``VideoSurface {}`` available to QML."""
    qmlRegisterType(VideoSurface, QML_MODULE, 1, 0, "VideoSurface")  # type: ignore[call-overload]
