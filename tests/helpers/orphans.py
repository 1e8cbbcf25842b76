"""Servers a test starts must not outlive it, even when the test process dies without tearing
down (pytest-timeout ends a hung run with ``os._exit``: no ``finally`` runs).

- :func:`die_with_parent`: ``preexec_fn`` for ``subprocess.Popen``: the kernel sends the child
  SIGTERM when the thread that started it is gone (``PR_SET_PDEATHSIG``).
- :func:`stop_when_gone`: for servers that detach themselves (``pg_ctl start``): a small
  watcher process that runs ``command`` once this process has ended.
"""

from __future__ import annotations

import ctypes
import os
import shlex
import signal
import subprocess

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def stop_when_gone(*commands: list[str]) -> subprocess.Popen[bytes]:
    """Runs ``commands`` when this process ends; kill the returned watcher to call it off."""
    then = "; ".join(f"{shlex.join(command)} >/dev/null 2>&1" for command in commands)
    script = f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; {then}"
    return subprocess.Popen(
        ["sh", "-c", script],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
