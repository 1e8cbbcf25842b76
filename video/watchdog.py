"""Notices a dead call from the media itself.

aiortc keeps a peer connection "connected" for ~30 s after the other side vanished (its ICE
consent checks are slow to give up), so the call is judged by what arrives: no remote audio or
video frame for ``limit`` seconds means the other side is gone.
"""

from __future__ import annotations

from collections.abc import Callable


class MediaWatchdog:
    def __init__(self, limit_seconds: float, clock: Callable[[], float]) -> None:
        self._limit = limit_seconds
        self._clock = clock
        self._last: float | None = None

    def arm(self) -> None:
        """Starts watching (the connection is up); the first frame gets the same grace."""
        self._last = self._clock()

    def heard(self) -> None:
        if self._last is not None:
            self._last = self._clock()

    @property
    def silent_for(self) -> float:
        return 0.0 if self._last is None else self._clock() - self._last

    @property
    def expired(self) -> bool:
        return self._last is not None and self.silent_for > self._limit
