"""Per-stage time accounting of the page pipeline (used by tests/bench/bench_pages.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from scanner.pipeline import build_document, process_page
from scanner.stage_times import Stage, StageTimes
from tests.helpers import pages
from tests.helpers.fake_seconds import FakeSeconds


def test_each_stage_is_recorded_with_wall_and_cpu_time() -> None:
    # Each clock moves one second per read, so every entry into a stage counts 1000 ms.
    times = StageTimes(wall_clock=FakeSeconds(1.0), cpu_clock=FakeSeconds(0.5))
    page = process_page(pages.PAGES["skewed_letter"](), times=times)
    build_document([page], "T-1", "dev", {}, datetime.now(UTC), times=times)
    assert {stage: spent.wall_ms for stage, spent in times.stages.items()} == {
        Stage.CHECKS: 1000.0,
        Stage.DESKEW: 1000.0,
        Stage.ENCODE: 2000.0,  # preparing the pixels, then compressing them
        Stage.PDF: 1000.0,
    }
    assert times.stages[Stage.CHECKS].cpu_ms == 500.0
    assert times.total().wall_ms == 5000.0
