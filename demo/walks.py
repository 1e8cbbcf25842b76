"""What the headless walk (``demo.walkthrough``) may do, and how its parts meet.

No Qt here: ``kiosk demo``, the command line and the Chromium staff answerer use it too.

A video walk needs someone to answer. The kiosk process, the staff answerer (another process,
driving Chromium) and the demo meet in a *rendezvous* folder: each side leaves a small file
(a ``Mark``) when it reaches a point the others wait for, with a one-line note where useful.
Files, not sockets: nothing to connect, nothing to leak, and a side that died simply never
leaves its mark, so the others time out instead of hanging.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from durable.files import write_file_atomically


class Walk(enum.StrEnum):
    CALLBACK = "callback"
    DOCUMENTS = "documents"
    VIDEO = "video"
    # Every screen in three shapes, German, Arabic and large text (demo.screen_tour); the
    # video screens only where a test plays the other end (see the README).
    TOUR = "tour"


ALL_WALKS = frozenset({Walk.CALLBACK, Walk.DOCUMENTS, Walk.VIDEO})


def parse_walks(text: str) -> frozenset[Walk]:
    """``"callback,video"`` → those walks; raises ``ValueError`` naming what is unknown."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in {walk.value for walk in Walk}]
    if unknown or not names:
        known = ", ".join(walk.value for walk in Walk)
        raise ValueError(f"unknown walk {', '.join(unknown) or '(none)'}; choose from {known}")
    return frozenset(Walk(name) for name in names)


def walks_argument(text: str) -> frozenset[Walk]:
    """For argparse: the same, with the error argparse prints as a usage message."""
    import argparse

    try:
        return parse_walks(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


@dataclass(frozen=True)
class WalkError(Exception):
    """The UI did not do what a citizen would expect at this point."""


@dataclass(frozen=True)
class Until:
    """Wait until ``ready()`` is true. After ``timeout_ms`` the walk fails, unless the wait is
    ``optional``: then the script goes on and hears ``False`` (the condition never came)."""

    what: str
    ready: Callable[[], bool]
    timeout_ms: int = 10_000
    optional: bool = False


# A walk's script: it yields what to wait for and is sent whether that came (True) in time.
Script = Generator[Until, bool, None]


class Mark(enum.StrEnum):
    # The kiosk is on its start screen, about to call. Only then does the staff side switch
    # "available" on: that opens its camera, which would burn CPU the other walks need.
    VIDEO_WANTED = "video-wanted"
    STAFF_READY = "staff-ready"  # logged in, on the call page, switched "available" on
    STAFF_PHOTOGRAPHED = "staff-photographed"  # its call page is saved: the kiosk may hang up
    STAFF_GAVE_UP = "staff-gave-up"  # Chromium or the call failed; the note says why
    VIDEO_WALKED = "video-walked"  # the kiosk walked the whole call
    VIDEO_SKIPPED = "video-skipped"  # the kiosk left the call out; the note says why


class Rendezvous:
    """The folder where the kiosk, the staff answerer and the demo leave their marks."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def mark(self, mark: Mark, note: str = "") -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        # Whole or not at all: a side that reads a mark never sees half a note.
        write_file_atomically(self.folder / mark.value, note.encode("utf-8"), mode=0o644)

    def has(self, mark: Mark) -> bool:
        return (self.folder / mark.value).exists()

    def note(self, mark: Mark) -> str:
        try:
            return (self.folder / mark.value).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""


def rendezvous_for(screenshots: Path) -> Rendezvous:
    """The walk's rendezvous beside its screenshots (a hidden folder: no pictures in it)."""
    return Rendezvous(screenshots / ".video-rendezvous")
