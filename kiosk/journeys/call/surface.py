"""``VideoSurface``: a QML item that shows the newest picture, scaled to fit, letterboxed.

Why not QtMultimedia's ``VideoOutput`` fed through a ``QVideoSink``: it draws only through
the RHI (a GPU). The offscreen platform the tests and the headless demo use, and a cabin
without working GL, get Qt Quick's software scene graph, where ``VideoOutput`` stays blank
(measured: white pixels under Qt 6.12 offscreen).

Why a scene-graph image node and not a ``QQuickPaintedItem``: a painted item first draws the
scaled picture into its own item-sized buffer and the scene graph then copies that buffer to
the window; the image node hands the picture at its native size to the scene graph, which
scales it once, straight into the window (on a GPU: in the GPU). Measured without a GPU
(offscreen, 1920x1080 window, 640x480 pictures): 7–13 % less CPU per picture.

Tried and left out: converting frames straight to the size shown (libswscale, on the call
thread) costs more CPU than Qt's smooth scaling of the native frame, and a GPU scales for
free; so frames stay at their native size, as issue 5 asks.

It counts what a citizen would notice: pictures received and pictures actually painted.
"""

# ruff: noqa: N802, N815  (QML sees these names; Qt's virtual methods are camelCase)

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import Property, QRectF, Signal, Slot
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import qmlRegisterType
from PySide6.QtQuick import QQuickItem, QSGImageNode, QSGNode, QSGRectangleNode, QSGTexture

QML_MODULE = "Buergerterminal.Video"
BACKGROUND = QColor("#10202E")  # the letterbox bars, as the cabin's dark panels


def letterboxed(width: float, height: float, picture_w: int, picture_h: int) -> QRectF:
    """Where a ``picture_w``x``picture_h`` picture goes in the item: as large as fits, centred."""
    scale = min(width / picture_w, height / picture_h)
    shown_w, shown_h = picture_w * scale, picture_h * scale
    return QRectF((width - shown_w) / 2, (height - shown_h) / 2, shown_w, shown_h)


class VideoSurface(QQuickItem):
    framesChanged = Signal()
    mirroredChanged = Signal()

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QQuickItem.Flag.ItemHasContents, True)
        self._image = QImage()
        self._new_image = False
        self._mirrored = False
        # The nodes belong to the scene graph (C++); these are handles to the ones it holds.
        self._background: QSGRectangleNode | None = None
        self._picture: QSGImageNode | None = None
        self.frames_received = 0
        self.frames_painted = 0
        self.first_received_at: float | None = None
        self.first_painted_at: float | None = None

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
        self._new_image = True
        self.frames_received = 0
        self.frames_painted = 0
        self.first_received_at = None
        self.first_painted_at = None
        self.update()
        self.framesChanged.emit()

    def picture_size(self) -> tuple[int, int]:
        """The picture's own size (before scaling to the item)."""
        return self._image.width(), self._image.height()

    def updatePaintNode(  # type: ignore[override]  # Qt takes a null node; the stub says not
        self, old: QSGNode | None, _data: object
    ) -> QSGNode | None:
        """On the render thread, with the GUI thread waiting: the picture into the scene graph."""
        window = self.window()
        if window is None:  # never: Qt asks only items that are in a window
            return old
        if old is None or self._background is None:
            # First time, or the scene graph dropped our nodes (window hidden, item re-shown).
            self._background = window.createRectangleNode()
            self._background.setColor(BACKGROUND)
            self._picture = None
            self._new_image = True
        background = self._background
        background.setRect(self.boundingRect())
        if self._new_image:
            self._new_image = False
            self._replace_picture(background)
        if self._picture is not None:
            self._place_picture(self._picture)
        return background

    def _replace_picture(self, background: QSGRectangleNode) -> None:
        window = self.window()
        if self._image.isNull() or window is None:
            if self._picture is not None:
                background.removeChildNode(self._picture)
                # A removed node is not freed by Qt: free it, and the last picture with it.
                shiboken6.delete(self._picture)
                self._picture = None
            return
        texture = window.createTextureFromImage(self._image)
        if self._picture is None:
            picture = window.createImageNode()
            picture.setOwnsTexture(True)  # the old texture is freed with each new one
            picture.setFiltering(QSGTexture.Filtering.Linear)
            # Complete before it joins the tree: the software renderer reads it at once.
            picture.setTexture(texture)
            self._place_picture(picture)
            background.appendChildNode(picture)
            self._picture = picture
        else:
            self._picture.setTexture(texture)
        self.frames_painted += 1
        if self.first_painted_at is None:
            self.first_painted_at = time.monotonic()

    def _place_picture(self, picture: QSGImageNode) -> None:
        picture.setRect(
            letterboxed(self.width(), self.height(), self._image.width(), self._image.height())
        )
        # A self-view is shown as a mirror: moving left moves left, as people expect.
        picture.setTextureCoordinatesTransform(
            QSGImageNode.TextureCoordinatesTransformFlag.MirrorHorizontally
            if self._mirrored
            else QSGImageNode.TextureCoordinatesTransformFlag.NoTransform
        )

    def releaseResources(self) -> None:
        # The window is going away or the item leaves it: the scene graph frees the nodes.
        self._background = None
        self._picture = None

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
