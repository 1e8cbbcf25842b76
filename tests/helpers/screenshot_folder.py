"""Where tests keep their screenshots.

A test run must not rewrite tracked files, so screenshots go to the test's temporary folder.
With ``BT_SCREENSHOT_DIR`` set (e.g. ``BT_SCREENSHOT_DIR=docs/screenshots``) they go there
instead: that is how the README's pictures are refreshed. The terminal's pictures live under
``kiosk/``: every screen in every shape from the accessibility audit
(``kiosk/<shape>/<language>-<look>/``), further states other tests meet in ``kiosk/more/``.
"""

from __future__ import annotations

import os
from pathlib import Path


def screenshot_folder(temporary: Path) -> Path:
    chosen = os.environ.get("BT_SCREENSHOT_DIR")
    folder = Path(chosen) if chosen else temporary
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kiosk_more_folder(temporary: Path) -> Path:
    """Where a test keeps a terminal state the screen tour does not show (admin mode, sending)."""
    folder = screenshot_folder(temporary) / "kiosk" / "more"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
