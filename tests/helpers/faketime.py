"""Running a real process on a wall clock the test sets, with libfaketime (Debian's faketime).

Only the wall clock is faked: ``FAKETIME_DONT_FAKE_MONOTONIC`` leaves the monotonic clock alone,
as on a real machine, where setting the time or NTP never moves it. The offset is read from a
file at every call (``FAKETIME_NO_CACHE``), so a test can jump the clock of a running process::

    clock = FakeWallClock(tmp_path / "faketime")
    subprocess.Popen(command, env={**os.environ, **clock.environment()})
    clock.set("-2h")     # that process's clock is now two hours behind

(libfaketime breaks ``time.sleep`` in such a process: clock_nanosleep on an absolute monotonic
time fails with EINVAL. Waits on events and conditions are fine; the terminal's code uses those.)
"""

from __future__ import annotations

from pathlib import Path

LIBRARY = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")


class FakeWallClock:
    def __init__(self, offset_file: Path, offset: str = "+0") -> None:
        self.offset_file = offset_file
        self.set(offset)

    def set(self, offset: str) -> None:
        """An offset as faketime takes it: "+0", "-2h", "+1d"."""
        self.offset_file.write_text(offset + "\n", encoding="ascii")

    def environment(self) -> dict[str, str]:
        if not LIBRARY.exists():
            raise AssertionError(f"{LIBRARY} missing: install Debian's faketime package")
        return {
            "LD_PRELOAD": str(LIBRARY),
            "FAKETIME_TIMESTAMP_FILE": str(self.offset_file),
            "FAKETIME_NO_CACHE": "1",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }
