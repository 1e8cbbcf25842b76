"""Where a page's time goes: wall time and this process's CPU time per pipeline stage.

CPU time is measured next to wall time because terminals and test machines are shared: a
stage that waited for the CPU shows a long wall time but an unchanged CPU time.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class Stage(enum.StrEnum):
    CHECKS = "checks"
    DESKEW = "deskew"
    ENCODE = "encode"
    PDF = "pdf"


@dataclass
class StageTime:
    wall_ms: float = 0.0
    cpu_ms: float = 0.0


@dataclass
class StageTimes:
    """Adds up the time spent in each stage; the clocks are injectable for tests."""

    wall_clock: Callable[[], float] = time.perf_counter
    cpu_clock: Callable[[], float] = time.process_time
    stages: dict[Stage, StageTime] = field(default_factory=dict)

    @contextmanager
    def stage(self, stage: Stage) -> Iterator[None]:
        wall, cpu = self.wall_clock(), self.cpu_clock()
        try:
            yield
        finally:
            spent = self.stages.setdefault(stage, StageTime())
            spent.wall_ms += (self.wall_clock() - wall) * 1000
            spent.cpu_ms += (self.cpu_clock() - cpu) * 1000

    def total(self) -> StageTime:
        return StageTime(
            sum(spent.wall_ms for spent in self.stages.values()),
            sum(spent.cpu_ms for spent in self.stages.values()),
        )
