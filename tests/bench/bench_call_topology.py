"""Mesh or SFU for a three-party call? ``sudo .venv/bin/python tests/bench/bench_call_topology.py``

The cabin's uplink is the bottleneck: in a mesh the kiosk sends its camera and microphone
once per other party; through an SFU (Janus, Debian's package) it sends them once and the
office's server forwards them. Both runs put kiosk, staff and interpreter each behind its own
NAT (``tests.helpers.nat_rig``), the kiosk's uplink through ``tc tbf`` at ``--uplink-kbit``,
and let every party send a 640x480 15 fps camera-like picture and a tone with the project's
thin-link encoders (aiortc, ``tests.bench.topology_peer``). The mesh goes through coturn
(direct UDP between the homes is blocked); Janus has a public address, so the SFU needs no
relay. Staff and interpreter exchange media directly with each other in neither run: their
link does not touch the cabin.

Per run, over ``--seconds`` after a warm-up: the kiosk's uplink (bytes its router sent), the
kiosk process's CPU, and at staff and interpreter the kiosk's video frame rate and audio:
longest gap (by the audio's own timestamps: audio that never came) and gaps over 100 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]  # no stubs pinned; a bench script

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backoffice.signaling.turn import TurnCredentials
from config.turn import TurnSettings
from tests.bench.janus_client import running_janus
from tests.helpers.coturn import running_coturn
from tests.helpers.nat_rig import NatRig, Site, nat_rig
from tests.helpers.netns import NetnsUnavailableError, Shaping, check_available

REPO = Path(__file__).resolve().parents[2]
PARTIES = ("kiosk", "staff", "interp")
ROOM = 4242


class Peer:
    """A ``topology_peer`` process inside a site; one JSON command, one JSON answer."""

    def __init__(self, site: Site, extra: list[str]) -> None:
        command = [*site.exec_prefix(), sys.executable, "-m", "tests.bench.topology_peer",
                   "--label", site.label, *extra]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.pid = self.process.pid

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"peer exited ({self.process.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def cpu_seconds(self) -> float:
        """The peer's own CPU (the ``ip netns exec`` in front of it execs into it)."""
        return float(sum(psutil.Process(self.pid).cpu_times()[:2]))

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(RuntimeError, BrokenPipeError, ValueError):
                self.ask(cmd="quit")
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Figures:
    label: str
    uplink_kbit: float = 0.0
    kiosk_cpu: float = 0.0
    fps: dict[str, float] = field(default_factory=dict)
    max_gap_ms: dict[str, float] = field(default_factory=dict)
    gaps_over_100: dict[str, int] = field(default_factory=dict)
    pairs: dict[str, list[str]] = field(default_factory=dict)
    load: float = 0.0
    drops: int = 0


