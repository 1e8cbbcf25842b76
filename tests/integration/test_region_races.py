"""Several workers at once on one database, really concurrent (threads, each with its own
connections), on SQLite and on PostgreSQL: every document reaches the e-file once, every copy
is removed once, racing chunks cannot both land, no failed login is lost, a daily job runs
once per cluster, and no worker holds the database while it writes into the hotfolder."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.login import LoginGuard
from backoffice.console.throttle import FREE_ATTEMPTS, UNKNOWN_SOURCES
from backoffice.efile.adapter import EfileDocument
from backoffice.efile.dispatch import EfileDispatcher
from backoffice.efile.hotfolder import HotfolderAdapter
from backoffice.efile.retention import HandedOverCopies
from backoffice.fleet.store import record_heartbeat
from backoffice.staff import add_staff
from backoffice.storage.cluster_jobs import take_turn
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.fleet_models import DeviceHealth
from backoffice.storage.work_models import LoginThrottle
from backoffice.tus.store import AppendRefusedError, UploadStore
from contract.fleet import Heartbeat, QueueFigures, ScannerHealth
from tests.helpers.backoffice import FixedClock
from tests.helpers.efile_documents import PDF, PdfShelf, stored_document
from tests.helpers.office_database import stored_device

WORKERS = 6


def _all_at_once[T](count: int, work: Callable[[int], T]) -> list[T]:
    """``work(n)`` for n in range(count), each in its own thread, released together."""
    start = threading.Barrier(count)

    def run(n: int) -> T:
        start.wait()
        return work(n)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def _documents(
    sessions: sessionmaker[Session], clock: FixedClock, shelf: PdfShelf, count: int
) -> list[ReceivedDocument]:
    rows = [stored_document(sessions, clock) for _ in range(count)]
    for row in rows:
        shelf.put(row.attachment_id, PDF)
    return rows


class CountingHotfolder(HotfolderAdapter):
    """The real hotfolder adapter, counting every hand-over it is asked for."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.delivered: Counter[uuid.UUID] = Counter()
        self._guard = threading.Lock()

    def deliver(self, document: EfileDocument) -> str:
        with self._guard:
            self.delivered[document.message_id] += 1
        return super().deliver(document)


