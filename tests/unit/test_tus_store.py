"""The backoffice's upload store: offsets, ownership, and the clean-up by age."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from backoffice.tus.store import AppendRefusal, AppendRefusedError, UploadStore
from tests.helpers.backoffice import FixedClock
from tests.helpers.office_database import stored_device


def test_chunks_must_come_at_the_servers_offset(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    store = UploadStore(sessions, tmp_path / "uploads", clock)
    device = stored_device(sessions, clock)
    upload = store.create(device, 10, None)
    assert store.append(device, upload, 0, b"01234") == 5
    with pytest.raises(AppendRefusedError) as stale:
        store.append(device, upload, 0, b"01234")
    assert stale.value.refusal is AppendRefusal.OFFSET_MISMATCH and stale.value.offset == 5
    with pytest.raises(AppendRefusedError) as too_long:
        store.append(device, upload, 5, b"0123456")
    assert too_long.value.refusal is AppendRefusal.TOO_LONG
    assert store.append(device, upload, 5, b"56789") == 10
    status = store.status(device, upload)
    assert status is not None and status.sha256 is not None
    assert store.status(stored_device(sessions, clock), upload) is None  # another terminal's


def test_partial_uploads_are_kept_thirty_days(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = FixedClock()
    store = UploadStore(sessions, tmp_path / "uploads", clock)
    device = stored_device(sessions, clock)
    old = store.create(device, 10, None)
    store.append(device, old, 0, b"01234")
    clock.advance(days=20)
    recent = store.create(device, 10, None)
    clock.advance(days=10, seconds=-1)
    assert store.cleanup(keep_partial_days=1) == 0  # the floor is 30 days, whatever is asked
    clock.advance(seconds=2)
    assert store.cleanup() == 1
    assert store.status(device, old) is None and not store.chunk_folder(old).exists()
    assert store.status(device, recent) is not None and store.chunk_folder(recent).exists()