def _wait_connected(peers: dict[str, Peer], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = [peer.ask(cmd="sample")["states"] for peer in peers.values()]
        if all(s and all(v == "connected" for v in s.values()) for s in states):
            return
        time.sleep(0.5)
    raise RuntimeError(f"not all connected: {states}")


def _measure(label: str, rig: NatRig, peers: dict[str, Peer], seconds: float) -> Figures:
    _wait_connected(peers)
    time.sleep(8)  # bitrates ramp up: measure the call as it settles, not its first seconds
    figures = Figures(label)
    kiosk_site = rig.sites["kiosk"]
    for peer in peers.values():
        peer.ask(cmd="sample")  # resets the gap maxima
    start_bytes, start_drops = kiosk_site.uplink_bytes(), kiosk_site.uplink_drops()
    start_cpu, start = peers["kiosk"].cpu_seconds(), time.monotonic()
    first = {
        name: peers[name].ask(cmd="sample")["received"]["kiosk"] for name in ("staff", "interp")
    }
    while time.monotonic() - start < seconds:
        time.sleep(5)
        for name in ("staff", "interp"):
            got = peers[name].ask(cmd="sample")["received"]["kiosk"]
            figures.max_gap_ms[name] = max(figures.max_gap_ms.get(name, 0), got["max_gap_pts_ms"])
    wall = time.monotonic() - start
    figures.uplink_kbit = (kiosk_site.uplink_bytes() - start_bytes) * 8 / wall / 1000
    figures.kiosk_cpu = (peers["kiosk"].cpu_seconds() - start_cpu) / wall
    figures.drops = kiosk_site.uplink_drops() - start_drops
    for name in ("staff", "interp"):
        sample = peers[name].ask(cmd="sample")
        got = sample["received"]["kiosk"]
        figures.fps[name] = (got["video_frames"] - first[name]["video_frames"]) / wall
        figures.gaps_over_100[name] = got["gaps_over_100ms"] - first[name]["gaps_over_100ms"]
        figures.max_gap_ms[name] = max(figures.max_gap_ms.get(name, 0), got["max_gap_pts_ms"])
        figures.pairs[name] = sample["pairs"].get("kiosk", [])
    figures.load = psutil.getloadavg()[0]
    return figures


def run_mesh(rig: NatRig, turn: list[str], cap_kbit: int, seconds: float) -> Figures:
    peers = {name: Peer(rig.sites[name], ["--cap-kbit", str(cap_kbit), "--turn", *turn])
             for name in PARTIES}  # fmt: skip
    try:
        for other in ("staff", "interp"):
            offer = peers["kiosk"].ask(cmd="offer", peer=other)
            answer = peers[other].ask(cmd="answer", peer="kiosk", sdp=offer["sdp"])
            peers["kiosk"].ask(cmd="accept", peer=other, sdp=answer["sdp"])
        return _measure(f"mesh, {cap_kbit} kbit/s per stream", rig, peers, seconds)
    finally:
        for peer in peers.values():
            peer.stop()


def run_sfu(rig: NatRig, janus: str, cap_kbit: int, seconds: float) -> Figures:
    common = ["--cap-kbit", str(cap_kbit), "--janus", janus, "--room", str(ROOM)]
    peers = {name: Peer(rig.sites[name], common) for name in PARTIES}
    try:
        feeds = {name: peer.ask(cmd="publish")["feed"] for name, peer in peers.items()}
        for name in ("staff", "interp"):
            peers["kiosk"].ask(cmd="subscribe", peer=name, feed=feeds[name])
            peers[name].ask(cmd="subscribe", peer="kiosk", feed=feeds["kiosk"])
        return _measure(f"SFU (Janus), {cap_kbit} kbit/s", rig, peers, seconds)
    finally:
        for peer in peers.values():
            peer.stop()


def _print(results: list[Figures], uplink: int) -> None:
    print(f"\nkiosk uplink shaped to {uplink} kbit/s (tc tbf); goals: uplink <= 900 kbit/s, "
          "no audio gap > 100 ms, video >= 10 fps at both others")  # fmt: skip
    print(f"{'run':34} {'uplink kbit/s':>13} {'kiosk CPU':>9}  {'fps staff/interp':>16}  "
          f"{'max gap ms':>11}  {'gaps>100ms':>10}  drops  load")  # fmt: skip
    for f in results:
        print(f"{f.label:34} {f.uplink_kbit:13.0f} {f.kiosk_cpu:9.2f}  "
              f"{f.fps['staff']:7.1f}/{f.fps['interp']:<8.1f}  "
              f"{f.max_gap_ms['staff']:5.0f}/{f.max_gap_ms['interp']:<5.0f}  "
              f"{f.gaps_over_100['staff']:4d}/{f.gaps_over_100['interp']:<5d}  "
              f"{f.drops:5d}  {f.load:.1f}"
              f"   pairs {f.pairs}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--uplink-kbit", type=int, default=1000)
    parser.add_argument("--cap-kbit", type=int, default=350, help="VP8 ceiling per stream")
    parser.add_argument("--only", choices=["mesh", "sfu"], help="one run only")
    args = parser.parse_args()
    try:
        check_available()
    except NetnsUnavailableError as error:
        print(f"cannot build the networks here: {error}", file=sys.stderr)
        return 2
    results = []
    with tempfile.TemporaryDirectory() as folder, nat_rig(PARTIES) as rig:
        secret = secrets.token_hex(16)
        secret_file = Path(folder) / "secret"
        secret_file.write_text(secret)
        os.chmod(secret_file, 0o600)
        with running_coturn(Path(folder) / "turn", rig.turn_address, secret,
                            prefix=rig.internet_prefix()) as coturn:  # fmt: skip
            issuer = TurnCredentials.from_settings(
                TurnSettings(urls=[coturn.url("udp")], shared_secret_file=secret_file)
            )
            grant = issuer.issue(secrets.token_hex(16), "bench").servers[0]
            turn = [grant.urls[0], grant.username or "", grant.credential or ""]
            rig.block_direct_udp()
            rig.sites["kiosk"].shape(Shaping(rate_kbit=args.uplink_kbit))
            if args.only != "sfu":
                results.append(run_mesh(rig, turn, args.cap_kbit, args.seconds))
            if args.only != "mesh":
                bitrate = args.cap_kbit * 1000
                janus_folder = Path(folder) / "janus"
                prefix = rig.internet_prefix()
                with running_janus(janus_folder, rig.turn_address, prefix, ROOM, bitrate) as janus:
                    results.append(run_sfu(rig, janus, args.cap_kbit, args.seconds))
    _print(results, args.uplink_kbit)
    print(f"(machine: {psutil.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
