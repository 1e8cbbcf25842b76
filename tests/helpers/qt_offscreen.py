"""Import before the first Qt application exists: tests draw offscreen, never on a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
