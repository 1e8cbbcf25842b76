"""``python -m tests.helpers.freezable_kiosk run ...``: ``kiosk``, whose GUI thread SIGUSR2
blocks for good, as a hung slot would (for the watchdog test; the product has no such hook).

The handler runs on the GUI thread the next time Python code runs there (the watchdog's own
ping timer is Python), and never returns: the event loop stands still from then on.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from types import FrameType

from kiosk.cli import main

log = logging.getLogger(__name__)


def _freeze(signum: int, frame: FrameType | None) -> None:
    log.warning("test freeze: blocking the GUI thread")
    threading.Event().wait()  # never set: the event loop is stuck here


if __name__ == "__main__":
    signal.signal(signal.SIGUSR2, _freeze)
    sys.exit(main())
