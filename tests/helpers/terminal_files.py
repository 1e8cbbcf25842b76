"""The terminal's files are its own: every file 0600, every folder 0700, whatever made them."""

from __future__ import annotations

import stat
from pathlib import Path


def assert_private(folder: Path) -> None:
    exposed = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode & ~wanted:
            exposed.append(f"{path.relative_to(folder.parent)} {mode:o}")
    assert not exposed, "readable by others: " + ", ".join(exposed)
