"""Kill cycles: SIGKILL ``kiosk sync`` at random points of its deliveries, again and again.

Shared by ``tests/reliability/test_kill_daemon.py`` (a short run in CI) and
``tests/bench/bench_delivery.py`` (hundreds of cycles). After every kill the terminal's own
records are checked against the office's: a row the terminal marked delivered must be stored at
the office (a receipt is never invented). At the end a last daemon drains the queue and the
caller checks exactly-once with :class:`OfficeLedger`.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from dataclasses import dataclass, field

from sync.outbox import SubmissionState
from tests.helpers.reliability_ledger import OfficeLedger, QueuedDocument, QueuedSubmission
from tests.helpers.reliability_rig import DeliveryRig

# Up to this long after the daemon's first connection: with the throttled link that spans
# the envelopes and a document's chunks, so kills land before, inside and after requests.
KILL_WINDOW_SECONDS = 1.2
# A slow link makes each request last long enough for a kill to land inside it.
LINK_BYTES_PER_SECOND = 100_000
# Documents of about this size: several tus chunks of SyncTimings.chunk_bytes each.
DOCUMENT_BYTES = 90_000


@dataclass
class KillReport:
    cycles: int = 0
    queued: int = 0
    # Kills after the office stored a submission but before the terminal recorded the receipt:
    # the replay path (the next daemon must get the stored answer, not a second record).
    answer_lost: set[uuid.UUID] = field(default_factory=set)
    # Kills that came after the daemon had sent bytes in that cycle (the rest hit it while it
    # was connecting or reading the outbox).
    after_first_byte: int = 0
    drain_seconds: float = 0.0
    queued_items: list[QueuedSubmission] = field(default_factory=list)
    queued_documents: list[QueuedDocument] = field(default_factory=list)


def _terminal_view(rig: DeliveryRig) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    with rig.outbox() as outbox:
        queued = {item.submission_id for item in outbox.queued()}
    database = rig.terminal.data_dir / "outbox.sqlite3"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT submission_id FROM submissions WHERE state = ?",
            (SubmissionState.DELIVERED.value,),
        ).fetchall()
    finally:
        connection.close()
    return queued, {uuid.UUID(row[0]) for row in rows}


def _wait_for_first_connection(rig: DeliveryRig, before: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while rig.proxy.stats.connections == before and time.monotonic() < deadline:
        time.sleep(0.01)


def run_kill_cycles(
    rig: DeliveryRig,
    ledger: OfficeLedger,
    cycles: int,
    rng: random.Random,
    *,
    with_documents: bool = True,
) -> KillReport:
    report = KillReport()
    rig.proxy.throttle(LINK_BYTES_PER_SECOND)
    for _ in range(cycles):
        report.queued_items += rig.queue(rng.randint(1, 3), rng)
        if with_documents and rng.random() < 0.5:
            report.queued_documents.append(rig.queue_document(DOCUMENT_BYTES))
        connections = rig.proxy.stats.connections
        sent_before = rig.proxy.stats.client_bytes
        daemon = rig.start_daemon()
        _wait_for_first_connection(rig, connections, timeout=60)
        time.sleep(rng.uniform(0, KILL_WINDOW_SECONDS))
        on_wire = rig.proxy.stats.client_bytes != sent_before
        assert daemon.alive(), f"kiosk sync exited by itself:\n{daemon.log_text()}"
        daemon.kill()
        report.cycles += 1
        still_queued, delivered = _terminal_view(rig)
        stored = {entry.submission_id for entry in ledger.callbacks_from(rig.device_id)}
        stored |= {row[0] for row in ledger.documents_from(rig.device_id)}
        invented = delivered - stored
        assert not invented, f"{len(invented)} receipt(s) recorded for nothing the office has"
        report.answer_lost |= still_queued & stored
        report.after_first_byte += int(on_wire)
    report.queued = len(report.queued_items)
    rig.proxy.throttle(None)
    daemon = rig.start_daemon()
    report.drain_seconds = rig.wait_until_delivered(
        [*report.queued_items, *report.queued_documents], timeout=180, daemon=daemon
    )
    assert daemon.stop() == 0
    return report
