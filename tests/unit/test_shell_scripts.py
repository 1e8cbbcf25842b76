"""The shell scripts IT and CI run (installer, set-up, CI entry point) pass shellcheck.

shellcheck comes with scripts/setup (scripts/debian-packages.txt)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = sorted(
    [
        *REPO.glob("systemd/*.sh"),
        *REPO.glob("tests/system/*.sh"),
        *(path for path in REPO.glob("scripts/*") if path.read_bytes().startswith(b"#!")),
        REPO / ".ci" / "run",
    ]
)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: str(path.relative_to(REPO)))
def test_shellcheck_finds_nothing(script: Path) -> None:
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "shellcheck is missing: run scripts/setup"
    result = subprocess.run(
        [shellcheck, "--severity=warning", str(script)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
