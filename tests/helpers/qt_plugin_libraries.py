"""Which system libraries the Qt plugins the product uses cannot find (``ldd``), following the
Qt libraries they link into PySide6's own folder. Run by the installed venv's Python on the
machine under test (``python -m tests.helpers.qt_plugin_libraries`` copies it there):

    python qt_plugin_libraries.py   # prints JSON {library or plugin: [missing sonames]}

Standard library only: it runs where nothing of the checkout is importable.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from pathlib import Path

# Platform plugins: wayland under cage, xcb on a desktop (the windowed demo), offscreen for
# headless runs; and what the UI loads besides: GL integration, shell integration, the
# on-screen keyboard, read-aloud, the loudspeaker (Qt Multimedia), image formats.
PLUGINS = (
    "platforms/libqwayland.so",
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "wayland-decoration-client/libbradient.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "texttospeech/libqtexttospeech_speechd.so",
    "multimedia/libffmpegmediaplugin.so",
    "imageformats/libqjpeg.so",
    "imageformats/libqsvg.so",
)
_LINE = re.compile(r"^\s*(\S+) => (not found|\S+)")


def _ldd(path: Path) -> dict[str, str]:
    output = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    return {m[1]: m[2] for m in map(_LINE.match, output.splitlines()) if m}


def missing() -> dict[str, list[str]]:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    qt = Path(spec.origin).parent / "Qt"
    pending = [qt / "plugins" / plugin for plugin in PLUGINS]
    seen: set[Path] = set()
    found: dict[str, list[str]] = {}
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        if not path.exists():
            found[str(path.relative_to(qt))] = ["(the file itself is missing)"]
            continue
        for soname, target in _ldd(path).items():
            if target == "not found":
                found.setdefault(str(path.relative_to(qt)), []).append(soname)
            elif Path(target).resolve().is_relative_to(qt.resolve()):
                pending.append(Path(target))  # a Qt library: its own needs count too
    return found


if __name__ == "__main__":
    print(json.dumps(missing(), indent=1, sort_keys=True))
