"""The scanner layer against real SANE backends: ``pnm`` delivers our test pages as scans,
``test`` simulates a feeder with 10 sheets and injects faults (sane-test(5), sane-pnm(5))."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scanner.faults import ScanFault
from scanner.options import ColourMode, ScanWish, Source
from scanner.page_checks import Edge, PageEncoding
from scanner.pdfa import describe_pdfa
from scanner.pipeline import build_document, process_page
from scanner.sane_device import (
    ScannedPage,
    ScanRequest,
    ScanRun,
    open_scanner,
    run_scan,
    sane_session,
)
from scanner.scan_worker import ScanWorker
from scanner.simulated import SANE_CONFIG_DIR
from tests.helpers import pages

SANE_DIR = SANE_CONFIG_DIR
REPO = Path(__file__).resolve().parents[2]
GRID = "test-picture=Grid"


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


@pytest.fixture(scope="module")
def page_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    return {
        name: pages.write_pnm(build(), folder / f"{name}.pnm")
        for name, build in pages.PAGES.items()
    }


def scan_file(path: Path) -> ScanRun:
    return run_scan(ScanRequest("pnm:0", ScanWish(), (f"filename={path}",)))


# name → (blank, cut off edges, skew within ±0.5° of, encoding)
EXPECTED = {
    "letter": (False, (), 0.0, PageEncoding.BILEVEL),
    "bank_statement": (False, (), 0.0, PageEncoding.BILEVEL),
    "colour_form": (False, (), 0.0, PageEncoding.COLOR),
    "payslip_grey": (False, (), 0.0, PageEncoding.GRAY),
    "off_white_letter": (False, (), 0.0, PageEncoding.BILEVEL),
    "skewed_letter": (False, (), 3.0, PageEncoding.BILEVEL),
    "missing_bottom": (False, (Edge.BOTTOM,), 0.0, PageEncoding.BILEVEL),
    "blank_white": (True, (), 0.0, PageEncoding.BILEVEL),
    "blank_recycled": (True, (), 0.0, PageEncoding.BILEVEL),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_pages_through_pnm_backend_get_the_right_findings(
    name: str, page_files: dict[str, Path]
) -> None:
    run = scan_file(page_files[name])
    assert run.fault is None and len(run.pages) == 1
    scanned = run.pages[0].image
    original = pages.PAGES[name]()
    assert scanned.size == original.size  # the real file came through SANE, not a stand-in
    check = process_page(scanned, 300).check
    blank, cut_off, skew, encoding = EXPECTED[name]
    assert check.blank is blank
    assert check.cut_off == cut_off
    assert abs(check.skew_degrees - skew) <= 0.5
    assert check.encoding is encoding
    assert not check.too_dark and not check.too_light


def test_feeder_run_delivers_ten_pages_and_ends_normally() -> None:
    seen: list[int] = []
    progress: list[tuple[int, float]] = []
    run = run_scan(
        ScanRequest("test:0", ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,)),
        on_page=lambda page: seen.append(page.number),
        on_progress=lambda number, share: progress.append((number, share)),
    )
    assert run.fault is None  # an empty feeder after the last sheet is not a fault
    assert seen == list(range(1, 11))
    assert run.settings["source"] == "Automatic Document Feeder"
    assert run.settings["resolution"] == "75"
    assert progress[-1] == (10, 1.0)


def test_jam_in_the_middle_keeps_earlier_pages_and_a_rescan_continues() -> None:
    with sane_session():
        scanner = open_scanner("test:0")
        try:
            scanner.configure(ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,))

            def jam_after_fourth(page: ScannedPage) -> None:
                if page.number == 4:
                    scanner.set_option("read-return-value=SANE_STATUS_JAMMED")

            first = scanner.scan(Source.FEEDER, threading.Event(), on_page=jam_after_fourth)
            assert first.fault is ScanFault.PAPER_JAM
            assert first.fault.message_key == "scan.fault.paper_jam"
            assert [page.number for page in first.pages] == [1, 2, 3, 4]
            scanner.set_option("read-return-value=Default")
            rescan = scanner.scan(Source.FEEDER, threading.Event())
        finally:
            scanner.close()
    assert rescan.fault is None
    # The test backend counts the jammed sheet as fed: 4 + 1 jammed + 5 = its 10 sheets.
    assert len(rescan.pages) == 5


@pytest.mark.parametrize(
    ("status", "fault"),
    [
        ("SANE_STATUS_COVER_OPEN", ScanFault.COVER_OPEN),
        ("SANE_STATUS_IO_ERROR", ScanFault.IO_ERROR),
        ("SANE_STATUS_NO_DOCS", ScanFault.FEEDER_EMPTY),
        ("SANE_STATUS_DEVICE_BUSY", ScanFault.DEVICE_BUSY),
    ],
)
def test_faults_become_a_fault_value_never_an_exception(status: str, fault: ScanFault) -> None:
    run = run_scan(ScanRequest("test:0", ScanWish(), (f"read-return-value={status}",)))
    assert run.fault is fault
    assert run.pages == ()


def test_a_scanner_that_stops_answering_is_given_up_and_does_not_block_the_next_run() -> None:
    """A backend call that never returns (seen for real: ``sane_cancel`` waiting forever on a
    reader thread that SANE killed inside ``malloc``) must end as a fault, not hang the kiosk.
    Here the SANE thread gets stuck inside ``snap()`` in our progress listener."""
    release = threading.Event()
    safety = threading.Timer(60, release.set)  # even a broken watchdog must not hang the suite
    safety.start()

    def stuck_in_the_first_line(number: int, share: float) -> None:
        release.wait()

    try:
        hung = run_scan(
            ScanRequest("test:0", ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,)),
            on_progress=stuck_in_the_first_line,
            stall_timeout=1.0,
        )
        assert hung.fault is ScanFault.NOT_RESPONDING
        assert hung.fault.message_key == "scan.fault.io_error"
        assert hung.pages == ()
        # The hung run still holds SANE: the next run says so at once instead of queueing.
        assert run_scan(ScanRequest("test:0", ScanWish())).fault is ScanFault.NOT_RESPONDING
    finally:
        release.set()
        safety.cancel()
    for thread in threading.enumerate():
        if thread.name == "sane-run":
            thread.join(60)  # the backend answers again: its run stops (cancelled) and lets go
    again = run_scan(ScanRequest("test:0", ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,)))
    assert again.fault is None and len(again.pages) == 10


def test_a_scanner_that_is_not_there_is_reported() -> None:
    run = run_scan(ScanRequest("fujitsu:fi-7160:unplugged"))
    assert run.fault is ScanFault.NOT_FOUND
    assert run.pages == ()


def test_worker_scans_in_background_and_cancel_stops_it() -> None:
    finished = threading.Event()
    worker: ScanWorker

    def cancel_after_second(page: ScannedPage) -> None:
        if page.number == 2:
            worker.cancel()

    worker = ScanWorker(
        ScanRequest("test:0", ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,)),
        on_page=cancel_after_second,
        on_finished=lambda run: finished.set(),
    ).start()
    assert finished.wait(30)
    run = worker.wait(5)
    assert run is not None and run.fault is ScanFault.CANCELLED
    assert len(run.pages) == 2
    assert not worker.running


def run_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANE_CONFIG_DIR": str(SANE_DIR)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def test_check_page_json_as_a_real_process(page_files: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    result = run_kiosk(
        "check-page", "--json", str(page_files["missing_bottom"]), str(broken),
        str(page_files["blank_recycled"]),
    )  # fmt: skip
    assert result.returncode == 1
    assert f"{broken}: not an image" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # Every file of the batch is reported, the unreadable one with its error, in order.
    assert [Path(line["file"]).stem for line in lines] == [
        "missing_bottom",
        "broken",
        "blank_recycled",
    ]
    assert lines[0]["cut_off"] == ["bottom"] and lines[0]["blank"] is False
    assert lines[1]["error"].startswith("not an image") and "blank" not in lines[1]
    assert lines[2]["blank"] is True
    assert set(lines[0]) >= {"skew_degrees", "too_dark", "too_light", "encoding"}


def test_kiosk_scan_writes_a_pdfa_and_rejects_unknown_values(
    page_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "scan.pdf"
    good = run_kiosk(
        "scan", "--device", "pnm:0", "--option", f"filename={page_files['colour_form']}",
        "--out", str(out), "--json", "--terminal-id", "T-TEST-1",
    )  # fmt: skip
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout.splitlines()[0])["encoding"] == "color"
    facts = describe_pdfa(out.read_bytes())
    assert facts["pdfa_part"] == "2" and facts["terminal_id"] == "T-TEST-1"
    bad = run_kiosk(
        "scan", "--device", "test:0", "--option", "test-picture=Plaid", "--out", str(out)
    )
    assert bad.returncode == 2
    assert "Solid white" in bad.stderr and "Grid" in bad.stderr


def test_pages_scanned_before_a_fault_still_make_a_document(tmp_path: Path) -> None:
    kept: list[ScannedPage] = []
    with sane_session():
        scanner = open_scanner("test:0")
        try:
            scanner.configure(ScanWish(Source.FEEDER, ColourMode.GREY, 75), (GRID,))

            def cover_opens(page: ScannedPage) -> None:
                kept.append(page)
                if page.number == 2:
                    scanner.set_option("read-return-value=SANE_STATUS_COVER_OPEN")

            run = scanner.scan(Source.FEEDER, threading.Event(), on_page=cover_opens)
        finally:
            scanner.close()
    assert run.fault is ScanFault.COVER_OPEN
    processed = [process_page(page.image, page.dpi) for page in run.pages]
    from datetime import UTC, datetime

    document = build_document(processed, "T-1", "test", run.settings, datetime.now(UTC))
    assert document.page_count == 2 == len(kept)
