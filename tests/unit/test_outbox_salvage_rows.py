"""Salvage steps that a power cut can interrupt, and who may salvage when."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from contract.submissions import SubmissionKind
from sync.outbox import Outbox, outbox_path
from sync.outbox_check import check_when_starting, make_outbox_sound
from sync.outbox_files import database_files
from sync.reference import new_reference_code
from sync.salvage_report import damaged_folder, latest_salvage
from sync.submit import submit
from tests.helpers.fake_device import callback_request, fake_device
from tests.helpers.outbox_damage import middle_leaf_page, zero_page

NOW = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)


def _queue(data_dir: Path, count: int) -> set[str]:
    device, _ = fake_device()
    with Outbox(outbox_path(data_dir)) as outbox:
        ids = [
            submit(
                outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
            for _ in range(count)
        ]
    return {str(submission_id) for submission_id in ids}


def _kept(data_dir: Path) -> set[str]:
    with Outbox(outbox_path(data_dir)) as outbox:
        return {str(entry.submission_id) for entry in outbox.waiting()}


def _interrupt_after_moving(data_dir: Path) -> Path:
    """As if the power went right after the damaged files were moved aside."""
    part = damaged_folder(data_dir) / "20261207T095959Z" / "part-1"
    part.mkdir(parents=True)
    for path in database_files(outbox_path(data_dir)):
        if path.exists():
            os.replace(path, part / path.name)
    return part


def test_an_interrupted_salvage_goes_on_and_keeps_what_was_queued_meanwhile(
    tmp_path: Path,
) -> None:
    before = _queue(tmp_path, 60)
    zero_page(outbox_path(tmp_path), middle_leaf_page(outbox_path(tmp_path)))
    _interrupt_after_moving(tmp_path)
    # The UI stored two more before anyone salvaged: in a new, empty outbox.
    meanwhile = _queue(tmp_path, 2)

    report = make_outbox_sound(tmp_path, NOW, wait_seconds=1)

    assert report is not None
    assert report.findings == ["an earlier salvage was interrupted"]
    kept = _kept(tmp_path)
    lost = {str(item.submission_id) for item in report.missing}
    assert meanwhile <= kept, "nothing stored after the power cut is lost"
    assert kept | lost == before | meanwhile and not kept & lost
    assert make_outbox_sound(tmp_path, NOW, wait_seconds=1) is None, "finished: sound now"
    assert latest_salvage(tmp_path) == report


def test_the_ui_salvages_at_start_unless_the_delivery_daemon_has_the_outbox(
    tmp_path: Path,
) -> None:
    queued = _queue(tmp_path, 40)
    database = outbox_path(tmp_path)
    with database.open("r+b") as stream:  # a few KB of garbage in the middle
        stream.seek(database.stat().st_size // 2)
        stream.write(random.Random(3).randbytes(3000))

    with Outbox(database):  # the daemon has it open (it checked it when it started)
        check_when_starting(tmp_path, NOW)
        assert latest_salvage(tmp_path) is None
    check_when_starting(tmp_path, NOW)
    report = latest_salvage(tmp_path)
    assert report is not None
    assert _kept(tmp_path) | {str(item.submission_id) for item in report.missing} == queued
