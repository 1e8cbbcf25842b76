"""Received documents in the console: newest first, a first-page preview, the PDF, and when
each reached the e-file (or why not yet). Once the retention rule has removed the backoffice's
copy, the pages say so instead of offering a preview or download that could only fail."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.attachments import open_attachment
from backoffice.console import formatting
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.previews import cached_preview
from backoffice.console.routes import _see_other, _services, _staff
from backoffice.damage import Damaged, or_damaged, rows_or_damaged
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.types import RecordId
from contract.submissions import FILE_NAME_PATTERN

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console/documents", include_in_schema=False)

LISTING_LIMIT = 200
KIND = "document"
SAFE_FILE_NAME = re.compile(FILE_NAME_PATTERN)


def listing(db: Session) -> list[ReceivedDocument | Damaged]:
    query = select(ReceivedDocument).order_by(ReceivedDocument.received_at.desc())
    return rows_or_damaged(db, query.limit(LISTING_LIMIT), ReceivedDocument, KIND)


def _find(request: Request, document_id: RecordId) -> tuple[ReceivedDocument, Path] | None:
    services = _services(request)
    with services.office.sessions() as db:
        row = or_damaged(KIND, document_id, lambda: db.get(ReceivedDocument, document_id))
    if row is None or isinstance(row, Damaged) or row.copy_removed_at is not None:
        return None
    try:
        path = open_attachment(
            services.office.data_dir, row.device_id, row.submission_id, row.attachment_id
        )
    except FileNotFoundError:
        return None
    return row, path


@router.get("")
def documents_page(request: Request) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    services = _services(request)
    now = services.office.clock.now()
    with services.office.sessions() as db:
        documents = listing(db)
    today = formatting.office_today(now)
    rows = services.pages.rows("_document_row.html", documents, KIND, 7, today=today)
    return services.pages.render(
        request,
        "documents.html",
        {
            "staff": current[1],
            "csrf_token": current[0].csrf_token,
            "documents": documents,
            "rows": rows,
            "today": today,
            "now": now,
            "section": "documents",
        },
    )


@router.get("/{document_id}")
def document_page(request: Request, document_id: RecordId) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    services = _services(request)
    now = services.office.clock.now()
    with services.office.sessions() as db:
        document = or_damaged(KIND, document_id, lambda: db.get(ReceivedDocument, document_id))
    if document is None:
        return services.pages.render(
            request, "document_not_found.html", {"staff": current[1], "section": "documents"}, 404
        )
    values: dict[str, Any] = {
        "staff": current[1],
        "csrf_token": current[0].csrf_token,
        "document": document,
        "today": formatting.office_today(now),
        "section": "documents",
        "back": "/console/documents",
    }
    if not isinstance(document, Damaged):
        values["copy_removal_due"] = _copy_removal_due(request, document)
    return services.pages.render_or_damaged(request, "document.html", values, KIND, document_id)


def _copy_removal_due(request: Request, document: ReceivedDocument) -> dt.datetime | None:
    """When the retention rule will remove the copy; none while the e-file lacks it."""
    if document.efile_delivered_at is None or document.copy_removed_at is not None:
        return None
    keep_days = _services(request).office.settings.efile_keep_after_handover_days
    return document.efile_delivered_at + dt.timedelta(days=keep_days)


@router.get("/{document_id}/preview.png")
def preview(request: Request, document_id: RecordId) -> Response:
    if _staff(request) is None:
        return Response(status_code=401)
    found = _find(request, document_id)
    if found is None:
        return Response(status_code=404)
    try:
        png = cached_preview(found[1])
    except FileNotFoundError:  # removed by the retention rule a moment ago
        return Response(status_code=404)
    return Response(png, media_type="image/png", headers=SECURITY_HEADERS)


@router.get("/{document_id}/file")
def download(request: Request, document_id: RecordId) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    found = _find(request, document_id)
    if found is None:
        return Response(status_code=404)
    row, path = found
    log.info("staff #%d downloaded document %d", current[1].id, document_id)
    # The name went through the contract's pattern; an older row's may not have.
    name = row.file_name if SAFE_FILE_NAME.match(row.file_name) else f"dokument-{row.id}.pdf"
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'}
    # Streamed from disk: a document of hundreds of MB never sits in memory.
    return FileResponse(path, media_type="application/pdf", headers=headers)
