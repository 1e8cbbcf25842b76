"""A call over a 300 kbit/s link: ``sudo .venv/bin/python tests/bench/bench_video_thin_link.py``.

The office (backoffice + staff page in headless Chromium) runs on the host; the cabin (a
headless aiortc ``VideoCall``, ``tests.bench.thin_link_kiosk``) runs inside a network namespace
behind a veth pair, shaped with ``tc tbf`` (see ``tests.helpers.netns``). The same call runs
three ways: veth unshaped (the baseline), 300 kbit/s each way with our link tuning, and 300
kbit/s with aiortc's stock encoders. Every 5 s it samples both sides; at the end it prints one
line per run: did the call stay up, bitrate each way, received video (fps, size), audio gaps,
round-trip time. Needs root; tears everything down on exit, Ctrl-C included.
"""

from __future__ import annotations

import argparse
import json
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import psutil  # type: ignore[import-untyped]  # no stubs pinned; a bench script

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.thin_link_stats import STAFF_SAMPLE, RunFigures, print_samples, print_table
from tests.helpers.backoffice import running_backoffice
from tests.helpers.netns import (
    THIN_LINK,
    NetnsUnavailableError,
    ShapedLink,
    Shaping,
    check_available,
    network_namespace,
)
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import StaffPage, chromium

PASSWORD = "ein-langes-passwort"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    label: str
    shaping: Shaping | None
    tuned: bool


RUNS = [
    Run("veth unshaped, tuned", None, True),
    Run("300k, tuned", THIN_LINK, True),
    Run("300k, aiortc defaults", THIN_LINK, False),
]


@dataclass
class KioskProcess:
    """The cabin's runner inside the namespace; its JSON lines arrive on :attr:`events`."""

    process: subprocess.Popen[str]
    events: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)

    @classmethod
    def start(cls, link: ShapedLink, office_url: str, token: str, seconds: float,
              tuned: bool, size: tuple[int, int]) -> KioskProcess:  # fmt: skip
        command = [*link.exec_prefix(), sys.executable, "-m", "tests.bench.thin_link_kiosk",
                   "--office", office_url, "--token", token, "--seconds", str(seconds),
                   "--width", str(size[0]), "--height", str(size[1])]  # fmt: skip
        if not tuned:
            command.append("--untuned")
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
        kiosk = cls(process)
        threading.Thread(target=kiosk._read, name="kiosk-lines", daemon=True).start()
        return kiosk

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))
        self.events.put({"event": "exited"})

    def wait_event(self, *wanted: str, timeout: float) -> dict[str, Any]:
        """The next event that is one of ``wanted`` (a ``state`` counts by its state)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if event["event"] in wanted or event.get("state") in wanted:
                return event
        raise TimeoutError(f"kiosk never reported {wanted}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def measure(run: Run, link: ShapedLink, office_url: str, token: str, staff: StaffPage,
            seconds: float, every: float, size: tuple[int, int]) -> RunFigures:  # fmt: skip
    """One call: the kiosk rings, staff accept, both sides are sampled until it ends."""
    link.shape(run.shaping)
    figures = RunFigures(run.label)
    kiosk = KioskProcess.start(link, office_url, token, seconds, run.tuned, size)
    try:
        if kiosk.wait_event("ringing", "failed", timeout=90).get("state") != "ringing":
            figures.kiosk_end_state = "failed before ringing"
            figures.kiosk_summary = {"stayed_up": False, "in_call_seconds": 0.0}
            return figures
        staff.wait_ringing(timeout=30)
        staff.accept()
        if kiosk.wait_event("in_call", "failed", "ended", timeout=60).get("state") != "in_call":
            figures.kiosk_end_state = "never connected"
            figures.kiosk_summary = {"stayed_up": False, "in_call_seconds": 0.0}
            return figures
        figures.begin(link.counters(), link.drops())
        ended = False
        while not ended:
            time.sleep(every / 5)
            ended = _drain(kiosk, figures)
            if figures.due(every) or ended:
                figures.add_staff(staff.page.evaluate(STAFF_SAMPLE), link.counters())
            if figures.elapsed > seconds + 30:
                break  # the kiosk hangs up after ``seconds``; this is only a safety net
        figures.finish(link.counters(), link.drops(), psutil.getloadavg()[0])
    finally:
        kiosk.stop()
    staff.page.wait_for_timeout(1000)  # the hub frees staff for the next ring
    return figures


def _drain(kiosk: KioskProcess, figures: RunFigures) -> bool:
    """Files the kiosk's events; ``True`` once it has summed up or exited."""
    while True:
        try:
            event = kiosk.events.get_nowait()
        except queue.Empty:
            return False
        kind = event["event"]
        if kind == "sample":
            figures.kiosk_samples.append(event)
        elif kind == "consent_expired":
            figures.consent_expired_at = event["t"]
        elif kind == "state" and event["state"] in ("failed", "ended"):
            figures.kiosk_end_state = figures.kiosk_end_state or event["state"]
        elif kind == "summary":
            figures.kiosk_summary = event
            return True
        elif kind == "exited":
            return True


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # so every ``finally`` runs and the namespace is torn down


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=45.0, help="length of each call")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--size", default="640x480", help="cabin camera size (WxH)")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    try:
        check_available()
    except NetnsUnavailableError as error:
        print(f"cannot shape a link here: {error}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    # Ctrl-C must reach the ``finally`` blocks even when started from a shell that ignores it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    results: list[RunFigures] = []
    with (
        network_namespace(None) as link,
        tempfile.TemporaryDirectory() as folder,
        running_backoffice(Path(folder) / "o", host=link.host_address) as office,
    ):
        office.add_staff("anna", PASSWORD)
        token = enrolled_device(office)
        # A page on a plain-HTTP, non-loopback origin gets no camera unless told it is secure.
        secure = f"--unsafely-treat-insecure-origin-as-secure={office.url}"
        with chromium([secure]) as browser:
            staff = StaffPage(browser, office.url, bypass_csp=True).log_in("anna", PASSWORD)
            staff.set_available(True)
            for run in RUNS:
                figures = measure(
                    run,
                    link,
                    office.url,
                    token,
                    staff,
                    args.seconds,
                    args.every,
                    (size[0], size[1]),
                )
                print_samples(figures)
                results.append(figures)
    print_table(results)
    listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    left = "yes, " + link.name if link.name in listed else "none"
    print(
        f"(machine: {psutil.cpu_count()} cores, 1-min load after each run: "
        + ", ".join(f"{r.load:.1f}" for r in results)
        + f"; namespace left behind: {left})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
