"""Keeps a write to a closed connection an error, not the end of the process.

Python ignores SIGPIPE from its start, so writing to a peer that has gone raises
``BrokenPipeError`` where the caller handles it. SANE's reader threads (``sanei_thread``, used
by many backends, SANE's ``test`` backend among them) set SIGPIPE back to its default while a
page is read and leave it there: after the first scan, the next write to a dropped connection
(a call's signaling socket, an HTTP request) would kill the whole kiosk without a word. After
each page and each run, SIGPIPE is ignored again.
"""

from __future__ import annotations

import ctypes
import logging
import signal

log = logging.getLogger(__name__)

_SIG_IGN = ctypes.c_void_p(1)  # the C library's SIG_IGN on Linux
_libc = ctypes.CDLL(None, use_errno=True)
_libc.signal.restype = ctypes.c_void_p
_libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)


def ignore_broken_pipes() -> None:
    """SIGPIPE ignored for the whole process, from any thread (Python's ``signal.signal``
    may only be called from the main thread; scans run in threads of their own)."""
    if _libc.signal(signal.SIGPIPE, _SIG_IGN) == ctypes.c_void_p(-1).value:  # SIG_ERR
        log.warning("SIGPIPE could not be ignored again (errno %d)", ctypes.get_errno())
