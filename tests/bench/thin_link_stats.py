"""Figures of one thin-link call (``bench_video_thin_link.py``): collected, then printed.

Staff side: Chromium's ``getStats()`` (what it receives, what it sends, audio concealment,
round-trip time). Cabin side: the JSON samples of ``thin_link_kiosk``. Link: the host veth
end's byte counters and the tbf drop counters.
"""

from __future__ import annotations

import itertools
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from tests.helpers.netns import LinkCounters

STAFF_SAMPLE = """async () => {
  const pc = window.staffCall.pc;
  const out = {state: pc ? pc.connectionState : "closed", inVideo: null, inAudio: null,
               outVideo: null, rtt: null};
  if (!pc) return out;
  const reports = [...(await pc.getStats()).values()];
  const transport = reports.find((r) => r.type === "transport");
  for (const r of reports) {
    if (r.type === "inbound-rtp" && r.kind === "video") {
      out.inVideo = {w: r.frameWidth || 0, h: r.frameHeight || 0, fps: r.framesPerSecond || 0,
                     dropped: r.framesDropped || 0, freezes: r.freezeCount || 0};
    }
    if (r.type === "inbound-rtp" && r.kind === "audio") {
      out.inAudio = {concealed: r.concealedSamples || 0, total: r.totalSamplesReceived || 0,
                     events: r.concealmentEvents || 0};
    }
    if (r.type === "outbound-rtp" && r.kind === "video") {
      out.outVideo = {w: r.frameWidth || 0, h: r.frameHeight || 0, fps: r.framesPerSecond || 0,
                      limit: r.qualityLimitationReason || ""};
    }
    if (r.type === "candidate-pair" && transport && r.id === transport.selectedCandidatePairId) {
      out.rtt = r.currentRoundTripTime ?? null;
    }
  }
  return out;
}"""


@dataclass
class StaffSample:
    at: float  # seconds since the call was accepted
    up_kbps: float  # cabin → office on the veth, this window
    down_kbps: float
    stats: dict[str, Any]
    concealed_pct: float | None  # of the audio samples Chromium played, this window


@dataclass
class RunFigures:
    label: str
    staff_samples: list[StaffSample] = field(default_factory=list)
    kiosk_samples: list[dict[str, Any]] = field(default_factory=list)
    kiosk_summary: dict[str, Any] = field(default_factory=dict)
    kiosk_end_state: str | None = None
    consent_expired_at: float | None = None  # seconds since the runner started
    load: float = 0.0
    up_kbps: float = 0.0
    down_kbps: float = 0.0
    drops: tuple[int, int] = (0, 0)
    _began: float = 0.0
    _last_at: float = 0.0
    _last_counters: LinkCounters | None = None
    _first_counters: LinkCounters | None = None
    _first_drops: tuple[int, int] = (0, 0)
    _last_audio: dict[str, Any] | None = None

    def begin(self, counters: LinkCounters, drops: tuple[int, int]) -> None:
        self._began = self._last_at = time.monotonic()
        self._first_counters = self._last_counters = counters
        self._first_drops = drops

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._began

    def due(self, every: float) -> bool:
        return time.monotonic() - self._last_at >= every

    def add_staff(self, stats: dict[str, Any], counters: LinkCounters) -> None:
        now = time.monotonic()
        assert self._last_counters is not None
        up, down = _kbps(self._last_counters, counters, now - self._last_at)
        audio = stats.get("inAudio")
        self.staff_samples.append(
            StaffSample(round(now - self._began, 1), up, down, stats, self._concealed(audio))
        )
        self._last_at, self._last_counters = now, counters
        self._last_audio = audio or self._last_audio  # the call's totals outlive its end

    def _concealed(self, audio: dict[str, Any] | None) -> float | None:
        if audio is None:
            return None
        before = self._last_audio or {"concealed": 0, "total": 0}
        played = audio["total"] - before["total"]
        return 100 * (audio["concealed"] - before["concealed"]) / played if played > 0 else None

    def finish(self, counters: LinkCounters, drops: tuple[int, int], load: float) -> None:
        assert self._first_counters is not None
        self.up_kbps, self.down_kbps = _kbps(self._first_counters, counters, self.elapsed)
        self.drops = (drops[0] - self._first_drops[0], drops[1] - self._first_drops[1])
        self.load = load

    # ---- what the table shows -----------------------------------------------------------------

    def stayed_up(self) -> str:
        summary = self.kiosk_summary
        if summary.get("stayed_up"):
            return "yes"
        seconds = summary.get("in_call_seconds", self.elapsed)
        why = "ICE consent" if self.consent_expired_at is not None else ""
        state = self.kiosk_end_state or summary.get("final_state", "?")
        return f"no, {state} at {seconds:.0f}s {why}".rstrip()

    def concealed_total(self) -> str:
        last = self._last_audio
        if not last or not last["total"]:
            return "-"
        return f"{100 * last['concealed'] / last['total']:.1f}% ({last['events']} ev)"

    def round_trip(self) -> str:
        rtts = [s.stats["rtt"] * 1000 for s in self.staff_samples if s.stats.get("rtt")]
        return f"{statistics.median(rtts):.0f}/{max(rtts):.0f}" if rtts else "-"


