"""A terminal's call running in its own process, e.g. inside a network namespace (a cabin
behind its NAT). The test drives it through JSON lines::

    kiosk = NamespacedKiosk.start(site.exec_prefix(), office.url, token, log_path)
    kiosk.call()
    kiosk.wait_state("in_call")
    kiosk.report()            # state, call id, each link's frames, loudness, candidate pair
    kiosk.stop()

The process side (``python -m tests.helpers.netns_kiosk``) runs a real ``VideoCall`` with
synthetic camera and microphone and prints one JSON object per line: ``state`` (each call
state), ``parties`` (who the screen would show), and ``report`` on request. Its log (the
call's own log lines) goes to stderr, which the host side writes to ``log_path``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from config.schema import VideoSettings
from tests.helpers.camera_like import camera_like_media
from video.call import CallListener, VideoCall
from video.media import synthetic_media
from video.session import CallParties
from video.signaling_client import SignalingEndpoint
from video.state import CallState

REPO = Path(__file__).resolve().parents[2]


# ---- the host side -----------------------------------------------------------------------------


@dataclass
class NamespacedKiosk:
    process: subprocess.Popen[str]
    log_path: Path
    events: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    states: list[str] = field(default_factory=list)
    parties: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        prefix: list[str],
        office_url: str,
        token: str,
        log_path: Path,
        env: dict[str, str] | None = None,
        settings: VideoSettings | None = None,
        language: str = "uk",
        camera_like: bool = False,
    ) -> NamespacedKiosk:
        """``camera_like``: a noisy picture and a tone in room noise, which cost the encoders
        what a real camera and microphone do (benches); otherwise a clean test pattern."""
        settings = settings or VideoSettings(width=320, height=240, fps=15)
        command = [*prefix, sys.executable, "-m", "tests.helpers.netns_kiosk",
                   "--office", office_url, "--token", token, "--language", language,
                   "--settings", settings.model_dump_json()]  # fmt: skip
        if camera_like:
            command.append("--camera-like")
        with log_path.open("ab") as log:
            process = subprocess.Popen(command, cwd=REPO, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=log, text=True,
                                       env=env)  # fmt: skip
        kiosk = cls(process, log_path)
        threading.Thread(target=kiosk._read, name="kiosk-lines", daemon=True).start()
        return kiosk

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.startswith("{"):
                continue
            event = json.loads(line)
            if event["event"] == "state":
                self.states.append(event["state"])
            elif event["event"] == "parties":
                self.parties = event["parties"]
            self.events.put(event)
        self.events.put({"event": "exited"})

    def _send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def call(self) -> None:
        self._send(cmd="call")

    def hang_up(self) -> None:
        self._send(cmd="hang_up")

    def wait_state(self, *wanted: str, timeout: float = 30.0) -> str:
        """Until the call is in one of ``wanted`` (also if it got there earlier)."""
        deadline = time.monotonic() + timeout
        while True:
            if self.states and self.states[-1] in wanted:
                return self.states[-1]
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"kiosk never reached {wanted}; states {self.states}; "
                                     f"log {self.log_path}")  # fmt: skip
            try:
                event = self.events.get(timeout=min(left, 0.5))
            except queue.Empty:
                continue
            if event["event"] == "exited":
                raise AssertionError(f"kiosk process ended; states {self.states}; "
                                     f"log {self.log_path}")  # fmt: skip

    def report(self, timeout: float = 10.0) -> dict[str, Any]:
        self._send(cmd="report")
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if event["event"] == "report":
                return event
        raise AssertionError(f"kiosk gave no report; log {self.log_path}")

    def wait_report(self, predicate: Any, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        report = self.report()
        while not predicate(report):
            if time.monotonic() > deadline:
                raise AssertionError(f"kiosk report never got there: {report}")
            time.sleep(0.2)
            report = self.report()
        return report

    def link(self, party: str) -> dict[str, Any]:
        for link in self.report()["links"]:
            if link["party"] == party:
                return dict(link)
        raise AssertionError(f"the kiosk has no link to {party}")

    def wait_link(self, party: str, predicate: Any, timeout: float = 20.0) -> dict[str, Any]:
        """Polls the kiosk's link to ``party`` until ``predicate(link)`` holds."""
        deadline = time.monotonic() + timeout
        last: dict[str, Any] = {}
        while time.monotonic() < deadline:
            links = {link["party"]: link for link in self.report()["links"]}
            last = links.get(party, {})
            if last and predicate(last):
                return last
            time.sleep(0.3)
        raise AssertionError(f"kiosk's link to {party} never got there: {last}")

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self._send(cmd="quit")
                self.process.wait(15)
            except (OSError, subprocess.TimeoutExpired, ValueError):
                self.process.kill()
                self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


# ---- the process side --------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    lock = threading.Lock()

    def emit(record: dict[str, Any]) -> None:
        record["t"] = time.monotonic()
        with lock:
            print(json.dumps(record), flush=True)

    def state(old: CallState, new: CallState) -> None:
        emit({"event": "state", "state": new.value})

    def parties(now: CallParties) -> None:
        emit({"event": "parties", "parties": asdict(now)})

    settings = VideoSettings.model_validate_json(args.settings)
    call = VideoCall(
        settings,
        SignalingEndpoint(args.office, args.token),
        CallListener(state_changed=state, parties_changed=parties),
        media_factory=camera_like_media if args.camera_like else synthetic_media,
        language=lambda: args.language,
    )
    call.start()
    try:
        for line in sys.stdin:
            command = json.loads(line)
            match command["cmd"]:
                case "call":
                    call.start_call()
                case "hang_up":
                    call.hang_up()
                case "report":
                    metrics = call.metrics
                    emit({"event": "report", "state": call.state.value, "call_id": call.call_id,
                          "links": [asdict(link) for link in call.links()],
                          "reconnects": metrics.reconnects,
                          "accepted_at": metrics.accepted_at,
                          "first_remote_video_at": metrics.first_remote_video_at})  # fmt: skip
                case "stacks":  # where the call thread's tasks wait (a hung test's log)
                    call.dump_tasks()
                case "quit":
                    break
    finally:
        call.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--office", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--language", default="uk")
    parser.add_argument("--settings", required=True, help="VideoSettings as JSON")
    parser.add_argument("--camera-like", action="store_true", help="noisy picture and sound")
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s"
    )
    # BT_KIOSK_ICE_LOG=INFO (or DEBUG) shows what aiortc and aioice do (a failing test's log).
    level = os.environ.get("BT_KIOSK_ICE_LOG", "WARNING")
    logging.getLogger("aioice").setLevel(level)
    logging.getLogger("aiortc").setLevel(level if level != "INFO" else "WARNING")
    if level != "WARNING":
        logging.getLogger("video").setLevel(logging.DEBUG)
    return _run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
