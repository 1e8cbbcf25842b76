"""Wheels as IT gets them: built from a clean checkout or a tagged release.

Usage::

    tree = clean_tree(REPO, tmp_path / "src")            # what a fresh clone holds
    wheel = build_wheel(tree, tmp_path / "dist")         # PEP 517 build, isolated
    old = build_wheel(release_tree(tmp_path / "v0.1.0"), tmp_path / "old")
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# v0.1.0's commit: a clone without tags still has it in its history.
RELEASE_0_1_0 = "3417fca"


def _git(*args: str, cwd: Path = REPO) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


def clean_tree(repo: Path, dest: Path) -> Path:
    """The files a fresh clone of ``repo`` would hold, with their current content: tracked
    and new files, nothing ignored (no .venv, no compiled translations, no caches)."""
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=repo)
    for name in filter(None, listed.split("\0")):
        source = repo / name
        if not source.is_file():  # deleted in the work tree, not yet committed
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return dest


def release_tree(dest: Path, tag: str = "v0.1.0", fallback: str = RELEASE_0_1_0) -> Path:
    """A release's files (``git archive``); the commit id stands in when tags were not cloned."""
    try:
        _git("rev-parse", "--verify", "--quiet", f"{tag}^{{commit}}")
        ref = tag
    except subprocess.CalledProcessError:
        ref = fallback
    dest.mkdir(parents=True, exist_ok=True)
    archive = dest.parent / f"{dest.name}.tar"
    _git("archive", "--format=tar", f"--output={archive}", ref)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()
    return dest


def build_wheel(tree: Path, out: Path, python: str = sys.executable) -> Path:
    """``pip wheel`` with build isolation, as a release build does; returns the wheel."""
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.glob("*.whl"))
    result = subprocess.run(
        [python, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(tree)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if result.returncode != 0:
        raise AssertionError(f"wheel build failed:\n{result.stdout}\n{result.stderr}")
    (wheel,) = set(out.glob("*.whl")) - before
    return wheel
