"""Compiles every ``kiosk/i18n/*.ts`` into ``.qm`` with Qt's lrelease (from PySide6).

Two callers, one mechanism: ``scripts/setup`` compiles in place for a checkout
(``python -m kiosk.i18n.build``), and the wheel build (``setup.py``) compiles into the wheel,
so an installed terminal has every language. Standard library only: ``setup.py`` loads this
file by path, before the package is installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


class TranslationBuildError(Exception):
    """lrelease is missing or refused a source; the build must stop, not ship without it."""


def lrelease() -> Path:
    """Qt's lrelease as PySide6 ships it (a build requirement of the wheel)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise TranslationBuildError("PySide6 is not installed: it provides lrelease")
    program = Path(spec.origin).parent / "lrelease"
    if not program.is_file():
        raise TranslationBuildError(f"{program}: lrelease is missing from PySide6")
    return program


def compile_translations(sources: Path, target: Path, *, only_changed: bool = False) -> list[Path]:
    """Compiles ``sources/*.ts`` into ``target/*.qm``; returns the compiled files."""
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if only_changed and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            compiled.append(qm)
            continue
        result = subprocess.run(
            [str(lrelease()), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise TranslationBuildError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        compiled.append(qm)
    if not compiled:
        raise TranslationBuildError(f"no translation sources in {sources}")
    return compiled


def main() -> int:
    compiled = compile_translations(HERE, HERE, only_changed=True)
    print(f"[setup] translations ready ({len(compiled)} languages)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
