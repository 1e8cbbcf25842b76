"""``kiosk demo``: the whole system on one machine, with embedded defaults.

Starts a backoffice on loopback with a fresh data folder, creates a staff account, enrolls this
terminal, starts the sync daemon and the UI. With a display the UI opens in a window; without
one it runs offscreen, walks the callback and documents journeys and a video call by itself
(a member of staff in headless Chromium answers the call) and writes a screenshot of every
screen. Everything runs as the real commands in their own processes, as on a terminal.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

from demo.walks import ALL_WALKS, Mark, Walk, rendezvous_for
from scanner.simulated import SANE_CONFIG_DIR

log = logging.getLogger("demo.stack")

STAFF_USER = "demo"
# A demo-only password, printed on the console so whoever runs the demo can log in.
STAFF_PASSWORD = "demo-passwort-2026"  # noqa: S105
DELIVERY_WAIT_SECONDS = 60.0
# Marks a folder as the demo's own, so --data never wipes a folder someone else made.
DEMO_MARKER = ".buergerterminal-demo"
# Every process the demo starts carries this in its environment (with the data folder), so
# whoever checks that nothing outlived the demo can find its processes, browsers included.
DEMO_ENV = "BUERGERTERMINAL_DEMO"
STAFF_SHOT = "console-demo-call.png"
STAFF_STOP_SECONDS = 10.0


@dataclass(frozen=True)
class DemoPlan:
    root: Path
    port: int
    screenshots: Path
    headless: bool
    wait: bool
    walks: frozenset[Walk] = ALL_WALKS

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def terminal_config(self) -> Path:
        return self.root / "terminal.toml"

    def child_env(self, **extra: str) -> dict[str, str]:
        return {**os.environ, DEMO_ENV: str(self.root), **extra}


def _bin(name: str) -> str:
    """The console script of this environment (same virtualenv as the running kiosk)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def free_port(preferred: int) -> int:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))  # 0 asks the system for any free port
        except OSError:
            probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run(args: list[str], stdin: str | None = None) -> str:
    result = subprocess.run(args, input=stdin, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DemoError(f"{Path(args[0]).name} {args[1]} failed:\n{result.stderr.strip()}")
    return result.stdout


class DemoError(Exception):
    """A demo step failed; the message says which and why."""


DEMO_SANE_DIR = SANE_CONFIG_DIR


def write_terminal_config(plan: DemoPlan) -> None:
    # Short timeouts so the demo shows the inactivity warning quickly when someone tries it.
    plan.terminal_config.write_text(
        "[backoffice]\n"
        f'url = "{plan.url}"\n\n'
        "[device]\n"
        f"data_dir = {json.dumps(str(plan.root / 'terminal'))}\n\n"
        "[sync]\n"
        "poll_seconds = 0.5\n\n"
        # No scanner attached: SANE's test backend (scanner/simulated) scans a grid page.
        "[scanner]\n"
        f"sane_config_dir = {json.dumps(str(DEMO_SANE_DIR))}\n"
        'device = "test:0"\noptions = ["test-picture=Grid"]\nresolution = 150\n\n'
        # No camera either: a test picture and tone stand in, shown as working devices.
        "[video]\nsimulated_devices = true\n",
        encoding="utf-8",
    )


@contextlib.contextmanager
def _process(
    args: list[str], name: str, plan: DemoPlan, stdin: str | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A child for as long as the block runs, in its own process group: stopping it stops
    whatever it started (the staff answerer's Chromium) too."""
    log_file = (plan.root / f"{name}.log").open("wb")
    process = subprocess.Popen(
        args,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        env=plan.child_env(),
        start_new_session=True,
    )
    if process.stdin is not None and stdin is not None:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    try:
        yield process
    finally:
        _stop_group(process)
        log_file.close()


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # Grandchildren (a browser) may outlive their parent: end the whole group.
    with contextlib.suppress(ProcessLookupError, PermissionError):  # the group is gone
        os.killpg(process.pid, signal.SIGKILL)


def _wait_for_health(plan: DemoPlan, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise DemoError(f"backoffice stopped; see {plan.root / 'backoffice.log'}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"{plan.url}/api/v1/health", timeout=2).ok:
                return
        time.sleep(0.2)
    raise DemoError("backoffice did not become healthy within 30 s")


def _delivered(plan: DemoPlan) -> int:
    out = _run([_bin("kiosk"), "status", "--json", "--config", str(plan.terminal_config)])
    status = json.loads(out)
    return int(status["outbox"]["delivered"]["items"])


def _wait_for_delivery(plan: DemoPlan) -> bool:
    deadline = time.monotonic() + DELIVERY_WAIT_SECONDS
    while time.monotonic() < deadline:
        if _delivered(plan) >= 1:
            return True
        time.sleep(0.5)
    return False


def _console_screenshots(plan: DemoPlan) -> list[Path]:
    """Logs into the staff console in headless Chromium and photographs inbox and detail."""
    from demo.console_snapshot import snapshot_console

    return snapshot_console(plan.url, STAFF_USER, STAFF_PASSWORD, plan.screenshots)


def prepare_backoffice(plan: DemoPlan) -> None:
    data = str(plan.root / "backoffice")
    _run([_bin("backoffice"), "init", "--data", data])
    _run(
        [
            _bin("backoffice"),
            "add-staff",
            "--data",
            data,
            "--username",
            STAFF_USER,
            "--display-name",
            "Demo Sachbearbeitung",
            "--password-stdin",
        ],
        stdin=STAFF_PASSWORD + "\n",
    )


def run_demo(plan: DemoPlan) -> int:
    plan.root.mkdir(parents=True, exist_ok=True)
    plan.screenshots.mkdir(parents=True, exist_ok=True)
    write_terminal_config(plan)
    prepare_backoffice(plan)
    data = str(plan.root / "backoffice")
    serve = [_bin("backoffice"), "serve", "--data", data, "--port", str(plan.port)]
    with _process(serve, "backoffice", plan) as backoffice:
        _wait_for_health(plan, backoffice)
        token = (
            _run(
                [
                    _bin("backoffice"),
                    "enrollment-token",
                    "--data",
                    data,
                    "--location",
                    "Demo-Wartebereich",
                ]
            )
            .strip()
            .splitlines()[-1]
        )
        _run([_bin("kiosk"), "enroll", plan.url, token, "--config", str(plan.terminal_config)])
        sync = [_bin("kiosk"), "sync", "--config", str(plan.terminal_config)]
        with _process(sync, "sync", plan):
            return _run_ui(plan, backoffice)


def _run_ui(plan: DemoPlan, backoffice: subprocess.Popen[bytes]) -> int:
    config = ["--config", str(plan.terminal_config)]
    if not plan.headless:
        _print_staff_access(plan)
        ui = [_bin("kiosk"), "run", *config, "--windowed"]
        return subprocess.run(ui, env=plan.child_env(), check=False).returncode
    walks = ",".join(sorted(plan.walks))
    walk_args = [
        sys.executable,
        "-m",
        "demo.walkthrough",
        *config,
        "--screenshots",
        str(plan.screenshots),
        "--walk",
        walks,
    ]
    with _staff_answerer(plan):
        walk = subprocess.run(
            walk_args, env=plan.child_env(QT_QPA_PLATFORM="offscreen"), check=False
        )
    if walk.returncode != 0:
        raise DemoError("the terminal UI could not finish its walk (see the log lines above)")
    hands_in = bool(plan.walks & {Walk.CALLBACK, Walk.DOCUMENTS})
    delivered = _wait_for_delivery(plan) if hands_in else True
    shots = _console_screenshots(plan) if hands_in and delivered else []
    _print_summary(plan, delivered, len(shots))
    if plan.wait:
        print("Press Ctrl-C to stop the demo.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            backoffice.wait()
    return 0 if delivered else 1


@contextlib.contextmanager
def _staff_answerer(plan: DemoPlan) -> Iterator[None]:
    """A member of staff in headless Chromium, ready to answer the walk's video call.

    Started before the walk, so the browser is up by the time the terminal calls; stopped
    (with its browser) once the walk is over, answered or not.
    """
    if Walk.VIDEO not in plan.walks:
        yield
        return
    rendezvous = rendezvous_for(plan.screenshots)
    shutil.rmtree(rendezvous.folder, ignore_errors=True)  # marks of an earlier run mean nothing
    (plan.screenshots / STAFF_SHOT).unlink(missing_ok=True)
    answerer = [
        sys.executable,
        "-m",
        "demo.staff_answerer",
        plan.url,
        STAFF_USER,
        str(plan.screenshots / STAFF_SHOT),
        str(rendezvous.folder),
    ]
    with _process(answerer, "staff-answerer", plan, stdin=STAFF_PASSWORD + "\n") as process:
        yield
        # It ends by itself once the terminal hung up (or left the call out), so give it a
        # moment to close its browser; a walk that never got to the call is not waited for.
        if rendezvous.has(Mark.VIDEO_WALKED) or rendezvous.has(Mark.VIDEO_SKIPPED):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=STAFF_STOP_SECONDS)


def _print_staff_access(plan: DemoPlan) -> None:
    print(
        f"\nStaff console: {plan.url}/console\n"
        f"  user: {STAFF_USER}   password: {STAFF_PASSWORD}\n"
        f"Video calls:   {plan.url}/console/call (log in, switch 'available' on, then tap\n"
        "               'Talk to a person' on the terminal; the browser asks for a camera)\n"
        f"Data folder:   {plan.root}\n",
        flush=True,
    )


def _print_summary(plan: DemoPlan, delivered: bool, console_shots: int) -> None:
    screens = sorted(plan.screenshots.glob("*.png"))
    if plan.walks & {Walk.CALLBACK, Walk.DOCUMENTS}:
        outcome = "delivered to the backoffice" if delivered else "NOT delivered (see sync.log)"
        print(f"\nThe terminal walked its journeys headless: requests {outcome}.", flush=True)
    if Walk.VIDEO in plan.walks:
        print(_video_outcome(plan), flush=True)
    print(
        f"Screenshots ({len(screens)}, {console_shots} of the staff console): {plan.screenshots}",
        flush=True,
    )
    _print_staff_access(plan)


def _video_outcome(plan: DemoPlan) -> str:
    rendezvous = rendezvous_for(plan.screenshots)
    if rendezvous.has(Mark.VIDEO_WALKED):
        pictures = [
            *sorted(plan.screenshots.glob("*-video-call.png")),
            plan.screenshots / STAFF_SHOT,
            *sorted(plan.screenshots.glob("*-video-ended.png")),
        ]
        listed = "".join(f"\n  {path}" for path in pictures if path.exists())
        return "The terminal walked a video call; staff answered in Chromium:" + listed
    reason = rendezvous.note(Mark.VIDEO_SKIPPED) or "the walk did not get to it"
    return f"Video call skipped: {reason} (see staff-answerer.log)."


def plan_from_args(
    data: Path | None,
    port: int,
    screenshots: Path | None,
    headless: bool | None,
    wait: bool,
    walks: frozenset[Walk] = ALL_WALKS,
) -> DemoPlan:
    root = data or Path(tempfile.mkdtemp(prefix="buergerterminal-demo-"))
    marker = root / DEMO_MARKER
    if root.exists() and any(root.iterdir()):
        if not marker.exists():
            raise DemoError(
                f"{root} is not empty and was not made by a demo; choose another --data"
            )
        shutil.rmtree(root)  # "fresh data folder": the demo never reuses an old one
    root.mkdir(parents=True, exist_ok=True)
    marker.touch()
    return DemoPlan(
        root=root.resolve(),
        port=free_port(port),
        screenshots=(screenshots or root / "screenshots").resolve(),
        headless=(not has_display()) if headless is None else headless,
        wait=wait,
        walks=walks,
    )
