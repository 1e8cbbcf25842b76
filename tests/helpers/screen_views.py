"""The views the accessibility audit checks every screen in (see demo/screen_views.py for
shapes, views and how the window is switched), and a runner for ``demo.walks`` scripts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from demo.screen_views import SHAPES, View
from demo.walks import Script

LANGUAGES = ("de", "de-LS", "en", "uk", "ar", "tr", "ru")

# Every screen in every shape: German in the standard look and in large text (with high
# contrast: its thicker outlines are the tighter case, and colours move nothing), Arabic in the
# standard look, and every other language in large text (where a longer translation breaks
# first; their standard look differs from German's only in words, which large text checks
# harder).
# Two groups, each walked by its own tour (one tour with all of them would take longer than
# a test may on a loaded two-core machine).
GERMAN_AND_ARABIC = tuple(
    # Grouped by language: switching the language retranslates every binding, the slow part.
    [View(shape, "de", large, large) for large in (False, True) for shape in SHAPES]
    + [View(shape, "ar") for shape in SHAPES]
)
OTHER_LANGUAGES = tuple(
    View(shape, code, True, True)
    for code in LANGUAGES
    if code not in ("de", "ar")
    for shape in SHAPES
)
AUDITED = GERMAN_AND_ARABIC + OTHER_LANGUAGES


def run_script(qtbot: QtBot, script: Script) -> None:
    """Runs a ``demo.walks`` script in a test: each wait is waited for (or fails the test)."""
    came: bool | None = None
    while True:
        try:
            wait = next(script) if came is None else script.send(came)
        except StopIteration:
            return
        try:
            qtbot.waitUntil(wait.ready, timeout=wait.timeout_ms)
            came = True
        except Exception:
            if not wait.optional:
                raise AssertionError(f"the tour waited in vain for {wait.what}") from None
            came = False
