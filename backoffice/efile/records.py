"""Rows for a stored document submission: one :class:`ReceivedDocument` per file."""

from __future__ import annotations

import datetime as dt

from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import Submission
from contract.submissions import DocumentSubmissionPayload


def document_records(
    submission: Submission, payload: DocumentSubmissionPayload, now: dt.datetime
) -> list[ReceivedDocument]:
    scanned_at = payload.scanned_at
    if scanned_at.tzinfo is None:
        scanned_at = scanned_at.replace(tzinfo=dt.UTC)
    return [
        ReceivedDocument(
            submission_pk=submission.id,
            device_id=submission.device_id,
            submission_id=submission.submission_id,
            attachment_id=file.attachment_id,
            reference_code=submission.reference_code,
            document_type_id=payload.document_type_id,
            document_type_label=payload.document_type_label,
            bg_number=payload.bg_number,
            file_name=file.file_name,
            sha256=file.sha256,
            size=file.size,
            page_count=payload.page_count,
            language=payload.language,
            scanned_at=scanned_at,
            received_at=now,
            efile_location="",
            efile_attempts=0,
            efile_last_error="",
            efile_next_attempt_at=now,
        )
        for file in payload.files
    ]
