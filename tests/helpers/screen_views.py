"""The views the accessibility audit checks every screen in (see demo/screen_views.py for
shapes, views and how the window is switched), and a runner for ``demo.walks`` scripts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from demo.screen_views import SHAPES, View
from demo.walks import Script

LANGUAGES = ("de", "de-LS", "en", "uk", "ar", "tr", "ru")

# Every screen in every shape, in every language, in the standard look and in large text (with
# high contrast: its thicker outlines are the tighter case, and its colours are the ones the
# contrast check must pass; high contrast alone moves nothing).
LOOKS = (False, True)


def _views(languages: tuple[str, ...]) -> tuple[View, ...]:
    # Grouped by language: switching the language retranslates every binding, the slow part.
    return tuple(
        View(shape, code, large, large) for code in languages for large in LOOKS for shape in SHAPES
    )


# Three groups, each walked by its own tour (one tour with all of them would take longer than
# a test may on a loaded two-core machine).
GERMAN_AND_ARABIC = _views(("de", "ar"))
SIMPLE_ENGLISH_UKRAINIAN = _views(("de-LS", "en", "uk"))
TURKISH_RUSSIAN = _views(("tr", "ru"))
AUDITED = GERMAN_AND_ARABIC + SIMPLE_ENGLISH_UKRAINIAN + TURKISH_RUSSIAN


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
