"""Logs under systemd: one journal line per event with a syslog priority and no time stamp of
our own, so ``journalctl -p warning`` filters; in a terminal the readable format stays.

systemd tells a service its stderr is the journal by ``JOURNAL_STREAM=<device>:<inode>`` of that
stream; the tests hand the real ``kiosk sync`` daemon a file as stderr and name it the same way.
"""

from __future__ import annotations

import io
import logging
import os
import re
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from config.logs import JournalFormatter, configure_logging, stderr_is_journal
from sync.device import DeviceCredentials, save_device
from tests.helpers.backoffice import free_port
from tests.helpers.terminal import Terminal

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d")


def _record(level: int, message: str, exc_info: bool = False) -> logging.LogRecord:
    info = None
    if exc_info:
        try:
            raise ValueError("the cause")
        except ValueError as exc:
            info = (type(exc), exc, exc.__traceback__)
    return logging.LogRecord("sync.delivery", level, __file__, 1, message, None, info)


@pytest.mark.parametrize(
    ("level", "prefix"),
    [
        (logging.CRITICAL, "<2>"),
        (logging.ERROR, "<3>"),
        (logging.WARNING, "<4>"),
        (logging.INFO, "<6>"),
        (logging.DEBUG, "<7>"),
    ],
)
def test_each_level_gets_its_syslog_priority(level: int, prefix: str) -> None:
    assert JournalFormatter().format(_record(level, "pass done")) == (
        f"{prefix}sync.delivery: pass done"
    )


def test_a_traceback_stays_in_the_one_line_of_its_event() -> None:
    line = JournalFormatter().format(_record(logging.ERROR, "delivery failed", exc_info=True))
    assert "\n" not in line
    assert line.startswith("<3>sync.delivery: delivery failed | Traceback")
    assert line.endswith("ValueError: the cause")


def test_the_journal_is_recognised_only_by_its_own_stream(tmp_path: Path) -> None:
    with (tmp_path / "stderr").open("w") as stream:
        status = os.fstat(stream.fileno())
        named = {"JOURNAL_STREAM": f"{status.st_dev}:{status.st_ino}"}
        assert stderr_is_journal(stream, named)
        # A child whose stderr was redirected elsewhere inherits the variable: not the journal.
        assert not stderr_is_journal(stream, {"JOURNAL_STREAM": f"{status.st_dev}:1"})
        assert not stderr_is_journal(stream, {})
    assert not stderr_is_journal(io.StringIO(), named)


def _enrolled_terminal(root: Path) -> Terminal:
    # An office nobody listens on: the daemon logs its start and then warns about heartbeats.
    terminal = Terminal.create(root, f"http://127.0.0.1:{free_port()}", "heartbeat_seconds = 0.2\n")
    save_device(
        terminal.data_dir,
        DeviceCredentials(
            device_id=uuid.uuid4(),
            device_token="t" * 40,
            backoffice_url=terminal.settings().backoffice.url.unicode_string().rstrip("/"),
            backoffice_public_key="A" * 43 + "=",
            office_name="Jobcenter Test",
            enrolled_at="2026-01-05T08:00:00+00:00",  # type: ignore[arg-type]
        ),
    )
    return terminal


def _daemon_stderr(terminal: Terminal, as_journal: bool) -> list[str]:
    """Runs ``kiosk sync`` until its first heartbeat warning, stops it, returns its stderr."""
    log_file = terminal.root / f"stderr-{as_journal}.txt"
    with log_file.open("wb") as stderr:
        env = {k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"}
        if as_journal:
            status = os.fstat(stderr.fileno())
            env["JOURNAL_STREAM"] = f"{status.st_dev}:{status.st_ino}"
        process = subprocess.Popen(terminal.command("sync"), stderr=stderr, env=env)
        try:
            deadline = time.monotonic() + 60
            while "heartbeat away" not in log_file.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)
    return log_file.read_text().splitlines()


def test_the_delivery_daemon_writes_journal_lines_under_systemd(tmp_path: Path) -> None:
    terminal = _enrolled_terminal(tmp_path / "terminal")
    lines = _daemon_stderr(terminal, as_journal=True)
    assert lines, "the daemon wrote nothing"
    assert all(re.match(r"^<[2-7]>[a-z_.]+: \S", line) for line in lines), lines
    assert not any(TIMESTAMP.search(line) for line in lines), lines
    assert any(line.startswith("<6>kiosk.sync: delivering to http://127.0.0.1:") for line in lines)
    assert any(line.startswith("<4>sync.heartbeat: heartbeat away") for line in lines), lines


def test_in_a_terminal_the_lines_keep_time_and_level(tmp_path: Path) -> None:
    terminal = _enrolled_terminal(tmp_path / "terminal")
    lines = _daemon_stderr(terminal, as_journal=False)
    warning = next(line for line in lines if "heartbeat away" in line)
    assert TIMESTAMP.match(warning) and " WARNING sync.heartbeat: " in warning
    assert not any(line.startswith("<") for line in lines)


def test_configure_logging_picks_the_journal_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = logging.getLogger()
    saved = root.handlers[:]
    with (tmp_path / "stderr").open("w+") as stream:
        status = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{status.st_dev}:{status.st_ino}")
        root.handlers = []
        try:
            configure_logging(stream=stream)
            logging.getLogger("backoffice.serve").warning("port %d busy", 8470)
        finally:
            root.handlers = saved
        stream.seek(0)
        assert stream.read() == "<4>backoffice.serve: port 8470 busy\n"
