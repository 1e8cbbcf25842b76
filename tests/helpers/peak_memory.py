"""Running a real process and learning its peak memory (RSS) from the kernel, exactly.

GNU time starts the command and reports the child's ``ru_maxrss`` (its high-water mark of
resident memory, however briefly reached): no polling, nothing timed. Not ``os.wait4`` from
the test itself: a child forked from pytest starts out sharing pytest's pages, and Linux
counts that copy (hundreds of MB) into the child's peak even after ``exec``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = "/usr/bin/time"


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
        report = Path(folder) / "maxrss"
        result = subprocess.run(
            [GNU_TIME, "--format=%M", f"--output={report}", *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=None if env is None else {**os.environ, **env},
            check=False,
        )
        # "Command exited with non-zero status N" may come first; the figure is last (KiB).
        peak_kib = int(report.read_text().strip().splitlines()[-1])
    return Measured(result.returncode, result.stdout, result.stderr, peak_kib / 1024)
