"""Background priority for the thread that reads pages from the scanner.

A terminal has two cores. While a feeder runs, the SANE backend's reader and our reading thread
want the CPU all the time, and the kiosk's GUI thread, which needs 10–20 ms now and then to
show a page, queues behind them: the screen stutters (tests/bench/bench_scan_ui.py). With a
lower priority they leave the GUI thread first in line and lose nothing while the CPU is idle.
Only the reading thread steps back: it holds the GIL for microseconds between ``sane_read``
calls (scanner/sane_reader.py), so it can hardly be descheduled while the GUI thread waits for
the GIL. On Linux ``setpriority`` with a thread's id changes only that thread (setpriority(2),
NOTES); threads it starts afterwards, such as a backend's reader, inherit the value.
"""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger(__name__)

# Nice value of the reading thread: 10 of 19 lets the GUI thread win the CPU about 10 to 1.
BACKGROUND_NICENESS = 10


def lower_this_thread(niceness: int = BACKGROUND_NICENESS) -> None:
    """Gives the calling thread background priority; elsewhere than Linux, nothing happens."""
    if not hasattr(os, "setpriority"):
        return
    try:
        thread = threading.get_native_id()
        current = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, max(current, niceness))
    except OSError as exc:  # never worth failing a scan over
        log.info("background priority not set: %s", exc)