def test_every_document_reaches_the_e_file_once_with_workers_racing(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    shelf = PdfShelf(tmp_path / "attachments")
    rows = _documents(sessions, clock, shelf, 30)
    hotfolder = CountingHotfolder(tmp_path / "hotfolder")

    def worker(_n: int) -> int:
        dispatcher = EfileDispatcher(sessions, hotfolder, shelf, clock, "JC", 60)
        return dispatcher.run_once().delivered

    delivered = _all_at_once(WORKERS, worker)

    assert sum(delivered) == len(rows)
    assert set(hotfolder.delivered) == {row.attachment_id for row in rows}
    assert max(hotfolder.delivered.values()) == 1, "a document was handed over twice"
    assert len(list(hotfolder.folder.glob("*.zip"))) == len(rows)


def test_a_worker_dying_mid_hand_over_leaves_one_zip_after_another_takes_over(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    shelf = PdfShelf(tmp_path / "attachments")
    [row] = _documents(sessions, clock, shelf, 1)
    imported = tmp_path / "imported"
    imported.mkdir()

    class DiesAfterWriting(HotfolderAdapter):
        def deliver(self, document: EfileDocument) -> str:
            super().deliver(document)
            raise NodeDied  # the process is gone before it records the hand-over

    first = EfileDispatcher(sessions, DiesAfterWriting(tmp_path / "hotfolder"), shelf, clock, "JC")
    with contextlib.suppress(NodeDied):
        first.run_once()
    # The e-file's importer takes the ZIP away, as it does.
    for archive in (tmp_path / "hotfolder").glob("*.zip"):
        archive.rename(imported / archive.name)

    second = EfileDispatcher(sessions, HotfolderAdapter(tmp_path / "hotfolder"), shelf, clock, "JC")
    assert second.run_once().delivered == 0  # the first worker's lease still holds it
    clock.advance(minutes=6)
    assert second.run_once().delivered == 1  # taken over after the lease ran out

    assert list((tmp_path / "hotfolder").glob("*.zip")) == [], "the document was written twice"
    [archive] = imported.iterdir()
    with zipfile.ZipFile(archive) as opened:
        assert len(opened.namelist()) == 2
    with sessions() as session:
        stored = session.get(ReceivedDocument, row.id)
        assert stored is not None and stored.efile_delivered_at is not None


class NodeDied(BaseException):
    """Stands for the process being killed: nothing after it runs."""


def test_no_database_lock_is_held_while_the_hotfolder_is_written(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    shelf = PdfShelf(tmp_path / "attachments")
    [row] = _documents(sessions, clock, shelf, 1)
    writes_meanwhile: list[bool] = []

    class SlowShare(HotfolderAdapter):
        def deliver(self, document: EfileDocument) -> str:
            # While "the network share" is slow, another worker must be able to write, to
            # this very row too, without waiting for the hand-over.
            writes_meanwhile.append(_write_without_waiting(sessions, row.id))
            return super().deliver(document)

    EfileDispatcher(sessions, SlowShare(tmp_path / "hotfolder"), shelf, clock, "JC").run_once()
    assert writes_meanwhile == [True]


def _write_without_waiting(sessions: sessionmaker[Session], document_id: int) -> bool:
    """Whether another connection can write this document's row at once (no lock to wait for)."""
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA busy_timeout=0")
        else:
            connection.execute(text("SET lock_timeout = '10ms'"))
        connection.commit()
        try:
            with connection.begin():
                connection.execute(
                    text("UPDATE received_document SET efile_last_error = '' WHERE id = :id"),
                    {"id": document_id},
                )
        except OperationalError:  # SQLite's "database is locked", PostgreSQL's lock timeout
            return False
        finally:
            connection.invalidate()  # not back into the pool with these settings
    return True


def test_every_copy_is_removed_once_with_workers_racing(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    shelf = PdfShelf(tmp_path / "attachments")
    rows = _documents(sessions, clock, shelf, 30)
    EfileDispatcher(
        sessions, HotfolderAdapter(tmp_path / "hotfolder"), shelf, clock, "JC"
    ).run_once()
    clock.advance(days=8)

    def worker(_n: int) -> int:
        return HandedOverCopies(sessions, shelf.path, clock, keep_days=7).run_once().removed

    assert sum(_all_at_once(WORKERS, worker)) == len(rows)
    assert not shelf.folder.exists()  # every copy gone, and the emptied folder with them


def test_of_two_chunks_racing_for_one_offset_exactly_one_lands(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    store = UploadStore(sessions, tmp_path / "uploads", clock)
    device = stored_device(sessions, clock)
    rounds, size = 15, 1000
    upload = store.create(device, rounds * size, None)
    landed: list[bytes] = []
    for round_ in range(rounds):
        chunks = [bytes([round_ * 2 + n]) * size for n in range(2)]

        def append(n: int, chunks: list[bytes] = chunks, round_: int = round_) -> bytes | None:
            try:
                store.append(device, upload, round_ * size, chunks[n])
            except AppendRefusedError:
                return None
            return chunks[n]

        winners = [chunk for chunk in _all_at_once(2, append) if chunk is not None]
        assert len(winners) == 1, f"round {round_}: {len(winners)} chunks landed"
        landed += winners
    status = store.status(device, upload)
    assert status is not None and status.offset == rounds * size
    with store.open(upload) as stream:
        assert stream.read() == b"".join(landed)


def test_no_failed_login_is_lost_when_guesses_arrive_at_once(
    sessions: sessionmaker[Session],
) -> None:
    clock = FixedClock()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with sessions.begin() as session:
        add_staff(session, clock, hasher, "anna", "Anna", "richtiges-passwort")
    guard = LoginGuard(hasher, clock)

    def guess(n: int) -> None:
        with sessions.begin() as session:
            guard.attempt(session, "anna", f"falsch-{n}")

    # As many guesses as are checked before the account waits: each one must count.
    _all_at_once(FREE_ATTEMPTS, guess)
    with sessions() as session:
        failures = dict(session.execute(select(LoginThrottle.source, LoginThrottle.failures)).all())
    # Counted for the source and for sources the account never logged in from.
    assert failures == {"unknown": FREE_ATTEMPTS, UNKNOWN_SOURCES: FREE_ATTEMPTS}


def test_a_daily_job_runs_once_in_the_cluster(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock()
    day = dt.timedelta(days=1)
    turns = _all_at_once(WORKERS, lambda _n: take_turn(sessions, clock, "clean-up", day))
    assert turns.count(True) == 1
    clock.advance(hours=23)
    assert not any(_all_at_once(WORKERS, lambda _n: take_turn(sessions, clock, "clean-up", day)))
    clock.advance(hours=1)
    assert (
        _all_at_once(WORKERS, lambda _n: take_turn(sessions, clock, "clean-up", day)).count(True)
        == 1
    )


def test_a_terminal_s_first_heartbeats_arriving_together_are_all_recorded(
    sessions: sessionmaker[Session],
) -> None:
    """Two nodes answering one terminal's first heartbeats at once (a retry crossing the
    original): neither answers with a server error, and the terminal has one health row."""
    clock = FixedClock()
    device_id = stored_device(sessions, clock)
    report = Heartbeat(
        sent_at=clock.now(),
        interval_seconds=60,
        software_version="0.1.0",
        scanner=ScannerHealth.OK,
        queue=QueueFigures(items=0, bytes=0),
        disk_free_bytes=50,
        disk_total_bytes=100,
    )

    def beat(_: int) -> None:
        with sessions.begin() as session:
            record_heartbeat(session, clock, device_id, report)

    _all_at_once(WORKERS, beat)
    with sessions() as session:
        rows = session.scalars(select(DeviceHealth).where(DeviceHealth.device_id == device_id))
        assert len(list(rows)) == 1
