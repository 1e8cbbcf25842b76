"""submit(): sealed before it touches the disk, durable before it returns, or a clear error."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract.sealing import unseal
from contract.submissions import CallbackRequestPayload, SubmissionKind
from sync.outbox import Outbox, SubmissionState, outbox_path
from sync.reference import new_reference_code
from sync.submit import SubmitError, SubmitReason, submit
from tests.helpers.fake_device import (
    MARKER_NAME,
    MARKER_NOTE,
    MARKER_PHONE,
    callback_request,
    fake_device,
)

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path.name}: {needle!r}" for needle in needles if needle in content]
    return found


def _markers() -> list[bytes]:
    needles = []
    for text in (MARKER_NAME, MARKER_PHONE, MARKER_NOTE, "12345BG1234567"):
        needles += [text.encode("utf-8"), text.encode("utf-16-le")]
    needles.append(MARKER_NAME.split()[0].encode())
    return needles


def test_nothing_readable_stands_on_disk_and_the_backoffice_can_open_it(tmp_path: Path) -> None:
    device, backoffice_key = fake_device()
    payload = callback_request()
    with Outbox(outbox_path(tmp_path)) as outbox:
        submission_id = submit(
            outbox, device, SubmissionKind.CALLBACK, payload, new_reference_code()
        )
        # While the outbox is open the row may live only in the -wal file: search it too.
        assert (tmp_path / "outbox.sqlite3-wal").exists()
        assert _files_containing(tmp_path, _markers()) == []
        item = outbox.get(submission_id)
    assert _files_containing(tmp_path, _markers()) == []
    assert item is not None and item.sealed_payload is not None
    opened = unseal(item.sealed_payload, backoffice_key)
    assert CallbackRequestPayload.model_validate_json(opened) == payload


def test_the_reference_code_is_stored_in_printed_form(tmp_path: Path) -> None:
    device, _ = fake_device()
    code = new_reference_code()
    with Outbox(outbox_path(tmp_path)) as outbox:
        submission_id = submit(
            outbox,
            device,
            SubmissionKind.CALLBACK,
            callback_request(),
            code.replace("-", "").lower(),
            clock=lambda: T0,
        )
        item = outbox.get(submission_id)
    assert item is not None
    assert (item.reference_code, item.created_at) == (code, T0)


def test_an_invalid_reference_code_is_a_programming_error(tmp_path: Path) -> None:
    device, _ = fake_device()
    with Outbox(outbox_path(tmp_path)) as outbox, pytest.raises(ValueError):
        submit(outbox, device, SubmissionKind.CALLBACK, callback_request(), "AAA-AAA")


def test_without_enrollment_nothing_is_stored(tmp_path: Path) -> None:
    with Outbox(outbox_path(tmp_path)) as outbox:
        with pytest.raises(SubmitError) as caught:
            submit(outbox, None, SubmissionKind.CALLBACK, callback_request(), new_reference_code())
        assert outbox.queued() == []
    assert caught.value.reason is SubmitReason.NOT_ENROLLED


def test_a_damaged_backoffice_key_counts_as_not_enrolled(tmp_path: Path) -> None:
    device, _ = fake_device()
    broken = device.model_copy(update={"backoffice_public_key": "bm90IGEga2V5"})
    with Outbox(outbox_path(tmp_path)) as outbox, pytest.raises(SubmitError) as caught:
        submit(outbox, broken, SubmissionKind.CALLBACK, callback_request(), new_reference_code())
    assert caught.value.reason is SubmitReason.NOT_ENROLLED


def _fill_until_refused(outbox: Outbox) -> tuple[int, SubmitError]:
    device, _ = fake_device()
    for stored in range(10_000):
        try:
            submit(
                outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
            )
        except SubmitError as exc:
            return stored, exc
    raise AssertionError("the outbox never filled up")


def test_a_full_outbox_says_storage_full_and_keeps_what_it_had(tmp_path: Path) -> None:
    with Outbox(outbox_path(tmp_path), size_limit_bytes=64 * 1024) as outbox:
        stored, error = _fill_until_refused(outbox)
        queued = outbox.summary().totals[SubmissionState.QUEUED].items
    assert error.reason is SubmitReason.STORAGE_FULL
    assert stored > 5
    # Every submit that returned is there; the refused one left nothing behind.
    assert queued == stored
    assert MARKER_NAME not in str(error)


@contextlib.contextmanager
def _tiny_filesystem(mount_point: Path, size: str) -> Iterator[Path]:
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_a_full_disk_says_storage_full(tmp_path: Path) -> None:
    with (
        _tiny_filesystem(tmp_path / "small", "1m") as data_dir,
        Outbox(outbox_path(data_dir)) as outbox,
    ):
        # Fill the disk as logs or a runaway process would.
        with (data_dir / "filler").open("wb") as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        stored, error = _fill_until_refused(outbox)
        assert error.reason is SubmitReason.STORAGE_FULL
        assert outbox.summary().totals[SubmissionState.QUEUED].items == stored
