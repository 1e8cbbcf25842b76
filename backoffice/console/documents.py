"""Received documents in the console: newest first, a first-page preview, the PDF, and when
each reached the e-file (or why not yet). Once the retention rule has removed the backoffice's
copy, the pages say so instead of offering a preview or download that could only fail."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

import pikepdf
from fastapi import APIRouter, Request
from fastapi.responses import Response
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.attachments import open_attachment
from backoffice.console import formatting
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.routes import _see_other, _services, _staff
from backoffice.storage.document_models import ReceivedDocument

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console/documents", include_in_schema=False)

LISTING_LIMIT = 200
PREVIEW_WIDTH = 240


def listing(db: Session) -> list[ReceivedDocument]:
    query = select(ReceivedDocument).order_by(ReceivedDocument.received_at.desc())
    return list(db.scalars(query.limit(LISTING_LIMIT)))


def first_page_preview(pdf: Path, width: int = PREVIEW_WIDTH) -> bytes:
    """The first page's scan as a small PNG: the page is one embedded image (our own PDF/A),
    so decoding that image is enough; no PDF renderer needed."""
    with pikepdf.open(pdf) as document:
        images = [i for i in document.pages[0].images.values() if isinstance(i, pikepdf.Stream)]
        if not images:
            raise ValueError("first page has no image")
        picture = pikepdf.PdfImage(images[0]).as_pil_image()
    picture = picture.convert("L" if picture.mode in ("1", "L") else "RGB")
    picture.thumbnail((width, width * 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _find(request: Request, document_id: int) -> tuple[ReceivedDocument, Path] | None:
    services = _services(request)
    with services.office.sessions() as db:
        row = db.get(ReceivedDocument, document_id)
    if row is None or row.copy_removed_at is not None:
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
    return services.pages.render(
        request,
        "documents.html",
        {
            "staff": current[1],
            "csrf_token": current[0].csrf_token,
            "documents": documents,
            "today": formatting.office_today(now),
            "now": now,
            "section": "documents",
        },
    )


@router.get("/{document_id}")
def document_page(request: Request, document_id: int) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    services = _services(request)
    now = services.office.clock.now()
    with services.office.sessions() as db:
        document = db.get(ReceivedDocument, document_id)
    if document is None:
        return services.pages.render(
            request, "document_not_found.html", {"staff": current[1], "section": "documents"}, 404
        )
    return services.pages.render(
        request,
        "document.html",
        {
            "staff": current[1],
            "csrf_token": current[0].csrf_token,
            "document": document,
            "copy_removal_due": _copy_removal_due(request, document),
            "today": formatting.office_today(now),
            "section": "documents",
        },
    )


def _copy_removal_due(request: Request, document: ReceivedDocument) -> dt.datetime | None:
    """When the retention rule will remove the copy; none while the e-file lacks it."""
    if document.efile_delivered_at is None or document.copy_removed_at is not None:
        return None
    keep_days = _services(request).office.settings.efile_keep_after_handover_days
    return document.efile_delivered_at + dt.timedelta(days=keep_days)


@router.get("/{document_id}/preview.png")
def preview(request: Request, document_id: int) -> Response:
    if _staff(request) is None:
        return Response(status_code=401)
    found = _find(request, document_id)
    if found is None:
        return Response(status_code=404)
    try:
        png = first_page_preview(found[1])
    except (pikepdf.PdfError, ValueError, OSError) as exc:
        log.warning("no preview for document %d: %s", document_id, type(exc).__name__)
        return Response(status_code=404)
    return Response(png, media_type="image/png", headers=SECURITY_HEADERS)


@router.get("/{document_id}/file")
def download(request: Request, document_id: int) -> Response:
    current = _staff(request)
    if current is None:
        return _see_other("/console/login")
    found = _find(request, document_id)
    if found is None:
        return Response(status_code=404)
    row, path = found
    try:
        data = path.read_bytes()
    except FileNotFoundError:  # removed by the retention rule a moment ago
        return Response(status_code=404)
    log.info("staff #%d downloaded document %d", current[1].id, document_id)
    headers = {
        **SECURITY_HEADERS,
        "Content-Disposition": f'attachment; filename="{row.file_name}"',
    }
    return Response(data, media_type="application/pdf", headers=headers)
