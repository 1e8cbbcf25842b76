"""Admin mode names the kind of outbox problem in words (the exact lines go behind Details)."""

from __future__ import annotations

import datetime as dt

from kiosk.admin.report import _problem_words
from sync.outbox_reader import OutboxReading, empty_summary
from sync.salvage_report import LostSubmission, SalvageReport


def _salvage(lost: int) -> SalvageReport:
    return SalvageReport(
        at=dt.datetime(2026, 12, 7, 10, tzinfo=dt.UTC),
        damaged_copy="/var/lib/buergerterminal/outbox.damaged-1",
        findings=["page 3: btree"],
        salvaged=200,
        salvaged_undelivered=12,
        damaged=[],
        lost=[LostSubmission(submission_id=None, reference_code="K7Q-2MX", reason="row unreadable")]
        * lost,
        unassigned_files=0,
        unreadable_cells=0,
    )


def test_each_kind_of_problem_has_its_own_words() -> None:
    summary = empty_summary()
    unwritable = OutboxReading(summary, ["data folder ... read-only"], folder_unwritable=True)
    assert "data folder cannot be written" in _problem_words(unwritable)
    assert "cannot be read" in _problem_words(OutboxReading(None, ["outbox cannot be read"]))
    damaged = OutboxReading(summary, ["outbox damaged (...)"], damaged=True)
    assert "repairs it when it starts" in _problem_words(damaged)
    salvaged = OutboxReading(summary, ["outbox damaged, salvaged"], _salvage(2))
    assert _problem_words(salvaged) == "repaired after damage; 2 submission(s) lost (see Details)"
