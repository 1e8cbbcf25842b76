"""After a real scan (SANE's ``test`` backend, whose reader thread resets SIGPIPE), a write to a
connection whose other end has gone is still an error the caller handles: the kiosk, which
scans and holds a call's signaling socket in one process, does not silently die."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.documents import SANE_DIR

REPO = Path(__file__).resolve().parents[2]

SCAN_THEN_WRITE = """
import socket
from scanner.options import ColourMode, ScanWish, Source
from scanner.sane_device import ScanRequest, run_scan

run = run_scan(ScanRequest("test:0", ScanWish(Source.FLATBED, ColourMode.GREY, 75)))
assert run.fault is None and len(run.pages) == 1, run.fault
ours, theirs = socket.socketpair()
theirs.close()  # the office, or the other end of a call, went away
try:
    ours.sendall(b"x" * 200_000)
except BrokenPipeError:
    print("the write failed with BrokenPipeError")
"""


def test_a_write_to_a_dropped_connection_after_a_scan_is_an_error_not_the_end() -> None:
    environment = {**os.environ, "SANE_CONFIG_DIR": str(SANE_DIR), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", SCAN_THEN_WRITE],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert "the write failed with BrokenPipeError" in result.stdout
