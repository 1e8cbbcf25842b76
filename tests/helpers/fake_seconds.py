"""FakeSeconds: a float seconds clock (like ``time.perf_counter``) that moves one step per read."""

from __future__ import annotations


class FakeSeconds:
    def __init__(self, step: float = 1.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now
