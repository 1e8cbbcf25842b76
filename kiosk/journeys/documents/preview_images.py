"""Page previews for QML through an image provider, so no picture breaks when a session ends.

The previews are files in the session's workspace, and the workspace is emptied the moment a
session ends or the documents are sent. QML loads pictures asynchronously, and the review
strip and page cards load all of them again whenever the page list changes; with plain
``file://`` sources a picture still loading when its file went made Qt report "Cannot open"
(a race between the wipe and the views letting go of their delegates). Served from here, a
preview whose file is gone comes back as an empty, transparent picture: the view that asked
for it belongs to a session that has ended, and nobody sees it.

QML uses ``image://previews/<file name>`` (``image://call-previews/…`` for pages shown during
a call, which have their own workspace); only preview names the workspace gives out are
served, from that workspace's folder only.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

PROVIDER_ID = "previews"  # the documents journey's workspace
CALL_PROVIDER_ID = "call-previews"  # pages shown during a video call
_PREVIEW_NAME = re.compile(r"[0-9a-f]{32}\.png")


def preview_source(preview: Path, provider: str = PROVIDER_ID) -> str:
    """What a QML ``Image.source`` is set to for this preview file."""
    return f"image://{provider}/{preview.name}"


def _nothing() -> QImage:
    empty = QImage(1, 1, QImage.Format.Format_ARGB32)
    empty.fill(Qt.GlobalColor.transparent)
    return empty


class PreviewImages(QQuickImageProvider):
    """Called on Qt's image-loading thread (the Images are asynchronous); reads one file."""

    def __init__(self, folder: Path) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._folder = folder

    # Qt calls it by these names.
    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: N802, N803
        if not _PREVIEW_NAME.fullmatch(id):
            return _nothing()
        reader = QImageReader(str(self._folder / id))
        if requestedSize.isValid() and requestedSize.width() > 0:
            original = reader.size()
            if original.isValid() and original.width() > requestedSize.width():
                height = round(original.height() * requestedSize.width() / original.width())
                reader.setScaledSize(QSize(requestedSize.width(), max(1, height)))
        image = reader.read()
        # Gone (the session ended while this picture was loading) or unreadable: nothing.
        return image if not image.isNull() else _nothing()
