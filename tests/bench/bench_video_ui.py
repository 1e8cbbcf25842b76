"""Video figures with the real kiosk UI: `.venv/bin/python tests/bench/bench_video_ui.py`.

Prints: accept → first remote frame *painted in QML* on the kiosk (median of N calls through
the real backoffice); kiosk CPU per second of call at 640x480, 15 fps, QML rendering included,
against the Chromium side's CPU in the same call. Loopback, offscreen (software scene graph).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs pinned; a bench script

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from config.schema import TerminalSettings, VideoSettings
from demo import uidriver
from kiosk.app import KioskApp, build_application
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.bench.bench_video import browser_processes, cpu_seconds
from tests.helpers.backoffice import running_backoffice
from tests.helpers.qt_fakes import FixedClock, RecordingSubmitter
from tests.helpers.qt_kiosk import CALM
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import StaffPage, chromium
from tests.helpers.video_ui import cabin_devices, surface
from video.signaling_client import SignalingEndpoint

PASSWORD = "ein-langes-passwort"
VGA = VideoSettings(width=640, height=480, fps=15, ring_timeout_seconds=20)


def spin_until(app: QGuiApplication, ready: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk never got there")
        app.processEvents()
        time.sleep(0.005)


def one_call(app: QGuiApplication, kiosk: KioskApp, staff: StaffPage) -> None:
    video = kiosk.video
    assert video is not None
    uidriver.tap(kiosk.window, "startVideo")
    spin_until(app, lambda: bool(video.property("devicesReady")))
    uidriver.tap(kiosk.window, "startCallButton")
    spin_until(app, lambda: bool(video.property("ringing")))
    staff.wait_ringing()
    staff.accept()
    spin_until(app, lambda: video.property("stage") == "in_call")


def first_frame_ms(app: QGuiApplication, kiosk: KioskApp, wiring: VideoWiring) -> float:
    """Accept (on the call thread) → the first remote picture painted by the scene graph."""
    remote = surface(kiosk, "remoteVideo")
    spin_until(app, lambda: remote.first_painted_at is not None)
    accepted = wiring.calls[-1].metrics.accepted_at
    assert accepted is not None and remote.first_painted_at is not None
    return (remote.first_painted_at - accepted) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder, running_backoffice(Path(folder) / "o") as office:
        office.add_staff("anna", PASSWORD)
        endpoint = SignalingEndpoint(office.url, enrolled_device(office))
        wiring = VideoWiring(lambda: endpoint, cabin_devices, 500, speaker_probe=lambda: True)
        kiosk = build_application(
            TerminalSettings(video=VGA),
            Path(folder) / "kiosk",
            RecordingSubmitter(),
            timing=CALM,
            clock=FixedClock(),
            video=wiring,
        )
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        try:
            # The staff side at the same 15 fps: Chromium's fake camera sends 20 by default,
            # which made the kiosk decode a third more frames than the goal's call.
            with chromium([f"--use-fake-device-for-media-stream=fps={VGA.fps}"]) as browser:
                staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
                staff.set_available(True)
                shown_ms: list[float] = []
                for _ in range(args.calls):
                    one_call(app, kiosk, staff)
                    shown_ms.append(first_frame_ms(app, kiosk, wiring))
                    uidriver.tap(kiosk.window, "hangUpButton")
                    spin_until(app, lambda: kiosk.shell.property("screen") == "home")
                    staff.page.wait_for_timeout(300)
                print(f"accept → first remote frame painted in QML, {args.calls} calls (ms): "
                      f"median {statistics.median(shown_ms):.0f}, min {min(shown_ms):.0f}, "
                      f"max {max(shown_ms):.0f}")  # fmt: skip

                one_call(app, kiosk, staff)
                remote = surface(kiosk, "remoteVideo")
                end = time.monotonic() + 3
                spin_until(app, lambda: time.monotonic() > end)
                kiosk_process, browsers = psutil.Process(), browser_processes()
                painted0 = remote.frames_painted
                before = (cpu_seconds([kiosk_process]), cpu_seconds(browsers), time.monotonic())
                end = time.monotonic() + args.seconds
                spin_until(app, lambda: time.monotonic() > end, args.seconds + 5)
                after = (cpu_seconds([kiosk_process]), cpu_seconds(browsers), time.monotonic())
                wall = after[2] - before[2]
                painted = (remote.frames_painted - painted0) / wall
                print(f"640x480@15 call, {wall:.0f} s: kiosk (aiortc + QML) "
                      f"{(after[0] - before[0]) / wall:.2f} core, Chromium "
                      f"{(after[1] - before[1]) / wall:.2f} core; remote frames painted "
                      f"{painted:.1f}/s, dropped before the GUI took them: "
                      f"{kiosk.video.bridge.frames_dropped if kiosk.video else 0}")  # fmt: skip
                uidriver.tap(kiosk.window, "hangUpButton")
                spin_until(app, lambda: kiosk.shell.property("screen") == "home")
        finally:
            kiosk.close()
    print(f"(machine: {psutil.cpu_count()} cores, load {psutil.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
