"""Release 0.1.0 of terminal and office, installed from its own wheel, for upgrade tests.

The wheel is built from the tagged commit (``git archive``; the commit id stands in when the
clone has no tags) and installed without its dependencies into a venv of its own; the pinned
packages of this checkout's ``.venv`` are made visible to it by a ``.pth`` line (same pins as
0.1.0, and minutes faster than installing them again). The release's own code, its own
``kiosk``/``backoffice`` commands and its own module layout (``sync.wire``...) are what runs.

Usage::

    old = OldRelease.install(tmp_path / "v0.1.0")
    old.run("backoffice", "init", "--data", str(office_dir))
    old.python(QUEUE_SCRIPT, stdin=json.dumps(items))
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.wheel import build_wheel, release_tree


@dataclass(frozen=True)
class OldRelease:
    venv: Path

    @classmethod
    def install(cls, folder: Path, tag: str = "v0.1.0") -> OldRelease:
        wheel = build_wheel(release_tree(folder / "source", tag), folder / "dist")
        venv = folder / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
        subprocess.run(
            [str(venv / "bin/python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        (site_packages,) = (venv / "lib").glob("python3.*/site-packages")
        # After the release's own packages on sys.path: its code wins, the pins come from here.
        (site_packages / "zz-current-pins.pth").write_text("\n".join(site.getsitepackages()) + "\n")
        return cls(venv)

    def command(self, program: str, *args: str) -> list[str]:
        return [str(self.venv / "bin" / program), *args]

    def env(self) -> dict[str, str]:
        # Nothing of this checkout on the path: the release imports only itself.
        return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def run(
        self, program: str, *args: str, stdin: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            self.command(program, *args),
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(),
            cwd=self.venv,
            timeout=180,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"0.1.0's {program} {args[:1]} failed:\n{result.stderr}")
        return result
