"""Import before the first Qt application exists: tests draw offscreen, never on a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The terminal's on-screen keyboard (Qt Virtual Keyboard), as `kiosk run` loads it: the UI tests
# then run with the same input method as the terminal, and hardware keys must still work.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
