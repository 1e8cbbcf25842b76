"""The outbox on real SQLite files, shared by processes as the UI and ``kiosk sync`` share it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from contract.submissions import SubmissionKind, SubmissionReceipt
from sync.outbox import Outbox, SubmissionState

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _enqueue(outbox: Outbox, *, size: int = 100, at: dt.datetime = T0) -> uuid.UUID:
    submission_id = uuid.uuid4()
    outbox.enqueue(
        submission_id=submission_id,
        kind=SubmissionKind.CALLBACK,
        reference_code="K7F-3QX",
        created_at=at,
        sealed_payload=b"\x01" * size,
    )
    return submission_id


def _receipt(submission_id: uuid.UUID) -> SubmissionReceipt:
    return SubmissionReceipt(submission_id=submission_id, reference_code="K7F-3QX", received_at=T0)


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_an_enqueued_row_survives_the_writer_dying_right_after(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    # The writer process exits without closing anything (os._exit), as in a crash.
    result = _run_python(
        f"""
        import datetime as dt, os, uuid
        from sync.outbox import Outbox
        from contract.submissions import SubmissionKind
        outbox = Outbox({str(path)!r})
        submission_id = uuid.uuid4()
        outbox.enqueue(submission_id=submission_id, kind=SubmissionKind.CALLBACK,
                       reference_code="K7F-3QX", created_at=dt.datetime.now(dt.UTC),
                       sealed_payload=b"sealed")
        print(submission_id, flush=True)
        os._exit(0)
        """
    )
    assert result.returncode == 0, result.stderr
    written = uuid.UUID(result.stdout.strip())
    with Outbox(path) as reader:
        item = reader.get(written)
    assert item is not None
    assert item.state is SubmissionState.QUEUED
    assert item.sealed_payload == b"sealed"


def test_two_processes_enqueue_at_once_without_losing_a_row(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).close()
    writer = f"""
        import datetime as dt, uuid
        from sync.outbox import Outbox
        from contract.submissions import SubmissionKind
        with Outbox({str(path)!r}) as outbox:
            for _ in range(40):
                outbox.enqueue(submission_id=uuid.uuid4(), kind=SubmissionKind.CALLBACK,
                               reference_code="K7F-3QX", created_at=dt.datetime.now(dt.UTC),
                               sealed_payload=b"x" * 300)
                outbox.schedule_retry(outbox.queued()[0].submission_id,
                                      dt.datetime.now(dt.UTC), "HTTP 503",
                                      dt.datetime.now(dt.UTC))
        """
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(writer)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    with Outbox(path) as outbox:
        assert outbox.summary().totals[SubmissionState.QUEUED].items == 80


def test_settings_that_make_commits_durable_and_shareable(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path):
        pass
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        migrations = connection.execute("SELECT name FROM _sqlite_migrations").fetchall()
    finally:
        connection.close()
    assert migrations == [
        ("0001_submissions",),
        ("0002_attachments",),
        ("0600_sealed_to_and_payload_digest",),
    ]
    # Opening again applies nothing twice.
    with Outbox(path):
        pass
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone() == (3,)
    finally:
        connection.close()


def test_queued_items_come_small_first_then_oldest(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        big_old = _enqueue(outbox, size=5000, at=T0)
        small_new = _enqueue(outbox, size=100, at=T0 + dt.timedelta(minutes=2))
        small_old = _enqueue(outbox, size=100, at=T0 + dt.timedelta(minutes=1))
        tiny = _enqueue(outbox, size=10, at=T0 + dt.timedelta(minutes=3))
        outbox.schedule_retry(tiny, T0 + dt.timedelta(hours=1), "HTTP 503", T0)
        waiting = [entry.submission_id for entry in outbox.waiting()]
        queued = [item.submission_id for item in outbox.queued()]
    assert waiting == queued == [tiny, small_old, small_new, big_old]


def test_a_retry_records_its_time_and_the_error(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        submission_id = _enqueue(outbox)
        retry_at = T0 + dt.timedelta(seconds=30)
        outbox.schedule_retry(submission_id, retry_at, "HTTP 503", T0)
        (entry,) = outbox.waiting()
        item = outbox.get(submission_id)
    assert entry.next_attempt_at == retry_at
    assert item is not None
    assert (item.attempts, item.last_error, item.state) == (1, "HTTP 503", SubmissionState.QUEUED)


def test_delivery_keeps_the_receipt_and_drops_the_ciphertext(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        submission_id = _enqueue(outbox, size=777)
        outbox.mark_delivered(submission_id, _receipt(submission_id), T0)
        item = outbox.get(submission_id)
        assert outbox.queued() == []
        summary = outbox.summary()
    assert item is not None
    assert item.state is SubmissionState.DELIVERED
    assert item.sealed_payload is None
    assert item.receipt == _receipt(submission_id)
    assert item.delivered_at == T0
    assert summary.totals[SubmissionState.DELIVERED].payload_bytes == 777
    assert summary.last_delivered_at == T0
    assert summary.oldest_undelivered_at is None


def test_quarantined_items_are_kept_but_never_due(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        submission_id = _enqueue(outbox)
        outbox.quarantine(submission_id, "HTTP 422: Request not valid", T0)
        item = outbox.get(submission_id)
        assert outbox.waiting() == []
        summary = outbox.summary()
    assert item is not None and item.state is SubmissionState.QUARANTINED
    assert item.sealed_payload is not None
    assert summary.totals[SubmissionState.QUARANTINED].items == 1
    assert summary.oldest_undelivered_at == T0
    assert (summary.last_error, summary.last_error_at) == ("HTTP 422: Request not valid", T0)


def test_retry_all_now_restamps_every_waiting_item(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        ids = [_enqueue(outbox) for _ in range(3)]
        for submission_id in ids:
            outbox.schedule_retry(submission_id, T0 + dt.timedelta(hours=1), "HTTP 503", T0)
        assert outbox.retry_all_now(T0 + dt.timedelta(seconds=5)) == 3
        stamps = {entry.next_attempt_at for entry in outbox.waiting()}
    assert stamps == {T0 + dt.timedelta(seconds=5)}


def test_updating_an_unknown_submission_is_an_error(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox, pytest.raises(KeyError):
        outbox.quarantine(uuid.uuid4(), "HTTP 422", T0)


def test_naive_times_are_refused(tmp_path: Path) -> None:
    with Outbox(tmp_path / "outbox.sqlite3") as outbox, pytest.raises(ValueError, match="aware"):
        _enqueue(outbox, at=dt.datetime(2026, 3, 2, 9, 0))


def test_opening_a_second_outbox_keeps_the_first_ones_locks(tmp_path: Path) -> None:
    """POSIX locks belong to the process: a stray close() of the database file in it would
    drop the locks of every connection, and another process closing its connection would then
    take itself for the last one and delete the WAL under the first (its commits lost)."""
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path) as first:
        with Outbox(path):
            pass  # e.g. the heartbeat reading figures while the daemon delivers
        other = _run_python(
            f"import sqlite3; c = sqlite3.connect({str(path)!r}); "  # noqa: S608 (fixed SQL)
            "c.execute('SELECT COUNT(*) FROM submissions').fetchone(); c.close()"
        )
        assert other.returncode == 0, other.stderr
        submission_id = _enqueue(first)  # committed into the WAL the first one holds
        assert Path(f"{path}-wal").exists(), "the WAL was deleted under an open outbox"
    with Outbox(path) as reopened:
        assert reopened.get(submission_id) is not None
