"""A terminal for end-to-end tests: its config file, its data folder, its real commands.

Usage::

    terminal = Terminal.create(tmp_path / "terminal", office.url)
    terminal.kiosk("enroll", office.url, office.enrollment_token())
    terminal.kiosk("sync", "--once")
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config import TerminalSettings, load_terminal_settings

REPO = Path(__file__).resolve().parents[2]


def console_script(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python if beside_python.exists() else REPO / ".venv" / "bin" / name)


# Short, so that faults are met within a test.
_SYNC = {
    "connect_timeout_seconds": 2,
    "read_timeout_seconds": 5,
    "backoff_base_seconds": 0.2,
    "backoff_cap_seconds": 1,
    "poll_seconds": 0.2,
}


@dataclass(frozen=True)
class Terminal:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "terminal.toml"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @classmethod
    def create(
        cls,
        root: Path,
        backoffice_url: str,
        extra_toml: str = "",
        ca_file: Path | None = None,
        sync: dict[str, float] | None = None,
    ) -> Terminal:
        """``extra_toml`` goes after the ``[sync]`` table (keys for it, then other tables);
        ``ca_file`` pins the office's CA; ``sync`` replaces or adds ``[sync]`` keys."""
        root.mkdir(parents=True, exist_ok=True)
        terminal = cls(root)
        pinned = "" if ca_file is None else f"ca_file = {json.dumps(str(ca_file))}\n"
        timings = {**_SYNC, **(sync or {})}
        terminal.config.write_text(
            f'[backoffice]\nurl = "{backoffice_url}"\n{pinned}\n'
            f"[device]\ndata_dir = {json.dumps(str(terminal.data_dir))}\n\n"
            "[sync]\n"
            + "".join(f"{key} = {value}\n" for key, value in timings.items())
            + extra_toml,
            encoding="utf-8",
        )
        return terminal

    def settings(self) -> TerminalSettings:
        return load_terminal_settings(self.config)

    def command(self, *args: str) -> list[str]:
        return [console_script("kiosk"), args[0], "--config", str(self.config), *args[1:]]

    def walkthrough_command(self, screenshots: Path) -> list[str]:
        """The demo's headless walk through this terminal's UI (``demo.walkthrough``)."""
        walk = [sys.executable, "-m", "demo.walkthrough", "--config", str(self.config)]
        return [*walk, "--screenshots", str(screenshots)]

    def kiosk(
        self, *args: str, check: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Runs ``kiosk`` with this terminal's config; ``env``: more environment variables."""
        result = subprocess.run(
            self.command(*args),
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env=None if env is None else {**os.environ, **env},
        )
        if check and result.returncode != 0:
            raise AssertionError(f"kiosk {args[0]} failed ({result.returncode}):\n{result.stderr}")
        return result

    def status(self) -> dict[str, Any]:
        status: dict[str, Any] = json.loads(self.kiosk("status", "--json").stdout)
        return status

    def all_bytes(self) -> bytes:
        """Every byte of every file the terminal keeps (for stolen-terminal checks)."""
        return b"".join(p.read_bytes() for p in sorted(self.root.rglob("*")) if p.is_file())
