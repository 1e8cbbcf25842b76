"""Video call figures through the real backoffice: `.venv/bin/python tests/bench/bench_video.py`.

Prints: accept → first remote frame on each side (median of N calls); staff browser killed
mid-call → kiosk notices; kiosk CPU against Chromium's for the same call; bitrate each way with
and without the thin-link tuning. Loopback only (no ``tc`` shaping here).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs pinned; a bench script

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from config.schema import VideoSettings
from tests.helpers.backoffice import running_backoffice
from tests.helpers.camera_like import camera_like_media
from tests.helpers.video_kiosk import enrolled_device, kiosk_call
from tests.helpers.video_staff import StaffPage, chromium
from video import tuning
from video.state import CallState

PASSWORD = "ein-langes-passwort"
SMALL = VideoSettings(width=320, height=240, fps=15, ring_timeout_seconds=20)
VGA = VideoSettings(width=640, height=480, fps=15, ring_timeout_seconds=20)


def browser_processes() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True) if "chrom" in p.name().lower()]


def cpu_seconds(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            times = process.cpu_times()
            total += times.user + times.system
    return total


def connect_call(staff: StaffPage, call_start: object, recorder: object) -> None:
    from tests.helpers.video_kiosk import RecordingListener

    assert isinstance(recorder, RecordingListener) and callable(call_start)
    call_start()
    recorder.wait_for(CallState.RINGING)
    staff.wait_ringing()
    staff.accept()
    recorder.wait_for(CallState.IN_CALL)


def bench_first_frame(url: str, token: str, staff: StaffPage, calls: int) -> None:
    kiosk_ms: list[float] = []
    browser_ms: list[float] = []
    for _ in range(calls):
        with kiosk_call(url, token, SMALL) as (call, recorder):
            connect_call(staff, call.start_call, recorder)
            recorder.wait_frames(video=1, audio=1)
            metrics = staff.metrics()
            deadline = time.monotonic() + 5
            while metrics["firstFrameAt"] is None and time.monotonic() < deadline:
                time.sleep(0.05)
                metrics = staff.metrics()
            m = call.metrics
            assert m.accepted_at is not None and m.first_remote_video_at is not None
            kiosk_ms.append((m.first_remote_video_at - m.accepted_at) * 1000)
            browser_ms.append(metrics["firstFrameAt"] - metrics["acceptedAt"])
            call.hang_up()
            recorder.wait_for(CallState.ENDED)
        staff.page.wait_for_timeout(300)
    print(f"accept → first remote frame, {calls} calls (median / min / max, ms):")
    print(f"  kiosk (aiortc)   {_spread(kiosk_ms)}")
    print(f"  staff (Chromium) {_spread(browser_ms)}")


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.0f} / {min(values):6.0f} / {max(values):6.0f}"


def bench_kill(url: str, token: str, rounds: int) -> None:
    noticed: list[float] = []
    for _ in range(rounds):
        with chromium() as browser:
            staff = StaffPage(browser, url).log_in("ben", PASSWORD)
            staff.set_available(True)
            with kiosk_call(url, token, SMALL) as (call, recorder):
                connect_call(staff, call.start_call, recorder)
                recorder.wait_frames(video=5, audio=10)
                main = [p for p in browser_processes() if "--type=" not in " ".join(p.cmdline())]
                killed_at = time.monotonic()
                for process in main:
                    process.send_signal(signal.SIGKILL)
                final = recorder.wait_for(CallState.ENDED, CallState.FAILED, timeout=40)
                noticed.append(recorder.state_times[final] - killed_at)
            with contextlib.suppress(Exception):
                browser.close()
    print(f"staff browser killed → kiosk notices, {rounds} rounds (s): "
          + ", ".join(f"{s:.2f}" for s in noticed))  # fmt: skip


def bench_cpu_and_bitrate(url: str, token: str, staff: StaffPage, seconds: float) -> None:
    print(f"one call at 640x480@15 fps, {seconds:.0f} s measured after 3 s warm-up:")
    for label, tuned in [("tuned", True), ("aiortc defaults", False)]:
        tuning.install(tuning.LinkTuning()) if tuned else tuning.uninstall()
        with kiosk_call(url, token, VGA) as (call, recorder):
            if not tuned:
                call.link_tuning = None
                tuning.uninstall()
            call.media_factory = camera_like_media
            connect_call(staff, call.start_call, recorder)
            time.sleep(3)
            kiosk = psutil.Process()
            browsers = browser_processes()
            before = (cpu_seconds([kiosk]), cpu_seconds(browsers), staff.stats(), time.monotonic())
            time.sleep(seconds)
            after = (cpu_seconds([kiosk]), cpu_seconds(browsers), staff.stats(), time.monotonic())
            wall = after[3] - before[3]
            up = (after[2]["bytesReceived"] - before[2]["bytesReceived"]) * 8 / wall / 1000
            down = (after[2]["bytesSent"] - before[2]["bytesSent"]) * 8 / wall / 1000
            print(f"  {label:16} kiosk CPU {(after[0] - before[0]) / wall:.2f} core, "
                  f"Chromium CPU {(after[1] - before[1]) / wall:.2f} core; "
                  f"kiosk→staff {up:5.0f} kbit/s, staff→kiosk {down:5.0f} kbit/s")  # fmt: skip
            call.hang_up()
            recorder.wait_for(CallState.ENDED)
        staff.page.wait_for_timeout(300)
    tuning.install(tuning.LinkTuning())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, running_backoffice(Path(folder) / "o") as office:
        office.add_staff("anna", PASSWORD)
        office.add_staff("ben", PASSWORD)
        token = enrolled_device(office)
        with chromium() as browser:
            staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
            staff.set_available(True)
            if args.calls:
                bench_first_frame(office.url, token, staff, args.calls)
            bench_cpu_and_bitrate(office.url, token, staff, args.seconds)
            staff.set_available(False)
        if args.kills:
            bench_kill(office.url, token, args.kills)
    print(f"(machine: {psutil.cpu_count()} cores, load {psutil.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
