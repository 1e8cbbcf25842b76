"""Compiles every ``kiosk/i18n/*.ts`` into ``.qm`` with Qt's lrelease (run by scripts/setup)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    sources = sorted(HERE.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"[setup] translations ready ({len(sources)} languages)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
