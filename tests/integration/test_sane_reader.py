"""The short-GIL page reader (scanner/sane_reader.py) against SANE's real ``test`` backend: it
must deliver exactly the pixels python-sane's ``snap()`` delivers, and leave every format it
does not read to ``snap()``."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PIL import Image

from scanner.options import ColourMode, ScanWish, Source
from scanner.priority import BACKGROUND_NICENESS
from scanner.sane_device import ScanRequest, run_scan, sane_session
from scanner.sane_reader import native_handle, read_with_handle
from scanner.simulated import SANE_CONFIG_DIR


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_CONFIG_DIR))


@pytest.fixture
def device() -> Iterator[Any]:
    import sane

    with sane_session():
        opened = sane.open("test:0")
        try:
            opened.resolution = 75
            yield opened
        finally:
            opened.close()


def both_ways(device: Any) -> tuple[Image.Image, Image.Image | None, list[int]]:
    """The same page read by python-sane and by our reader; our reader's byte counts."""
    device.start()
    theirs = device.snap()
    device.start()
    handle = native_handle(device)
    assert handle is not None  # the fast path was really taken
    seen: list[int] = []
    ours = read_with_handle(device, handle, lambda line, lines: seen.append(lines - line))
    device.cancel()
    return theirs, ours, seen


@pytest.mark.parametrize(("mode", "picture"), [("Color", "Color pattern"), ("Gray", "Grid")])
def test_reader_delivers_the_pixels_snap_delivers(device: Any, mode: str, picture: str) -> None:
    device.mode = mode
    device.test_picture = picture
    theirs, ours, seen = both_ways(device)
    assert ours is not None
    assert (ours.mode, ours.size) == (theirs.mode, theirs.size)
    assert ours.tobytes() == theirs.tobytes()
    assert len(seen) > 1 and seen[-1] == 0  # progress came in steps, up to the whole page


@pytest.mark.parametrize(("mode", "samples"), [("Color", 3), ("Gray", 1)])
def test_padding_at_line_ends_is_dropped(device: Any, mode: str, samples: int) -> None:
    """With bytes wasted at the end of every line, python-sane 2.9 ignores the line length and
    returns a sheared picture with extra lines; our reader cuts every line at its length. Both
    got the same bytes from the backend: cut python-sane's at each line length, they match."""
    device.mode = mode
    device.test_picture = "Color pattern"
    device.ppl_loss = 5
    theirs, ours, _ = both_ways(device)
    assert ours is not None
    _, _, (width, lines), _, per_line = device.get_parameters()
    assert per_line > width * samples and ours.size == (width, lines)
    stream = np.frombuffer(theirs.tobytes(), dtype=np.uint8)
    whole = len(stream) // per_line  # python-sane drops the tail of the last line
    expected = stream[: whole * per_line].reshape(whole, per_line)[:, : width * samples]
    got = np.asarray(ours).reshape(lines, width * samples)[:whole]
    assert np.array_equal(got, expected)


def test_formats_it_does_not_read_are_left_to_snap(device: Any) -> None:
    device.mode = "Gray"
    device.depth = 16
    device.start()
    handle = native_handle(device)
    assert handle is not None
    assert read_with_handle(device, handle, lambda line, lines: None) is None
    assert device.snap().size[0] > 0  # nothing was read: python-sane still gets the page
    device.cancel()


def test_a_three_pass_scanner_still_scans_through_the_fallback() -> None:
    run = run_scan(
        ScanRequest(
            "test:0",
            ScanWish(Source.FLATBED, ColourMode.COLOUR, 75),
            ("three-pass=yes", "test-picture=Color pattern"),
        )
    )
    assert run.fault is None and len(run.pages) == 1
    image = run.pages[0].image
    assert image.mode == "RGB" and image.getcolors(1) is None  # not one flat colour


def test_pages_are_read_at_background_priority() -> None:
    """The whole run (and the backend's reader it starts) steps back; the caller does not."""
    seen: list[int] = []
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    run = run_scan(
        ScanRequest("test:0", ScanWish(Source.FLATBED, ColourMode.GREY, 75)),
        on_page=lambda page: seen.append(
            os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        ),
    )
    assert run.fault is None and seen and seen[0] >= BACKGROUND_NICENESS
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
