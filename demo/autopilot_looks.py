"""For the headless walk (``demo.walkthrough``): one screen in every language and both looks,
as pictures.

The autopilot calls this on the home screen and on the contact form. Everything is tapped on
the real top bar (language button and list, large text, contrast), as a citizen would. The
pictures go to ``languages/<screen>-<language>-<look>.png`` beside the walk's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from demo import uidriver
from kiosk.app import KioskApp

# What to wait for before the next step, and how to know it happened.
Wait = tuple[str, Callable[[], bool]]
Tap = Callable[[str], None]
Shoot = Callable[[str], None]


@dataclass(frozen=True)
class Look:
    name: str
    large_text: bool
    high_contrast: bool


# Both colour sets; the high-contrast one in large text, so one picture shows both features.
LOOKS = (Look("standard", False, False), Look("contrast-large", True, True))


def choose_language(kiosk: KioskApp, tap: Tap, code: str) -> Iterator[Wait]:
    window, language = kiosk.window, kiosk.language
    tap("languageButton")
    yield "language list", lambda: uidriver.exists(window, f"lang_{code}")
    tap(f"lang_{code}")
    yield (
        f"language {code}",
        lambda: language.current() == code and not uidriver.exists(window, "languageChooser"),
    )


def set_look(kiosk: KioskApp, tap: Tap, look: Look) -> Iterator[Wait]:
    accessibility = kiosk.accessibility
    if accessibility is None:
        return
    if accessibility.property("largeText") != look.large_text:
        tap("largeTextButton")
        yield "large text", lambda: accessibility.property("largeText") == look.large_text
    if accessibility.property("highContrast") != look.high_contrast:
        tap("contrastButton")
        yield "contrast", lambda: accessibility.property("highContrast") == look.high_contrast


def every_language_and_look(
    kiosk: KioskApp, tap: Tap, shoot: Shoot, screen: str, *, show_chooser: bool = False
) -> Iterator[Wait]:
    """Shoots ``screen`` in each offered language and look, then restores what was chosen."""
    default = kiosk.language.current()
    if show_chooser:
        tap("languageButton")
        yield "language list", lambda: uidriver.exists(kiosk.window, "languageChooser")
        shoot("languages/language-chooser")
        tap("closeLanguageChooser")
    codes = [str(entry["code"]) for entry in kiosk.language.property("languages")]
    for index, code in enumerate(codes):
        yield from choose_language(kiosk, tap, code)
        # Alternating the order saves one switch of look per language.
        for look in LOOKS if index % 2 == 0 else tuple(reversed(LOOKS)):
            yield from set_look(kiosk, tap, look)
            shoot(f"languages/{screen}-{code}-{look.name}")
    yield from set_look(kiosk, tap, LOOKS[0])
    yield from choose_language(kiosk, tap, default)
