"""Where tests keep their screenshots.

A test run must not rewrite tracked files, so screenshots go to the test's temporary folder.
With ``BT_SCREENSHOT_DIR`` set (e.g. ``BT_SCREENSHOT_DIR=docs/screenshots``) they go there
instead: that is how the README's pictures are refreshed.
"""

from __future__ import annotations

import os
from pathlib import Path


def screenshot_folder(temporary: Path) -> Path:
    chosen = os.environ.get("BT_SCREENSHOT_DIR")
    folder = Path(chosen) if chosen else temporary
    folder.mkdir(parents=True, exist_ok=True)
    return folder
