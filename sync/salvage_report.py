"""What a salvage of a damaged outbox found, kept beside the damaged copy for IT.

``<data_dir>/damaged/<time>/report.json``. It stays until IT removes that folder (after
copying it elsewhere if the office wants to look into it): until then ``kiosk status``, the
heartbeat and the fleet page say the outbox was damaged and what was lost. Nothing here is
personal data: ids, reference codes, kinds, times, counts.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from durable.files import write_file_atomically

log = logging.getLogger(__name__)

DAMAGED_DIR_NAME = "damaged"
REPORT_FILE_NAME = "report.json"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LostSubmission(_Record):
    """A submission the salvage could not bring back whole."""

    submission_id: uuid.UUID | None
    reference_code: str | None = None
    kind: str | None = None
    created_at: AwareDatetime | None = None
    reason: str


class SalvageReport(_Record):
    at: AwareDatetime
    # The damaged files, moved here, never deleted.
    damaged_copy: str
    # What the integrity check found.
    findings: list[str]
    # Submissions now in the fresh outbox: all, and of them still to deliver.
    salvaged: int
    salvaged_undelivered: int
    # Read but unusable (payload or file damaged), and gone altogether (known from receipts).
    damaged: list[LostSubmission]
    lost: list[LostSubmission]
    # Sealed files no salvaged row refers to; moved into the damaged copy.
    unassigned_files: int
    # Cells on the damaged pages that did not decode at all.
    unreadable_cells: int

    @property
    def missing(self) -> list[LostSubmission]:
        return [*self.damaged, *self.lost]

    def one_line(self) -> str:
        """For the heartbeat and the fleet page (at most 200 characters)."""
        missing = self.missing
        text = (
            f"outbox damaged, salvaged {self.at:%Y-%m-%d %H:%M} UTC: {self.salvaged_undelivered} "
            f"to deliver kept, {len(missing)} lost"
        )
        if missing:
            codes = ", ".join(item.reference_code or "?" for item in missing[:8])
            text += f" ({codes}{', ...' if len(missing) > 8 else ''})"
        return text[:200]


def write_report(folder: Path, report: SalvageReport, name: str = REPORT_FILE_NAME) -> Path:
    path = folder / name
    write_file_atomically(path, report.model_dump_json(indent=2).encode("utf-8"))
    return path


def read_report(path: Path) -> SalvageReport | None:
    try:
        return SalvageReport.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValidationError):
        log.warning("%s is unreadable", path)
        return None


def damaged_folder(data_dir: Path) -> Path:
    return data_dir / DAMAGED_DIR_NAME


def latest_salvage(data_dir: Path) -> SalvageReport | None:
    """The newest finished salvage whose damaged copy is still there, if any."""
    folder = damaged_folder(data_dir)
    if not folder.is_dir():
        return None
    reports = sorted(folder.glob(f"*/{REPORT_FILE_NAME}"), reverse=True)
    for path in reports:
        report = read_report(path)
        if report is not None:
            return report
    return None


def folder_stamp(moment: dt.datetime) -> str:
    """A folder name that sorts by time: 20261207T101502Z."""
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
