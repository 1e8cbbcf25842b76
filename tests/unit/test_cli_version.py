"""``kiosk --version`` and ``backoffice --version``: the installed release, one line, exit 0."""

from __future__ import annotations

import subprocess
from importlib import metadata

import pytest

from tests.helpers.terminal import console_script


@pytest.mark.parametrize("program", ["kiosk", "backoffice"])
def test_version_names_the_installed_release(program: str) -> None:
    result = subprocess.run(
        [console_script(program), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{program} {metadata.version('buergerterminal')}\n"
