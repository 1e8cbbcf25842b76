"""The session's scratch folder for page previews: made on demand, emptied on every reset."""

from __future__ import annotations

import logging
import shutil
import uuid
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 420


class Workspace:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write_preview(self, image: Image.Image) -> Path:
        """A small PNG of the page as scanned, for the citizen's screen."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        factor = max(1, image.width // PREVIEW_WIDTH)
        small = image.reduce(factor) if factor > 1 else image
        if small.mode not in ("L", "RGB"):
            small = small.convert("RGB")
        path = self.folder / f"{uuid.uuid4().hex}.png"
        small.save(path, "PNG", compress_level=1)
        return path

    def discard(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def wipe(self) -> None:
        """Deletes every preview; the folder itself stays (empty) for the next citizen."""
        if not self.folder.exists():
            return
        for entry in self.folder.iterdir():
            try:
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError as exc:
                log.error("could not delete a preview file: %s", type(exc).__name__)

    def contents(self) -> list[Path]:
        return sorted(self.folder.iterdir()) if self.folder.exists() else []
