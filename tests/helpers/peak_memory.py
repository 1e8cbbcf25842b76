"""Running a real process and learning its peak memory (RSS) from the kernel, exactly.

``os.wait4`` hands back the child's own resource usage: ``ru_maxrss`` is its high-water mark
of resident memory, however briefly it was reached. No polling, nothing timed.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measured:
    returncode: int
    stdout: str
    stderr: str
    peak_mib: float


def run_measured(
    command: list[str], env: dict[str, str] | None = None, timeout: float = 120.0
) -> Measured:
    with tempfile.TemporaryDirectory() as folder:
        out, err = Path(folder) / "out", Path(folder) / "err"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            process = subprocess.Popen(
                command,
                stdout=stdout,
                stderr=stderr,
                env=None if env is None else {**os.environ, **env},
            )
            guard = threading.Timer(timeout, process.kill)  # only stops a hanging test
            guard.start()
            try:
                _, status, usage = os.wait4(process.pid, 0)
            finally:
                guard.cancel()
            process.returncode = os.waitstatus_to_exitcode(status)
        return Measured(
            process.returncode,
            out.read_text(errors="replace"),
            err.read_text(errors="replace"),
            usage.ru_maxrss / 1024,  # KiB on Linux
        )
