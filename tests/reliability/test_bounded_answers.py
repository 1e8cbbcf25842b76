"""An office that answers too much, too slowly, or asks for a pause: the terminal stays bounded.

Real ``kiosk`` processes against a FakeBackoffice whose answers are hostile
(:mod:`tests.helpers.hostile_answers`): 1.5 GB of answer, an answer trickled a byte at a time,
a stall, ``429`` with ``Retry-After``. Peak memory is the kernel's count for the process
(``wait4``), printed beside a baseline measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.device import device_file
from tests.helpers.fake_backoffice import Answer, FakeBackoffice
from tests.helpers.peak_memory import run_measured
from tests.helpers.queued_callbacks import queue_callbacks
from tests.helpers.reliability_rig import wait_for
from tests.helpers.terminal import Terminal

TOKEN = "one-time-token-1234"
HUGE = 1_500_000_000
# Short limits, so that a test meets them quickly.
SHORT = {"read_timeout_seconds": 2, "request_deadline_seconds": 3, "heartbeat_seconds": 0.5}


@pytest.fixture
def office() -> Iterator[FakeBackoffice]:
    with FakeBackoffice() as fake:
        yield fake


def _enrolled(root: Path, office: FakeBackoffice, sync: dict[str, float] = SHORT) -> Terminal:
    terminal = Terminal.create(root, office.url, sync=sync)
    terminal.kiosk("enroll", office.url, TOKEN)
    return terminal


def test_a_trickled_enrollment_answer_ends_at_the_deadline(
    office: FakeBackoffice, tmp_path: Path
) -> None:
    # One byte every 0.2 s: each well within the 2 s read timeout, the whole ~80 s.
    office.script(Answer(status=201, trickle_seconds=0.2))
    terminal = Terminal.create(tmp_path / "terminal", office.url, sync=SHORT)
    result = terminal.kiosk("enroll", office.url, TOKEN, check=False)
    assert result.returncode == 1
    assert "did not answer within 3 s" in result.stderr
    assert not device_file(terminal.data_dir).exists()


@pytest.mark.parametrize("declared", [True, False], ids=["length declared", "length unknown"])
def test_a_huge_answer_is_refused_and_memory_stays_bounded(
    declared: bool, office: FakeBackoffice, tmp_path: Path
) -> None:
    terminal = _enrolled(tmp_path / "terminal", office)
    (queued,) = queue_callbacks(terminal.data_dir, 1)
    baseline = run_measured(terminal.command("status"))
    office.script(Answer(status=201, huge_bytes=HUGE, declare_length=declared))

    measured = run_measured(terminal.command("sync", "--once"))

    assert measured.returncode == 0, measured.stderr
    assert terminal.status()["last_error"] == "AnswerTooLarge"
    print(
        f"\nkiosk sync --once against a {HUGE / 1e9:.1f} GB answer "
        f"({'declared' if declared else 'streamed'}): peak RSS {measured.peak_mib:.0f} MiB; "
        f"kiosk status in the same run: {baseline.peak_mib:.0f} MiB"
    )
    assert measured.peak_mib < baseline.peak_mib + 100, "the answer was read into memory"
    # The office behaves again: delivered (the office keeps one receipt per id).
    terminal.kiosk("sync", "--once")
    sent = [str(r.envelope().submission_id) for r in office.submission_requests()]
    assert sent == [queued, queued]
    assert terminal.status()["outbox"]["delivered"]["items"] == 1


@pytest.mark.parametrize("hang", ["stall", "trickle"])
def test_sigterm_ends_a_hanging_sync_once_within_seconds(
    hang: str, office: FakeBackoffice, tmp_path: Path
) -> None:
    # Long limits: only the stop request can end this within the test.
    terminal = _enrolled(
        tmp_path / "terminal",
        office,
        {"read_timeout_seconds": 60, "request_deadline_seconds": 600},
    )
    queue_callbacks(terminal.data_dir, 2)
    answer = Answer(stall=True) if hang == "stall" else Answer(trickle_seconds=5.0)
    office.set_default(answer)
    process = subprocess.Popen(terminal.command("sync", "--once"), stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: len(office.submission_requests()) == 1, "the request is under way")
        process.send_signal(signal.SIGTERM)
        # A stop request gives the request in flight a few seconds (STOP_GRACE_SECONDS).
        returncode = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert returncode == 0
    assert len(office.submission_requests()) == 1, "nothing more is sent once told to stop"
    assert terminal.status()["outbox"]["queued"]["items"] == 2, "kept for the next run"


@pytest.mark.parametrize("form", ["seconds", "HTTP date"])
def test_retry_after_holds_every_sender_until_then(
    form: str, office: FakeBackoffice, tmp_path: Path
) -> None:
    terminal = _enrolled(tmp_path / "terminal", office)
    ids = queue_callbacks(terminal.data_dir, 6)
    # An HTTP date is fixed now, before the daemon starts: it names a moment, not a duration.
    until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=8)
    value = "4" if form == "seconds" else email.utils.format_datetime(until, usegmt=True)
    office.script(Answer(status=429, retry_after=value))
    log = tmp_path / "sync.log"
    with log.open("wb") as out:
        daemon = subprocess.Popen(terminal.command("sync"), stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: terminal.status()["outbox"]["queued"]["items"] == 0, "all delivered")
    finally:
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(15) == 0
    requests = office.requests
    first = next(i for i, r in enumerate(requests) if r.path.endswith("/submissions"))
    refused = requests[first]
    if form == "seconds":
        early = [r for r in requests[first + 1 :] if r.at < refused.at + 4]
    else:  # whole seconds on the wire: it may end up to a second early
        early = [
            r for r in requests[first + 1 :] if r.received_at < until - dt.timedelta(seconds=1)
        ]
    # Not one request of any kind (submission, upload, heartbeat, health) during the pause.
    assert not early, [f"{r.path} after {r.at - refused.at:.2f} s" for r in early]
    delivered = [str(r.envelope().submission_id) for r in office.submission_requests()]
    assert sorted(set(delivered)) == sorted(ids)
    assert "Retry-After: nothing is sent to it for" in log.read_text()
