"""SIGKILL ``kiosk sync`` at random points of its deliveries: nothing lost, nothing twice.

Each cycle queues one to three callback requests (and, every other cycle or so, a scanned
document uploaded with tus in 16 KiB chunks), starts a real ``kiosk sync`` process, and
kills it with SIGKILL at a random moment after it first reaches the (slow) link. At the end a
last daemon drains the queue; the backoffice's own database must then hold every acknowledged
submission exactly once, with the very ciphertext the terminal queued.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig
from tests.helpers.reliability_soak import run_kill_cycles


def test_killed_daemons_lose_nothing_and_duplicate_nothing(
    office: BackofficeProcess, tmp_path: Path, kill_cycles: int
) -> None:
    rng = random.Random(20261122)
    ledger = OfficeLedger(office.data_dir)
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        report = run_kill_cycles(rig, ledger, kill_cycles, rng)

        ledger.assert_exactly_once(rig.device_id, report.queued_items)
        ledger.assert_documents_once(rig.device_id, report.queued_documents)
        assert rig.terminal.status()["outbox"]["queued"]["items"] == 0
    assert report.cycles == kill_cycles
    print(
        f"\n{report.cycles} kills, {report.queued} callbacks, "
        f"{len(report.queued_documents)} documents, "
        f"{report.after_first_byte} kills after bytes were on the wire, "
        f"{len(report.answer_lost)} stored-but-unacknowledged (replayed), "
        f"drain {report.drain_seconds:.1f} s"
    )