def _kbps(before: LinkCounters, after: LinkCounters, seconds: float) -> tuple[float, float]:
    seconds = max(seconds, 1e-6)
    return (
        (after.from_namespace - before.from_namespace) * 8 / seconds / 1000,
        (after.to_namespace - before.to_namespace) * 8 / seconds / 1000,
    )


def _size(w: int, h: int) -> str:
    return f"{w}x{h}" if w else "-"


def print_samples(run: RunFigures) -> None:
    """Every 5 s of one call: link bitrate, video each way, audio each way, RTT."""
    print(f"\n{run.label}: every sample window (kbit/s on the veth; video received as "
          "size@fps; audio: cabin gaps/lost ms, staff concealed %)")  # fmt: skip
    print("    t   up  down | staff recv      drop | staff sends          | cabin recv"
          "      | cabin audio  cpu/wait | staff audio |  rtt")  # fmt: skip
    for staff, kiosk in itertools.zip_longest(run.staff_samples, run.kiosk_samples):
        print("  " + _staff_cells(staff) + " | " + _kiosk_cells(kiosk) + " | "
              + _staff_tail(staff))  # fmt: skip


def _staff_cells(sample: StaffSample | None) -> str:
    if sample is None:
        return " " * 69
    into, out = sample.stats.get("inVideo") or {}, sample.stats.get("outVideo") or {}
    received = f"{_size(into.get('w', 0), into.get('h', 0))}@{into.get('fps', 0):<4.0f}"
    sent = (
        f"{_size(out.get('w', 0), out.get('h', 0))}@{out.get('fps', 0):.0f} {out.get('limit', '')}"
    )
    return (f"{sample.at:5.0f} {sample.up_kbps:4.0f} {sample.down_kbps:5.0f} | {received:15}"
            f" {into.get('dropped', 0):4} | {sent:20}")  # fmt: skip


def _kiosk_cells(sample: dict[str, Any] | None) -> str:
    if sample is None:
        return " " * 15 + " | " + " " * 21
    size = sample.get("video_size") or (0, 0)
    video = f"{_size(*size)}@{sample['video_fps']:.0f}"
    audio = f"{sample['audio_gaps']:3}/{sample['audio_lost_ms']:5}ms"
    return f"{video:15} | {audio} {sample['cpu_cores']:4.2f}/{sample['cpu_wait']:4.2f}"


def _staff_tail(sample: StaffSample | None) -> str:
    if sample is None:
        return ""
    concealed = "-" if sample.concealed_pct is None else f"{sample.concealed_pct:5.1f}%"
    rtt = sample.stats.get("rtt")
    return f"{concealed:>11} | {rtt * 1000:4.0f}" if rtt else f"{concealed:>11} |    -"


def print_table(runs: list[RunFigures]) -> None:
    """One line per run; the first run (unshaped) is the baseline."""
    print("\nthin link, one call per run (first run = baseline, same execution):")
    print(f"  {'run':22} {'stayed up':28} {'up':>5} {'down':>5}  {'staff recv video':22}"
          f" {'cabin recv video':24} {'cabin audio gaps':17} {'staff concealed':16}"
          f" {'rtt ms':9} {'tbf drops':10} {'cabin cpu':9}")  # fmt: skip
    print(f"  {'':22} {'':28} {'kbit/s':>12}  {'median fps, sizes':22} {'median fps, sizes':24}"
          f" {'n/lost (arrival n)':17} {'% (events)':16} {'med/max':9} {'down/up':10}"
          f" {'used/wait':9}")  # fmt: skip
    for run in runs:
        print(f"  {run.label:22} {run.stayed_up():28} {run.up_kbps:5.0f} {run.down_kbps:5.0f}"
              f"  {_staff_video(run):22} {_kiosk_video(run):24} {_kiosk_audio(run):17}"
              f" {run.concealed_total():16} {run.round_trip():9}"
              f" {f'{run.drops[0]}/{run.drops[1]}':10} {_kiosk_cpu(run)}")  # fmt: skip


def _staff_video(run: RunFigures) -> str:
    inbound = [s.stats["inVideo"] for s in run.staff_samples if s.stats.get("inVideo")]
    if not inbound:
        return "-"
    fps = statistics.median(v["fps"] for v in inbound)
    widths = sorted({v["w"] for v in inbound if v["w"]})
    return f"{fps:4.1f}, w {widths[0]}..{widths[-1]}" if widths else f"{fps:4.1f}"


def _kiosk_video(run: RunFigures) -> str:
    if not run.kiosk_samples:
        return "-"
    fps = statistics.median(s["video_fps"] for s in run.kiosk_samples)
    sizes = sorted(run.kiosk_summary.get("video_sizes") or [])
    return f"{fps:4.1f}, {_size(*sizes[0])}..{_size(*sizes[-1])}" if sizes else f"{fps:4.1f}"


def _kiosk_cpu(run: RunFigures) -> str:
    if not run.kiosk_samples:
        return "-"
    used = statistics.median(s["cpu_cores"] for s in run.kiosk_samples)
    waited = statistics.median(s["cpu_wait"] for s in run.kiosk_samples)
    return f"{used:.2f}/{waited:.2f}"


def _kiosk_audio(run: RunFigures) -> str:
    pts = run.kiosk_summary.get("audio_gaps_by_pts")
    arrival = run.kiosk_summary.get("audio_gaps_by_arrival")
    if not pts or not arrival:
        return "-"
    return f"{pts['count']}/{pts['lost_ms']}ms ({arrival['count']})"
