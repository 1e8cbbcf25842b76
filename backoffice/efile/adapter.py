"""The interface to an e-file system. Adapters raise :class:`EfileError` for a failed hand-over;
the dispatcher retries later."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class EfileError(Exception):
    """The e-file did not take the document this time. ``str()`` is for IT (no personal data)."""


@dataclass(frozen=True)
class EfileDocument:
    message_id: uuid.UUID  # stable per document: a retry sends the same message again
    created_at: dt.datetime
    sender_terminal_id: str
    sender_terminal_name: str
    office_name: str
    reference_code: str
    bg_number: str | None
    document_type_id: str
    document_type_label: str
    file_name: str
    sha256: str
    size: int
    page_count: int
    scanned_at: dt.datetime
    pdf: Path  # the verified plaintext PDF/A


class EfileAdapter(Protocol):
    def deliver(self, document: EfileDocument) -> str:
        """Hands the document over durably; returns where it went (for staff and IT)."""
        ...
