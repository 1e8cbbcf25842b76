"""Benchmark: the page pipeline (checks + encoding + PDF/A) against a plain one.

Run: ``.venv/bin/python tests/bench/bench_pages.py`` from the repository root. Prints ms and
bytes per A4 300 dpi page by kind, next to a plain pipeline measured in the same run (every
page JPEG q75 in colour through img2pdf), and whether each goal of the issue is met.

Each page is run ``REPEATS`` times and the least disturbed run (lowest wall time) is shown,
split by stage (checks, deskew, encode, pdf), with the process's CPU time next to the wall
time: on a loaded machine wall time grows while CPU time stays put, so a slow wall figure
with a normal CPU figure means the machine was busy, not that the code got slower.
"""

from __future__ import annotations

import io
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import img2pdf
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scanner.pipeline import ProcessedPage, build_document, process_page
from scanner.stage_times import Stage, StageTime, StageTimes
from tests.helpers import pages

KINDS = {
    "colour": ["colour_form"],
    "grey": ["payslip_grey"],
    "text": ["letter", "bank_statement", "off_white_letter", "missing_bottom"],
    "skewed": ["skewed_letter"],
}
REPEATS = 3


def ours(image: Image.Image, times: StageTimes | None = None) -> tuple[ProcessedPage, bytes]:
    page = process_page(image, 300, times=times)
    doc = build_document([page], "BENCH", "bench", {}, datetime.now(UTC), times=times)
    return page, doc.data


def plain(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=75, dpi=(300, 300))
    result = img2pdf.convert(buffer.getvalue())
    assert isinstance(result, bytes)
    return result


def timed_ours(image: Image.Image) -> StageTimes:
    """The least disturbed of ``REPEATS`` runs, with its time per stage."""
    runs = []
    for _ in range(REPEATS):
        times = StageTimes()
        ours(image, times)
        runs.append(times)
    return min(runs, key=lambda times: times.total().wall_ms)


