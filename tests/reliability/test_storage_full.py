"""A full disk or a full queue quota: no false "saved", a clear message, earlier items intact.

The disk case uses a real small file system (a tmpfs of 640 KiB mounted on the terminal's data
folder), so SQLite and the blob store meet a real ENOSPC; mounting needs root, so it is skipped
otherwise. The quota case uses ``[sync] queue_quota_bytes`` from the terminal's config file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.schema import SyncSettings
from contract.submissions import SubmissionKind, SubmissionReceipt
from kiosk.journeys.callback.outbox_submitter import OutboxSubmitter
from kiosk.journeys.callback.submission import CallbackSubmitError, SubmitFailure
from kiosk.journeys.callback.texts import submit_failure_text
from sync.delivery import Courier
from sync.device import load_device
from sync.office_link import OfficeLink
from sync.outbox import Outbox, OutboxFullError, SubmissionState, outbox_path
from sync.outbox_attachments import AttachmentState
from sync.quota import StorageQuota
from sync.reference import new_reference_code
from sync.submit import SubmitError, SubmitReason, submit
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_backoffice import FakeBackoffice, header
from tests.helpers.fake_clock import FakeClock
from tests.helpers.fake_device import callback_request, fake_device
from tests.helpers.reliability_documents import document_submission, marker_pdf
from tests.helpers.reliability_ledger import OfficeLedger, QueuedSubmission
from tests.helpers.reliability_rig import DeliveryRig

TMPFS_BYTES = 640 * 1024
QUOTA_BYTES = 1024 * 1024  # the smallest quota the settings allow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = tmp_path / "terminal" / "data"
    mount_point.mkdir(parents=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES},mode=0700", "tmpfs", str(mount_point)],
        check=True,
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(
    rig: DeliveryRig, outbox: Outbox, limit: int = 2000
) -> tuple[list[QueuedSubmission], SubmitError]:
    """Queues callbacks until the terminal refuses one; returns those it accepted."""
    accepted: list[QueuedSubmission] = []
    for _ in range(limit):
        try:
            accepted += rig.queue_into(outbox, 1)
        except SubmitError as refused:
            return accepted, refused
    raise AssertionError(f"{limit} submissions fitted: the limit never applied")


def fill_disk(folder: Path) -> Path:
    """Something else (logs, a core dump) takes every free byte of the file system."""
    filler = folder / "filler.log"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 4096)
                stream.flush()
        except OSError:
            pass
    return filler


def rows(data_dir: Path) -> int:
    with Outbox(outbox_path(data_dir)) as outbox:
        return len(outbox.queued())


def queue_then_fill_the_disk(rig: DeliveryRig, data_dir: Path) -> list[QueuedSubmission]:
    """Five callbacks queued, then the disk fills up; checks no new submission is "saved"."""
    # No floor of free space: SQLite and the blob store must meet the real ENOSPC.
    quota = StorageQuota(queue_bytes=10 * TMPFS_BYTES, min_free_disk_bytes=0)
    with Outbox(outbox_path(data_dir), quota=quota) as outbox:
        accepted = rig.queue_into(outbox, 5)
        fill_disk(data_dir)
        with pytest.raises(SubmitError) as refused:
            rig.queue_into(outbox, 1)
        assert refused.value.reason is SubmitReason.STORAGE_FULL
        payload, attachment = document_submission(marker_pdf(padding_bytes=64 * 1024))
        with pytest.raises(SubmitError) as too_big:
            submit(
                outbox,
                load_device(data_dir),
                SubmissionKind.DOCUMENT,
                payload,
                new_reference_code(),
                attachments=[attachment],
            )
        assert too_big.value.reason is SubmitReason.STORAGE_FULL
    # What the citizen is told, through the UI's own submit step.
    submitter = OutboxSubmitter(data_dir)
    try:
        with pytest.raises(CallbackSubmitError) as shown:
            submitter(callback_request())
    finally:
        submitter.close()
    assert shown.value.reason is SubmitFailure.STORAGE_FULL
    assert "could not be saved" in submit_failure_text(shown.value.reason, "+49 5121 969-0")
    # Nothing half-stored; the earlier items are all there.
    assert not [p for p in (data_dir / "blobs").glob("*") if p.is_file()]
    return accepted


def test_full_disk_refuses_new_submissions_and_keeps_the_earlier_ones(
    office: BackofficeProcess, tmp_path: Path, small_disk: Path
) -> None:
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        assert rig.terminal.data_dir == small_disk
        accepted = queue_then_fill_the_disk(rig, small_disk)
        (small_disk / "filler.log").unlink()  # IT clears the logs
        assert rows(small_disk) == len(accepted)

        daemon = rig.start_daemon()
        rig.wait_until_delivered(accepted, timeout=60)
        assert daemon.stop() == 0, daemon.log_text()
        OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, accepted)


def test_the_daemon_delivers_while_the_disk_is_full(
    office: BackofficeProcess, tmp_path: Path, small_disk: Path
) -> None:
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        accepted = queue_then_fill_the_disk(rig, small_disk)
        daemon = rig.start_daemon()
        rig.wait_until_delivered(accepted, timeout=60, daemon=daemon)
        assert daemon.stop() == 0, daemon.log_text()
        OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, accepted)


def test_queue_quota_refuses_new_submissions_and_keeps_the_earlier_ones(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    extra = f"queue_quota_bytes = {QUOTA_BYTES}\nmin_free_disk_bytes = 0\n"
    with DeliveryRig.create(tmp_path / "terminal", office, extra_sync_toml=extra) as rig:
        quota = StorageQuota.from_settings(rig.terminal.settings().sync)
        with Outbox(outbox_path(rig.terminal.data_dir), quota=quota) as outbox:
            accepted, refused = fill(rig, outbox)
        assert refused.reason is SubmitReason.STORAGE_FULL
        assert "quota" in str(refused)
        assert rows(rig.terminal.data_dir) == len(accepted)

        daemon = rig.start_daemon()
        rig.wait_until_delivered(accepted, timeout=120)
        assert daemon.stop() == 0
        OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, accepted)
        # Delivered items free their room: the terminal takes submissions again.
        with Outbox(outbox_path(rig.terminal.data_dir), quota=quota) as outbox:
            assert rig.queue_into(outbox, 1)


def _receipt(outbox: Outbox, submission_id: uuid.UUID) -> SubmissionReceipt:
    item = outbox.get(submission_id)
    assert item is not None
    return SubmissionReceipt(
        submission_id=submission_id,
        reference_code=item.reference_code,
        received_at=dt.datetime.now(dt.UTC),
    )


def test_receipts_are_recorded_from_the_space_reserve_on_a_full_disk(small_disk: Path) -> None:
    device, _ = fake_device()
    quota = StorageQuota(queue_bytes=10 * TMPFS_BYTES, min_free_disk_bytes=0)
    with Outbox(outbox_path(small_disk), quota=quota) as outbox:
        ids = [
            submit(
                outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
            for _ in range(5)
        ]
        assert outbox.reserve.held() and outbox.summary().current_error is None
        filler = fill_disk(small_disk)

        # The first receipt takes the reserve (and checkpoints the WAL, so its frames are used
        # again): every receipt is recorded although nothing else fits on the disk.
        for submission_id in ids:
            outbox.mark_delivered(
                submission_id, _receipt(outbox, submission_id), dt.datetime.now(dt.UTC)
            )
        assert outbox.queued() == []
        # IT sees why in kiosk status and the heartbeat (which both read the summary).
        assert not outbox.reserve.held()
        assert (outbox.summary().current_error or "").startswith("storage full")

        filler.unlink()  # IT clears the logs: the reserve is taken again
        assert outbox.reserve.ensure() and outbox.summary().current_error is None


def test_a_delivered_documents_file_goes_even_when_its_receipt_does_not_fit(
    small_disk: Path,
) -> None:
    device, _ = fake_device()
    quota = StorageQuota(queue_bytes=10 * TMPFS_BYTES, min_free_disk_bytes=0)
    # No reserve: the receipt does not fit at all.
    with Outbox(outbox_path(small_disk), quota=quota, reserve_bytes=0) as outbox:
        payload, attachment = document_submission(marker_pdf(padding_bytes=48 * 1024))
        document = submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[attachment],
        )
        (stored,) = outbox.attachments.of(document)
        assert stored.path is not None and stored.path.exists()
        # The courier's tus upload finished and was recorded before the disk filled up.
        outbox.attachments.save_upload_path(document, stored.attachment_id, "/api/v1/uploads/1")
        outbox.attachments.mark_uploaded(document, stored.attachment_id, dt.datetime.now(dt.UTC))
        filler = fill_disk(small_disk)

        with pytest.raises(OutboxFullError, match="disk full"):
            outbox.mark_delivered(document, _receipt(outbox, document), dt.datetime.now(dt.UTC))
        # The office has it: the sealed file goes, which frees room; the row waits for a
        # re-send that needs only the finished upload's path.
        assert not stored.path.exists()
        (waiting,) = outbox.attachments.of(document)
        assert (waiting.state, waiting.upload_path) == (
            AttachmentState.UPLOADED,
            "/api/v1/uploads/1",
        )

        filler.unlink()
        outbox.mark_delivered(document, _receipt(outbox, document), dt.datetime.now(dt.UTC))
        assert outbox.queued() == []


def test_the_courier_outlasts_a_full_disk_and_delivers_once_there_is_room(
    small_disk: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = SyncSettings(backoff_base_seconds=2.0, backoff_cap_seconds=60.0)
    quota = StorageQuota(queue_bytes=10 * TMPFS_BYTES, min_free_disk_bytes=0)
    with (
        FakeBackoffice() as office,
        # No reserve: the first receipt already does not fit.
        Outbox(outbox_path(small_disk), quota=quota, reserve_bytes=0) as outbox,
    ):
        device, _ = fake_device(office.url, office.private_key)
        ids = [
            submit(
                outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
            for _ in range(3)
        ]
        filler = fill_disk(small_disk)
        link = OfficeLink(office.url, settings)
        clock = FakeClock()
        courier = Courier(
            outbox,
            device,
            settings,
            link,
            clock=clock,
            monotonic=clock.monotonic,
            random=lambda: 0.5,
        )
        with caplog.at_level(logging.INFO, logger="sync.delivery"):
            for _ in range(3):
                counts = courier.run_once()  # no exception: the daemon would live on
                assert (counts.delivered, counts.retrying, counts.not_tried) == (0, 1, 2)
            errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
            assert len(errors) == 1, errors  # one line for IT, not one per attempt
            assert "outbox cannot record delivery results" in errors[0]
            assert "free disk space" in errors[0]
            assert all(item.state is SubmissionState.QUEUED for item in outbox.queued())

            filler.unlink()
            assert courier.run_once().delivered == 3
        assert outbox.queued() == []
        assert "records delivery results again" in caplog.text
    # The same item was sent again while its receipt could not be recorded, with one key.
    keys = [header(r, "Idempotency-Key") for r in office.submission_requests()]
    assert len(keys) == 3 + 3
    assert set(keys) == {str(i) for i in ids}
