"""The receipt book: one small file per undelivered submission, apart from the outbox database.

When the outbox database is damaged, the rows on its broken pages are gone, and nothing in
the database can say which they were. Each submission therefore also leaves a file under
``<data_dir>/receipts/`` before its row commits (id, kind, reference code, time: what the
citizen's receipt shows, never what they entered), removed once the backoffice has given its
receipt. After a salvage, a receipt without a salvaged row names a submission that was lost:
IT can tell the office which reference codes to expect no more.

A crash between file and row leaves a file without a row; :meth:`ReceiptBook.tidy` removes
those (and those of delivered rows) on a sound outbox, after a grace period.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from contract.submissions import SubmissionKind
from durable.files import remove_files, write_file_atomically

log = logging.getLogger(__name__)

RECEIPTS_DIR_NAME = "receipts"
_SUFFIX = ".json"


class Receipt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    submission_id: uuid.UUID
    kind: SubmissionKind
    reference_code: str
    created_at: AwareDatetime


class ReceiptBook:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, outbox_file: Path) -> ReceiptBook:
        return cls(outbox_file.parent / RECEIPTS_DIR_NAME)

    def _path(self, submission_id: uuid.UUID) -> Path:
        return self.folder / f"{submission_id}{_SUFFIX}"

    def write(self, receipt: Receipt) -> None:
        """Durably, before the submission's row commits."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_file_atomically(
            self._path(receipt.submission_id), receipt.model_dump_json().encode("utf-8")
        )

    def remove(self, submission_ids: Iterable[uuid.UUID]) -> None:
        remove_files(self.folder, (self._path(sid) for sid in submission_ids))

    def all(self) -> list[Receipt]:
        """Every receipt that can be read; an unreadable one is logged and left alone."""
        if not self.folder.is_dir():
            return []
        found = []
        for entry in os.scandir(self.folder):
            if not entry.name.endswith(_SUFFIX):
                continue
            try:
                found.append(Receipt.model_validate_json(Path(entry.path).read_bytes()))
            except (OSError, ValidationError):
                log.warning("receipt file %s is unreadable", entry.name)
        return sorted(found, key=lambda receipt: receipt.created_at)

    def tidy(self, undelivered: set[uuid.UUID], now: dt.datetime, grace: dt.timedelta) -> int:
        """Remove receipts of submissions not undelivered any more (delivered, or never
        committed), older than ``grace`` (the UI may be committing one right now)."""
        stale = []
        for receipt in self.all():
            if receipt.submission_id in undelivered:
                continue
            with contextlib.suppress(FileNotFoundError):
                modified = self._path(receipt.submission_id).stat().st_mtime
                if now - dt.datetime.fromtimestamp(modified, dt.UTC) >= grace:
                    stale.append(receipt.submission_id)
        self.remove(stale)
        return len(stale)
