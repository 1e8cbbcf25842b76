"""The demo's staff answerer when there is no browser to answer with: it ends at once with one
line for the demo, left as a mark the kiosk walk reads (and skips the call), instead of
hanging. The answered call itself is walked by the demo test, with real Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from demo.walks import Mark, Rendezvous


def test_no_chromium_leaves_a_reason_not_a_hang(tmp_path: Path) -> None:
    rendezvous = Rendezvous(tmp_path / "rendezvous")
    empty_path = tmp_path / "bin"  # a PATH without chromium on it
    empty_path.mkdir()
    answerer = subprocess.run(
        [
            sys.executable,
            "-m",
            "demo.staff_answerer",
            "http://127.0.0.1:9",
            "demo",
            str(tmp_path / "call.png"),
            str(rendezvous.folder),
        ],
        input="ein-passwort\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PATH": str(empty_path)},
    )
    assert answerer.returncode == 1, answerer.stderr[-2000:]
    assert rendezvous.note(Mark.STAFF_GAVE_UP) == "no Chromium installed (apt-get install chromium)"
    assert not rendezvous.has(Mark.STAFF_READY) and not (tmp_path / "call.png").exists()
    assert "ein-passwort" not in answerer.stderr  # the password came on stdin, never logged
