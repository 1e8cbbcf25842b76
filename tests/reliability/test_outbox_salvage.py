"""A damaged outbox: salvaged, every whole item delivered exactly once, every other one named.

200 callback requests are queued as the UI queues them, then the outbox file is damaged for
real (cut short, 4 KB overwritten, a page of zeros; or its WAL damaged after a crash left it
behind) and a real ``kiosk sync`` daemon starts against the real backoffice. It must not die:
it moves the damaged file aside, keeps it, delivers what was salvaged, and says in
``kiosk status``, in its heartbeat and in the report which submissions (by reference code)
were lost.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sync.outbox import Outbox, outbox_path
from sync.salvage_report import SalvageReport, latest_salvage
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.outbox_damage import (
    PAGE,
    freeze_with_wal,
    leaf_frames,
    middle_leaf_page,
    overwrite,
    restore_frozen,
    truncate,
    zero_page,
)
from tests.helpers.reliability_ledger import OfficeLedger, QueuedSubmission
from tests.helpers.reliability_rig import DeliveryRig, wait_for
from tests.helpers.terminal_files import assert_private

ITEMS = 200
# A heartbeat every half second: the office must hear of the salvage within the test.
FAST_HEARTBEATS = "heartbeat_seconds = 0.5\n"


def _cut_short(database: Path, rng: random.Random) -> None:
    truncate(database, 0.6)


def _overwritten(database: Path, rng: random.Random) -> None:
    overwrite(database, (middle_leaf_page(database) - 1) * PAGE + 512, 4096, rng)


def _page_of_zeros(database: Path, rng: random.Random) -> None:
    zero_page(database, middle_leaf_page(database))


DAMAGE: dict[str, Callable[[Path, random.Random], None]] = {
    "cut short": _cut_short,
    "4 KB overwritten": _overwritten,
    "a page of zeros": _page_of_zeros,
}


def _visible_to_sqlite(database: Path, scratch: Path) -> int:
    """How many rows SQLite itself shows (on a copy: opening may change files)."""
    scratch.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", scratch / f"copy{suffix}")
    connection = sqlite3.connect(scratch / "copy")
    try:
        (count,) = connection.execute("SELECT COUNT(*) FROM submissions").fetchone()
    finally:
        connection.close()
    return int(count)


def _deliver_and_check(
    rig: DeliveryRig, office: BackofficeProcess, queued: list[QueuedSubmission]
) -> SalvageReport:
    data_dir = rig.terminal.data_dir
    daemon = rig.start_daemon()
    wait_for(lambda: latest_salvage(data_dir) is not None, "the daemon salvages the outbox")
    report = latest_salvage(data_dir)
    assert report is not None
    missing = {item.submission_id for item in report.missing}
    with Outbox(outbox_path(data_dir)) as outbox:
        kept = {entry.submission_id for entry in queued if outbox.get(entry.submission_id)}
    everything = {entry.submission_id for entry in queued}
    assert kept | missing == everything and not kept & missing, "each item kept or named"
    assert all(item.reference_code for item in report.missing), "named by reference code"

    whole = [entry for entry in queued if entry.submission_id not in missing]
    rig.wait_until_delivered(whole, daemon=daemon)
    ledger = OfficeLedger(office.data_dir)
    ledger.assert_exactly_once(rig.device_id, whole)  # complete: nothing lost arrived

    status = rig.terminal.status()
    assert status["salvage"]["salvaged"] == len(kept)
    assert {m["submission_id"] for m in status["salvage"]["missing"]} == {
        str(sid) for sid in missing
    }
    assert Path(report.damaged_copy, "part-1", "outbox.sqlite3").exists(), "never deleted"
    wait_for(
        lambda: (
            "outbox damaged" in str((ledger.heartbeat(rig.device_id) or {}).get("outbox_problem"))
        ),
        "the fleet page hears of it",
    )
    assert daemon.alive(), "no crash, no restart loop"
    assert daemon.stop() == 0
    assert_private(data_dir)
    return report


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_outbox_file_is_salvaged_and_the_rest_named(
    damage: str, office: BackofficeProcess, tmp_path: Path
) -> None:
    rng = random.Random(f"salvage {damage}")
    with DeliveryRig.create(tmp_path / "terminal", office, extra_sync_toml=FAST_HEARTBEATS) as rig:
        queued = rig.queue(ITEMS, rng)
        DAMAGE[damage](outbox_path(rig.terminal.data_dir), rng)

        report = _deliver_and_check(rig, office, queued)

    assert report.missing, "the damage hit rows: some are named as lost"
    print(f"\n{damage}: {report.salvaged} salvaged, {len(report.missing)} named as lost")


def test_committed_rows_beyond_a_damaged_wal_frame_are_not_dropped(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    rng = random.Random("salvage wal")
    with DeliveryRig.create(tmp_path / "terminal", office, extra_sync_toml=FAST_HEARTBEATS) as rig:
        database = outbox_path(rig.terminal.data_dir)
        frozen = tmp_path / "as-left-by-the-crash"
        with rig.outbox() as outbox:
            queued = rig.queue_into(outbox, ITEMS, rng)
            # The UI dies with the outbox open: every row is still only in the WAL.
            freeze_with_wal(database, frozen)
        restore_frozen(frozen, database)
        wal = Path(f"{database}-wal")
        frames = leaf_frames(wal)
        overwrite(wal, frames[len(frames) // 3] + 100, 3000, rng)
        # SQLite alone would silently drop every transaction after the damaged frame.
        assert _visible_to_sqlite(database, tmp_path / "sqlite-view") < ITEMS

        report = _deliver_and_check(rig, office, queued)

    assert any("-wal" in finding for finding in report.findings)
    print(f"\nWAL: {report.salvaged} salvaged, {len(report.missing)} named as lost")


def test_salvage_keeps_sealed_files_of_lost_rows_and_delivers_documents(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        documents = [rig.queue_document(40_000) for _ in range(3)]
        database = outbox_path(rig.terminal.data_dir)
        with contextlib.closing(sqlite3.connect(database)) as connection:
            (lost_file,) = connection.execute(
                "SELECT path FROM attachments WHERE submission_id = ?",
                (str(documents[0].submission_id),),
            ).fetchone()
        Path(lost_file).unlink()  # one document's sealed file is gone
        overwrite(database, 0, 100, random.Random(1))  # and the file header is garbage

        daemon = rig.start_daemon()
        wait_for(lambda: latest_salvage(rig.terminal.data_dir) is not None, "salvaged")
        report = latest_salvage(rig.terminal.data_dir)
        assert report is not None
        assert [item.submission_id for item in report.missing] == [documents[0].submission_id]
        assert "sealed file" in report.missing[0].reason
        rig.wait_until_delivered(documents[1:], daemon=daemon)
        OfficeLedger(office.data_dir).assert_documents_once(rig.device_id, documents[1:])
        assert daemon.stop() == 0