def timed(function: Callable[[], object]) -> StageTime:
    runs = []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        runs.append(
            StageTime((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        )
    return min(runs, key=lambda run: run.wall_ms)  # the least disturbed run on a shared machine


def stage_columns(times: StageTimes) -> str:
    spent = [times.stages.get(stage, StageTime()) for stage in Stage]
    return " ".join(f"{s.wall_ms:4.0f}/{s.cpu_ms:<4.0f}" for s in spent)


def ocr_words(image: Image.Image) -> set[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        text = subprocess.run(
            ["tesseract", str(path), "-", "-l", "deu"],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout  # fmt: skip
    return {word for word in re.findall(r"\w{4,}", text)}


def main() -> int:
    stages = " ".join(f"{stage.value:>9s}" for stage in Stage)
    print("ms as wall/cpu (process CPU time) of the least disturbed of "
          f"{REPEATS} runs\n")  # fmt: skip
    print(f"{'page':18s} {'kind':7s} {'ours':>9s} {'plain':>9s} {stages}  {'ours KB':>8s} "
          f"{'plain KB':>9s} encoding")  # fmt: skip
    ms_ours: list[StageTime] = []
    ms_plain: list[StageTime] = []
    by_kind: dict[str, list[StageTime]] = {kind: [] for kind in KINDS}
    kb: dict[str, list[tuple[float, float]]] = {kind: [] for kind in KINDS}
    images: dict[str, Image.Image] = {}
    processed: list[ProcessedPage] = []
    for kind, names in KINDS.items():
        for name in names:
            image = images[name] = pages.PAGES[name]()
            page, data = ours(image)
            processed.append(page)
            plain_data = plain(image)
            t_ours = timed_ours(image)
            t_plain = timed(lambda image=image: plain(image))  # type: ignore[misc]
            total = t_ours.total()
            ms_ours.append(total)
            by_kind[kind].append(total)
            ms_plain.append(t_plain)
            kb[kind].append((len(data) / 1024, len(plain_data) / 1024))
            print(f"{name:18s} {kind:7s} {total.wall_ms:4.0f}/{total.cpu_ms:<4.0f} "
                  f"{t_plain.wall_ms:4.0f}/{t_plain.cpu_ms:<4.0f} {stage_columns(t_ours)}  "
                  f"{len(data) / 1024:8.1f} {len(plain_data) / 1024:9.1f} "
                  f"{page.check.encoding.value}")  # fmt: skip
    print()
    for kind, spent in by_kind.items():
        walls = [s.wall_ms for s in spent]
        cpus = [s.cpu_ms for s in spent]
        print(f"{kind:7s} ms/page wall median {statistics.median(walls):4.0f} max "
              f"{max(walls):4.0f}   cpu median {statistics.median(cpus):4.0f} max "
              f"{max(cpus):4.0f}")  # fmt: skip
    print()
    for kind, sizes in kb.items():
        mean_ours = statistics.mean(s[0] for s in sizes)
        mean_plain = statistics.mean(s[1] for s in sizes)
        print(f"{kind:7s} mean KB/page: ours {mean_ours:7.1f}  plain {mean_plain:7.1f}  "
              f"({mean_plain / mean_ours:4.1f}x smaller)")  # fmt: skip
    mixed = build_document(processed, "BENCH", "bench", {}, datetime.now(UTC)).data
    plain_parts = []
    for name in images:
        buffer = io.BytesIO()
        images[name].convert("RGB").save(buffer, "JPEG", quality=75, dpi=(300, 300))
        plain_parts.append(buffer.getvalue())
    plain_mixed = img2pdf.convert(plain_parts)
    assert isinstance(plain_mixed, bytes)
    ratio_mixed = len(plain_mixed) / len(mixed)
    wall_ours = [s.wall_ms for s in ms_ours]
    wall_plain = [s.wall_ms for s in ms_plain]
    cpu_ours = [s.cpu_ms for s in ms_ours]
    cpu_plain = [s.cpu_ms for s in ms_plain]
    median_ratio = statistics.median(wall_ours) / statistics.median(wall_plain)
    cpu_ratio = statistics.median(cpu_ours) / statistics.median(cpu_plain)
    text_mean = statistics.mean(s[0] for s in kb["text"] + kb["skewed"])
    print(f"\nmixed set of {len(images)} pages: ours {len(mixed) / 1024:.0f} KB, "
          f"plain {len(plain_mixed) / 1024:.0f} KB ({ratio_mixed:.1f}x smaller)")  # fmt: skip
    print(f"median ms/page wall: ours {statistics.median(wall_ours):.0f}, plain "
          f"{statistics.median(wall_plain):.0f} ({median_ratio:.2f}x); slowest page "
          f"{max(wall_ours):.0f} ms")  # fmt: skip
    print(f"median ms/page cpu:  ours {statistics.median(cpu_ours):.0f}, plain "
          f"{statistics.median(cpu_plain):.0f} ({cpu_ratio:.2f}x); slowest page "
          f"{max(cpu_ours):.0f} ms")  # fmt: skip
    goals = {
        "median <= 4x plain": median_ratio <= 4.0,
        "no page over 250 ms (wall)": max(wall_ours) <= 250.0,
        "text pages <= 60 KB on average": text_mean <= 60.0,
        "mixed set >= 8x smaller": ratio_mixed >= 8.0,
    }
    if shutil.which("tesseract"):
        for name in ("letter", "bank_statement", "skewed_letter"):
            page = next(p for p, n in zip(processed, images, strict=True) if n == name)
            source = ocr_words(images[name].convert("L"))
            output = ocr_words(Image.open(io.BytesIO(page.encoded.data)).convert("L"))
            share = len(source & output) / max(len(source), 1)
            print(f"OCR {name}: {share:.0%} of {len(source)} source words found in the output")
            goals[f"legible ({name}, OCR >= 90 % of source words)"] = share >= 0.9
    else:
        print("tesseract not installed: legibility not measured")
    print()
    for goal, met in goals.items():
        print(f"{'MET   ' if met else 'NOT MET'} {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
