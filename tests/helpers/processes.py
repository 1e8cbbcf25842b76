"""Ending a server a test started: ask it to stop, and kill it if it does not in time."""

from __future__ import annotations

import signal
import subprocess
from typing import Any


def stop_process(
    process: subprocess.Popen[Any], signum: int = signal.SIGTERM, grace_seconds: float = 10
) -> None:
    """Sends ``signum`` (if it still runs), waits ``grace_seconds``, then SIGKILL; reaped."""
    if process.poll() is None:
        process.send_signal(signum)
    try:
        process.wait(grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
