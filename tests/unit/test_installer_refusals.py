"""``systemd/install.sh`` refuses a system it does not support with one line and changes
nothing. (Installing for real is tested on a fresh Debian 13 in tests/system.)

Each case is one reason to refuse, everything else as on a supported system: a test machine
that is Debian 13 underneath must never get an install from here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "systemd" / "install.sh"
DEBIAN_13 = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\nVERSION_ID="13"\n'


def _refusal(
    tmp_path: Path, os_release: str, path: str | None = None, as_user: int | None = None
) -> str:
    release = tmp_path / "os-release"
    release.write_text(os_release)
    env = {"PATH": path or os.environ["PATH"], "OS_RELEASE": str(release), "LANG": "C.UTF-8"}
    command = ["/bin/sh", str(INSTALL), "terminal", "--wheel", str(tmp_path / "none.whl")]
    if as_user is not None:
        command = ["/usr/bin/setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups",
                   *command]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert not Path("/var/lib/buergerterminal-install").exists() or "install:" in lines[0]
    return lines[0]


def test_debian_12_is_refused_with_the_reason(tmp_path: Path) -> None:
    line = _refusal(
        tmp_path, 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
    )
    assert line == (
        "install: Debian 12 ships Python 3.11, Bürgerterminal needs 3.12 or newer: install on "
        "Debian 13 (docs/operations.md, Supported systems)"
    )


def test_other_systems_are_named(tmp_path: Path) -> None:
    line = _refusal(tmp_path, 'PRETTY_NAME="Ubuntu 22.04.5 LTS"\nID=ubuntu\nVERSION_ID="22.04"\n')
    assert line == (
        "install: unsupported system Ubuntu 22.04.5 LTS: Debian 13 or Ubuntu 24.04 LTS needed"
    )


def test_it_must_run_as_root(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    line = _refusal(tmp_path, DEBIAN_13, as_user=65534)
    assert line == f"install: must run as root: sudo {INSTALL} terminal"


def _bin(tmp_path: Path, *tools: str) -> Path:
    """A PATH folder with just these tools (the real ones), to take one away."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    for tool in tools:
        found = shutil.which(tool)
        assert found, tool
        (folder / tool).symlink_to(found)
    return folder


BASICS = ("id", "dirname", "grep", "cat", "find", "sort", "tail")


def test_without_systemd_it_says_so(tmp_path: Path) -> None:
    folder = _bin(tmp_path, *BASICS, "apt-get")
    line = _refusal(tmp_path, DEBIAN_13, path=str(folder))
    assert line == "install: systemd is required (no systemctl): the units run the programs"


@pytest.mark.parametrize("version", ["3.11.2", "3.9.18"])
def test_an_old_python_is_refused(tmp_path: Path, version: str) -> None:
    folder = _bin(tmp_path, *BASICS, "apt-get", "systemctl")
    python = folder / "python3"
    python.write_text(f"#!/bin/sh\necho {version}\n")  # what the version probe prints
    python.chmod(0o755)
    line = _refusal(tmp_path, DEBIAN_13, path=str(folder))
    assert line == f"install: python3 is {version}; Bürgerterminal needs Python 3.12 or newer"
