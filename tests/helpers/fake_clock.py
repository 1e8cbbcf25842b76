"""FakeClock: a clock tests move by hand, for backoff times that must come out exact.

It is two clocks, as on a real machine: the wall clock (calling the fake) and a monotonic one
(``monotonic()``, seconds). ``advance`` moves both, as time passing does; ``jump`` moves only
the wall clock, as setting the time by hand or NTP after days offline does.
"""

from __future__ import annotations

import datetime as dt


class FakeClock:
    def __init__(self, start: dt.datetime | None = None) -> None:
        self.current = start or dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
        self.seconds = 1000.0

    def __call__(self) -> dt.datetime:
        return self.current

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.current += dt.timedelta(seconds=seconds)
        self.seconds += seconds

    def jump(self, seconds: float) -> None:
        """The wall clock is set ``seconds`` forward (negative: back); no time passes."""
        self.current += dt.timedelta(seconds=seconds)
