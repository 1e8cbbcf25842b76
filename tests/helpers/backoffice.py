"""Drives a real backoffice as a subprocess: ``backoffice init``, then ``backoffice serve``.

Usage::

    with running_backoffice(tmp_path / "office") as office:
        token = office.enrollment_token()
        office.add_staff("anna", "ein-langes-passwort")
        requests.get(office.url + "/api/v1/health")
        office.stop(); office.start()   # restart on the same port and data

Also builds what a terminal would send (:func:`callback_payload`, :func:`sealed_envelope`),
so tests can POST submissions without the kiosk.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import requests

from contract.sealing import public_key_from_b64, seal
from contract.submissions import (
    CallbackRequestPayload,
    EnrollmentRequest,
    EnrollmentResponse,
    SubmissionEnvelope,
    SubmissionKind,
    TimeWindow,
)

# Re-exported for tests that launch Chromium themselves (tests.helpers.browser does it for most).
from demo.console_snapshot import CHROMIUM_ARGS as CHROMIUM_ARGS
from sync.device import DeviceCredentials
from tests.helpers.orphans import die_with_parent

REPO = Path(__file__).resolve().parents[2]
# Generous: on a loaded 2-core machine a cold start (imports, migrations) can take long.
START_TIMEOUT = 90.0
STOP_TIMEOUT = 10.0
REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
OFFICE_ZONE = ZoneInfo("Europe/Berlin")


def _executable() -> Path:
    beside_python = Path(sys.executable).parent / "backoffice"
    return beside_python if beside_python.exists() else REPO / ".venv" / "bin" / "backoffice"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class BackofficeProcess:
    """One backoffice data folder and the ``serve`` process on it (if running)."""

    def __init__(
        self,
        data_dir: Path,
        port: int,
        config: Path | None = None,
        host: str = "127.0.0.1",
        executable: Path | None = None,
        name: str = "",
        workers: int = 1,
    ) -> None:
        """``executable``: another release's ``backoffice`` (upgrade tests); default: ours."""
        self.data_dir = data_dir
        self.port = port
        self.host = host
        self.config = config
        self.executable = executable or _executable()
        self.workers = workers
        # Several nodes may serve one data folder (a region): each its own log.
        self.log_path = data_dir.parent / f"{data_dir.name}{name}.serve.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # ---- the CLI -----------------------------------------------------------------------------

    def cli(
        self, *args: str, stdin: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Runs ``backoffice <args> --data DIR [--config FILE]``."""
        command = [str(self.executable), *args, "--data", str(self.data_dir)]
        if self.config is not None:
            command += ["--config", str(self.config)]
        result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(
                f"backoffice {' '.join(args)} failed ({result.returncode}):\n{result.stderr}"
            )
        return result

    def init(self) -> None:
        self.cli("init")

    def enrollment_token(self, location: str = "", hours: int | None = None) -> str:
        args = ["enrollment-token"]
        if location:
            args += ["--location", location]
        if hours is not None:
            args += ["--hours", str(hours)]
        return self.cli(*args).stdout.strip()

    def add_staff(
        self, username: str, password: str, display_name: str = "", roles: tuple[str, ...] = ()
    ) -> None:
        args = ["add-staff", "--username", username, "--password-stdin"]
        if display_name:
            args += ["--display-name", display_name]
        for role in roles:
            args += ["--role", role]
        self.cli(*args, stdin=password + "\n")

    # ---- the server --------------------------------------------------------------------------

    def start(self) -> None:
        if self._process is not None:
            raise RuntimeError("backoffice is already running")
        command = [
            str(self.executable),
            "serve",
            "--data",
            str(self.data_dir),
            "--host",
            self.host,
            "--port",
            str(self.port),
        ]
        if self.config is not None:
            command += ["--config", str(self.config)]
        if self.workers != 1:
            command += ["--workers", str(self.workers)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with self.log_path.open("ab") as log:
            # Its own process group: a kill takes its uvicorn workers with it.
            self._process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
                preexec_fn=die_with_parent,
            )
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._process = None
                raise RuntimeError(f"backoffice serve exited during start:\n{self.log_text()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(
            f"backoffice serve not healthy after {START_TIMEOUT}s:\n{self.log_text()}"
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def kill(self) -> None:
        """SIGKILL, as when a node's host dies: no shutdown, sockets cut mid-way."""
        process, self._process = self._process, None
        if process is not None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    # ---- what a terminal does ----------------------------------------------------------------

    def enroll(self, device_name: str = "terminal", location: str = "") -> EnrollmentResponse:
        """Enrolls a new device with a fresh token, over HTTP."""
        token = self.enrollment_token(location)
        body = EnrollmentRequest(token=token, device_name=device_name)
        response = requests.post(self.url + "/api/v1/enroll", json=body.model_dump(), timeout=10)
        response.raise_for_status()
        return EnrollmentResponse.model_validate_json(response.content)

    def terminal(self, backoffice_url: str = "") -> DeviceCredentials:
        """A newly enrolled terminal's credentials, as ``kiosk enroll`` stores them; it talks to
        ``backoffice_url`` (a proxy in front, say) or to this process."""
        enrolled = self.enroll()
        return DeviceCredentials(
            device_id=enrolled.device_id,
            device_token=enrolled.device_token,
            backoffice_url=backoffice_url or self.url,
            backoffice_public_key=enrolled.backoffice_public_key,
            office_name=enrolled.office_name,
            enrolled_at=dt.datetime.now(dt.UTC),
        )

    def submit(self, device: EnrollmentResponse, envelope: SubmissionEnvelope) -> requests.Response:
        return requests.post(
            self.url + "/api/v1/submissions",
            data=envelope.model_dump_json(),
            headers={
                "Authorization": f"Bearer {device.device_token}",
                "Idempotency-Key": str(envelope.submission_id),
                "Content-Type": "application/json",
            },
            timeout=10,
        )


def settings_file(data_dir: Path, database_url: str, **settings: str | float) -> Path:
    """A backoffice settings file beside ``data_dir`` naming its database (and more keys)."""
    lines = [f"database_url = {json.dumps(database_url)}"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    path = data_dir.parent / f"{data_dir.name}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path


@contextlib.contextmanager
def running_backoffice(
    data_dir: Path,
    port: int | None = None,
    config: Path | None = None,
    host: str = "127.0.0.1",
    database_url: str = "",
) -> Iterator[BackofficeProcess]:
    """A real backoffice (``init`` + ``serve``) on a loopback port (or ``host``); stopped on
    exit. ``database_url`` (when no ``config`` is given): SQLite in the data folder if empty."""
    if config is None and database_url:
        config = settings_file(data_dir, database_url)
    office = BackofficeProcess(data_dir, port or free_port(), config, host)
    office.init()
    office.start()
    try:
        yield office
    finally:
        office.stop()


def reference_code(rng: random.Random | None = None) -> str:
    chars = [(rng or random).choice(REFERENCE_ALPHABET) for _ in range(6)]
    return "".join(chars[:3]) + "-" + "".join(chars[3:])


def next_working_day(now: dt.datetime, days: int = 1) -> dt.date:
    """The ``days``-th working day (Mon-Fri) after ``now``'s date in the office's zone."""
    day = now.astimezone(OFFICE_ZONE).date()
    while days:
        day += dt.timedelta(days=1)
        days -= day.isoweekday() <= 5
    return day


def callback_payload(now: dt.datetime | None = None, **changes: Any) -> CallbackRequestPayload:
    """A realistic callback request made at ``now`` (the wall clock unless given): a window on
    the next working day, privacy accepted three minutes before. Pass fields to change."""
    moment = now or dt.datetime.now(dt.UTC)
    start = dt.datetime.combine(next_working_day(moment), dt.time(8), OFFICE_ZONE)
    fields: dict[str, Any] = {
        "concern_id": "continued_payment",
        "concern_label": "Weiterbewilligung",
        "name": "Erika Mustermann",
        "phone_e164": "+4951219690123",
        "bg_number": "12345BG1234567",
        "time_windows": [TimeWindow(start=start, end=start + dt.timedelta(hours=2))],
        "note": "Bitte vormittags anrufen.",
        "language": "de",
        "privacy_accepted_at": moment - dt.timedelta(minutes=3),
    }
    fields.update(changes)
    return CallbackRequestPayload(**fields)


def sealed_envelope(
    payload: CallbackRequestPayload | bytes,
    public_key_b64: str,
    submission_id: uuid.UUID | None = None,
    code: str | None = None,
    created_at: dt.datetime | None = None,
) -> SubmissionEnvelope:
    """What the terminal sends: the payload's JSON sealed to the backoffice's public key."""
    plaintext = payload if isinstance(payload, bytes) else payload.model_dump_json().encode()
    sealed = seal(plaintext, public_key_from_b64(public_key_b64))
    return SubmissionEnvelope(
        submission_id=submission_id or uuid.uuid4(),
        kind=SubmissionKind.CALLBACK,
        reference_code=code or reference_code(),
        created_at=created_at or dt.datetime.now(dt.UTC),
        sealed_payload=base64.b64encode(sealed).decode(),
    )


def realistic_callbacks(today: dt.date) -> list[CallbackRequestPayload]:
    """Four requests as staff would see them: windows on the working days after ``today``."""
    berlin = dt.timezone(dt.timedelta(hours=1))
    working_days = [
        day for day in (today + dt.timedelta(days=n) for n in range(1, 10)) if day.isoweekday() <= 5
    ]

    def window(nth_day: int, hour: int) -> TimeWindow:
        start = dt.datetime.combine(working_days[nth_day - 1], dt.time(hour), berlin)
        return TimeWindow(start=start, end=start + dt.timedelta(hours=2))

    return [
        callback_payload(
            name="Erika Mustermann",
            concern_id="continued_payment",
            concern_label="Weiterbewilligung",
            time_windows=[window(1, 8), window(1, 10)],
            note="Ich habe den Antrag im Oktober abgegeben und noch keine Antwort.",
        ),
        callback_payload(
            name="Oleksandr Kovalenko",
            concern_id="payment",
            concern_label="Frage zur Zahlung",
            phone_e164="+4915123456789",
            bg_number=None,
            language="uk",
            time_windows=[window(1, 13)],
            note="",
        ),
        callback_payload(
            name="Aylin Demir",
            concern_id="change",
            concern_label="Veränderung melden",
            phone_e164="+4951211234567",
            bg_number="31415BG2718281",
            language="tr",
            time_windows=[window(2, 8), window(2, 10), window(3, 13)],
            note="Neue Arbeitsstelle ab 1. Dezember, Gehaltsnachweis folgt.",
        ),
        callback_payload(
            name="Hans-Jürgen Böttcher",
            concern_id="appointment",
            concern_label="Termin",
            phone_e164="+495121987654",
            bg_number="27182BG8182845",
            time_windows=[window(1, 10)],
            note="Bitte nicht vor 9 Uhr.",
        ),
    ]


class FixedClock:
    """A clock that stands still until a test moves it (by default at a fixed Friday morning;
    :meth:`at_wall_clock` for an office that judges what terminals send today)."""

    def __init__(self, now: dt.datetime | None = None) -> None:
        self.moment = now or dt.datetime(2025, 11, 21, 9, 0, tzinfo=dt.UTC)

    @classmethod
    def at_wall_clock(cls) -> FixedClock:
        return cls(dt.datetime.now(dt.UTC).replace(microsecond=0))

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)
