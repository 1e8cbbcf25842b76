"""Calls across NATs, as root: ``sudo .venv/bin/python tests/bench/bench_calls_nat.py``.

The cabin (a headless terminal, ``tests.helpers.netns_kiosk``) and the staff member (Debian's
Chromium) each behind their own NAT, coturn between them, direct UDP blocked
(``tests.helpers.nat_rig``). Prints:

* accept → first remote frame through the relay, at the terminal and at the staff page
  (median / min / max of ``--calls`` calls; goal: median ≤ 1 s);
* recovery after the cabin's line is cut for 10 s: seconds from the line's return until media
  flows again at the terminal and at the staff page (goal ≤ 3 s), ``--cuts`` rounds;
* a three-party call (an external interpreter in a second Chromium context) with the cabin's
  uplink at ``--uplink-kbit`` (``tc tbf``), ``--seconds`` long, against the same call with two
  parties on the same link: the cabin's uplink (bytes its router sent), the terminal's CPU,
  video frame rate and the longest audio gap at each other party (goals: uplink ≤ 900 kbit/s,
  no gap > 100 ms, ≥ 10 fps).
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]  # no stubs pinned; a bench script

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from config.schema import VideoSettings
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.coturn import running_coturn
from tests.helpers.nat_rig import NatRig, nat_rig
from tests.helpers.netns import NetnsUnavailableError, Shaping, check_available
from tests.helpers.netns_kiosk import NamespacedKiosk
from tests.helpers.test_ca import issue_server_certificate
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import GuestPage, StaffPage, chromium

PASSWORD = "ein-langes-passwort"
CABIN_VIDEO = VideoSettings(width=640, height=480, fps=15)

# Runs in a page: every 50 ms, how much of the audio from ``party`` the page had to conceal
# (NetEq fills what did not arrive); the longest run of mostly concealed audio is a gap.
AUDIO_GAPS = """([page, party]) => {
  const state = {longest: 0, run: 0, last: null, frames: 0, since: performance.now()};
  window.benchGaps = window.benchGaps || {};
  window.benchGaps[party] = state;
  setInterval(async () => {
    const pc = window[page].peers.get(party);
    if (!pc) return;
    let audio = null, video = null;
    (await pc.getStats()).forEach((r) => {
      if (r.type === "inbound-rtp" && r.kind === "audio") audio = r;
      if (r.type === "inbound-rtp" && r.kind === "video") video = r;
    });
    if (video) state.frames = video.framesDecoded || 0;
    if (!audio) return;
    const now = {t: performance.now(), total: audio.totalSamplesReceived || 0,
                 concealed: audio.concealedSamples || 0};
    if (state.last) {
      const total = now.total - state.last.total, concealed = now.concealed - state.last.concealed;
      if (total > 0 && concealed >= 0.8 * total) state.run += now.t - state.last.t;
      else state.run = 0;
      state.longest = Math.max(state.longest, state.run);
    }
    state.last = now;
  }, 50);
}"""


@dataclass
class World:
    rig: NatRig
    office: BackofficeProcess
    token: str
    browser: Any
    staff: StaffPage
    env: dict[str, str]
    folder: Path

    video: VideoSettings = CABIN_VIDEO

    def kiosk(self, name: str) -> NamespacedKiosk:
        return NamespacedKiosk.start(self.rig.sites["kiosk"].exec_prefix(), self.office.url,
                                     self.token, self.folder / f"{name}.log", self.env,
                                     self.video, camera_like=True)  # fmt: skip


@contextmanager
def world(folder: Path) -> Iterator[World]:
    with ExitStack() as stack:
        rig = stack.enter_context(nat_rig(("kiosk", "staff")))
        rig.block_direct_udp()
        cert = issue_server_certificate(folder / "tls", rig.turn_address)
        secret = secrets.token_hex(24)
        (folder / "secret").write_text(secret)
        (folder / "secret").chmod(0o600)
        relay = running_coturn(
            folder / "coturn", rig.turn_address, secret, cert, prefix=rig.internet_prefix()
        )
        coturn = stack.enter_context(relay)
        config = folder / "office.toml"
        config.write_text(f'[turn]\nurls = ["{coturn.url("udp")}", "{coturn.url("tls")}"]\n'
                          f'shared_secret_file = "{folder / "secret"}"\n')  # fmt: skip
        office = stack.enter_context(running_backoffice(folder / "office", config=config,
                                                        host=rig.office_address))  # fmt: skip
        office.add_staff("anna", PASSWORD, display_name="Anna Schmidt")
        token = enrolled_device(office, location="Kabine Wiesenburg")
        wrapper = rig.chromium_wrapper(rig.sites["staff"], folder)
        secure = f"--unsafely-treat-insecure-origin-as-secure={office.url}"
        browser = stack.enter_context(chromium([secure], executable=str(wrapper)))
        staff = StaffPage(browser, office.url, bypass_csp=True).log_in("anna", PASSWORD)
        staff.set_available(True)
        env = {**os.environ, "SSL_CERT_FILE": str(cert.ca_file)}
        yield World(rig, office, token, browser, staff, env, folder)


def _connect(w: World, kiosk: NamespacedKiosk) -> None:
    kiosk.call()
    kiosk.wait_state("ringing", timeout=60)
    w.staff.wait_ringing(timeout=30)
    w.staff.accept()
    kiosk.wait_state("in_call", timeout=60)


def _end(w: World, kiosk: NamespacedKiosk) -> None:
    kiosk.hang_up()
    kiosk.wait_state("ended", "failed", timeout=20)
    w.staff.page.locator("#call").wait_for(state="hidden", timeout=20_000)
    kiosk.stop()


def bench_first_frame(w: World, calls: int) -> None:
    kiosk_ms, staff_ms = [], []
    for n in range(calls):
        kiosk = w.kiosk(f"first-frame-{n}")
        _connect(w, kiosk)
        report = kiosk.wait_report(lambda r: r["first_remote_video_at"] is not None, 30)
        kiosk_ms.append((report["first_remote_video_at"] - report["accepted_at"]) * 1000)
        w.staff.page.wait_for_function("() => window.staffCall.metrics.firstFrameAt !== null",
                                       timeout=30_000)  # fmt: skip
        metrics = w.staff.metrics()
        staff_ms.append(metrics["firstFrameAt"] - metrics["acceptedAt"])
        _end(w, kiosk)
    print(f"accept → first remote frame through TURN, {calls} calls (median / min / max, ms):")
    print(f"  terminal (aiortc)  {_spread(kiosk_ms)}")
    print(f"  staff (Chromium)   {_spread(staff_ms)}")


def bench_recovery(w: World, cuts: int) -> None:
    kiosk_s, staff_s = [], []
    for n in range(cuts):
        kiosk = w.kiosk(f"cut-{n}")
        _connect(w, kiosk)
        kiosk.wait_link("staff", lambda link: link["video_frames"] > 30)
        cabin = w.rig.sites["kiosk"]
        cut_at = time.monotonic()
        cabin.cut()
        kiosk.wait_state("reconnecting", timeout=15)
        time.sleep(max(0.0, cut_at + 10 - time.monotonic()))
        before = w.staff.stats()["framesDecoded"]
        cabin.restore()
        restored = time.monotonic()
        report = kiosk.wait_report(lambda r: r["reconnects"] and r["reconnects"][-1][1], 30)
        kiosk_s.append(report["reconnects"][-1][1] - restored)

        # A new connection counts its frames from zero: media flows once it is connected.
        def flowing(stats: dict[str, Any], old: int = before) -> bool:
            return stats["connectionState"] == "connected" and stats["framesDecoded"] not in (
                0,
                old,
            )

        w.staff.wait_stats(flowing, timeout=30)
        staff_s.append(time.monotonic() - restored)
        _end(w, kiosk)
    print(f"10 s cut → media again after the line is back, {cuts} rounds (s): terminal "
          + ", ".join(f"{s:.2f}" for s in kiosk_s) + "; staff page (upper bound, polled) "
          + ", ".join(f"{s:.2f}" for s in staff_s))  # fmt: skip


def bench_thin_uplink(w: World, uplink_kbit: int, seconds: float) -> None:
    """Two and three parties on the thin uplink, after three parties on the unshaped line
    (the baseline: what the machine's own load does to the same figures)."""
    cabin = w.rig.sites["kiosk"]
    rows = []
    try:
        for shaped, parties in ((False, 3), (True, 2), (True, 3)):
            cabin.shape(Shaping(rate_kbit=uplink_kbit) if shaped else None)
            rows.append((shaped, parties, *_thin_call(w, parties, seconds)))
    finally:
        cabin.shape(None)
    print(f"cabin uplink {uplink_kbit} kbit/s (tc tbf) against the unshaped line, "
          f"{seconds:.0f} s per call:")  # fmt: skip
    for shaped, parties, uplink, cpu, fps, gaps, drops in rows:
        line = f"{uplink_kbit} kbit/s" if shaped else "unshaped"
        print(f"  {line:>13}, {parties} parties: cabin uplink {uplink:4.0f} kbit/s, terminal CPU "
              f"{cpu:.2f} core; at staff / interpreter: video "
              f"{'/'.join(f'{f:.1f}' for f in fps)} fps, longest audio gap "
              f"{'/'.join(f'{g:.0f}' for g in gaps)} ms; line dropped {drops} packets")  # fmt: skip


def _thin_call(
    w: World, parties: int, seconds: float
) -> tuple[float, float, list[float], list[float], int]:
    cabin = w.rig.sites["kiosk"]
    kiosk = w.kiosk(f"thin-{parties}-{time.monotonic():.0f}")
    _connect(w, kiosk)
    guest = None
    pages = [(w.staff, "staffCall", "kiosk")]
    if parties == 3:
        guest = GuestPage(w.browser, w.office.url, bypass_csp=True)
        guest.join(w.staff.create_guest_link(), "Dolmetschdienst", "uk")
        kiosk.wait_link("interpreter", lambda link: link["audio_frames"] > 50, 30)
        pages.append((guest, "guestCall", "kiosk"))
    time.sleep(8)  # bandwidth estimates settle
    for page, window, party in pages:
        page.page.evaluate(AUDIO_GAPS, [window, party])
    time.sleep(1)  # the samplers' first readings are the baseline
    pid = kiosk.process.pid
    frames = [p.page.evaluate("() => benchGaps.kiosk.frames") for p, _, _ in pages]
    drops = cabin.uplink_drops()
    start = (cabin.uplink_bytes(), _cpu(pid), time.monotonic())
    time.sleep(seconds)
    wall = time.monotonic() - start[2]
    uplink = (cabin.uplink_bytes() - start[0]) * 8 / wall / 1000
    cpu = (_cpu(pid) - start[1]) / wall
    per_page = [p.page.evaluate("() => benchGaps.kiosk") for p, _, _ in pages]
    fps = [(g["frames"] - f0) / wall for g, f0 in zip(per_page, frames, strict=True)]
    gaps = [g["longest"] for g in per_page]
    dropped = cabin.uplink_drops() - drops
    if guest is not None:
        guest.close()
    _end(w, kiosk)
    return uplink, cpu, fps, gaps, dropped


def _cpu(pid: int) -> float:
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.0f} / {min(values):6.0f} / {max(values):6.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--cuts", type=int, default=3)
    parser.add_argument("--uplink-kbit", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=["first-frame", "recovery", "thin"])
    parser.add_argument("--budget-kbit", type=int, default=CABIN_VIDEO.uplink_kbit,
                        help="the terminal's video.uplink_kbit")  # fmt: skip
    args = parser.parse_args()
    try:
        check_available()
    except NetnsUnavailableError as error:
        print(f"cannot build the networks here: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder, world(Path(folder)) as w:
        w.video = CABIN_VIDEO.model_copy(update={"uplink_kbit": args.budget_kbit})
        if args.only in (None, "first-frame"):
            bench_first_frame(w, args.calls)
        if args.only in (None, "recovery"):
            bench_recovery(w, args.cuts)
        if args.only in (None, "thin"):
            bench_thin_uplink(w, args.uplink_kbit, args.seconds)
    print(f"(machine: {psutil.cpu_count()} cores, 1-min load at the end "
          f"{psutil.getloadavg()[0]:.1f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
