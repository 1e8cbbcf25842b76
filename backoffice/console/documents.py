"""Received documents in the console: newest first, a first-page preview, the PDF, and when
each reached the e-file (or why not yet). Once the retention rule has removed the backoffice's
copy, the pages say so instead of offering a preview or download that could only fail."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path
from typing import Any

import pikepdf
from fastapi import APIRouter, Request
from fastapi.responses import Response
from PIL import Image

from backoffice.attachments import open_attachment
from backoffice.console import casework, document_work
from backoffice.console.access import current_staff, log_access, require
from backoffice.console.document_finder import (
    DocumentQuery,
    EfileState,
    document_types,
    find_documents,
)
from backoffice.console.finder import locations
from backoffice.console.pages import SECURITY_HEADERS
from backoffice.console.request_pages import TextField, _id
from backoffice.console.routes import _see_other, _services
from backoffice.console.session import tokens_match
from backoffice.console.signed_in import SignedIn
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import StaffRole
from backoffice.storage.work_models import AccessAction, RecordKind

log = logging.getLogger(__name__)

router = APIRouter(prefix="/console/documents", include_in_schema=False)

PREVIEW_WIDTH = 240


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


def _find(
    request: Request, staff: SignedIn, document_id: int, action: AccessAction
) -> tuple[ReceivedDocument, Path] | None:
    services = _services(request)
    with services.office.sessions() as db, db.begin():
        row = db.get(ReceivedDocument, document_id)
        if row is None or row.copy_removed_at is not None:
            return None
        now = services.office.clock.now()
        log_access(db, staff.user, RecordKind.DOCUMENT, row.id, row.reference_code, action, now)
    try:
        path = open_attachment(
            services.office.data_dir, row.device_id, row.submission_id, row.attachment_id
        )
    except FileNotFoundError:
        return None
    return row, path


@router.get("")
def documents_page(request: Request) -> Response:
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    params = request.query_params
    now = services.office.clock.now()
    query = DocumentQuery(
        text=params.get("q", ""),
        state=EfileState.parse(params.get("state")),
        document_type=params.get("type", "")[:40],
        location=params.get("location", "")[:200],
        language=params.get("language", "")[:10],
    )
    with services.office.sessions() as db:
        shown = find_documents(
            db, query, _id(params.get("after", "")), _id(params.get("before", ""))
        )
        types = document_types(db)
        places = locations(db)
    keep = {
        "q": query.text,
        "state": query.state.value,
        "type": query.document_type,
        "location": query.location,
        "language": query.language,
    }
    return services.pages.render(
        request,
        "documents.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "page": shown,
            "keep": keep,
            "types": types,
            "locations": places,
            "states": list(EfileState),
            "today": _services(request).time.today(now),
            "now": now,
            "section": "documents",
        },
    )


@router.get("/{document_id}")
def document_page(request: Request, document_id: str) -> Response:
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    now = services.office.clock.now()
    number = _id(document_id)
    with services.office.sessions() as db, db.begin():
        document = db.get(ReceivedDocument, number) if number is not None else None
        if document is None:
            return services.pages.render(
                request,
                "document_not_found.html",
                {"staff": staff.user, "section": "documents"},
                404,
            )
        log_access(
            db,
            staff.user,
            RecordKind.DOCUMENT,
            document.id,
            document.reference_code,
            AccessAction.VIEW,
            now,
        )
        history = casework.activities(db, RecordKind.DOCUMENT, document.id)
        claimant = document.claimant
        seen_by = document.seen_by
    return services.pages.render(
        request,
        "document.html",
        {
            "staff": staff.user,
            "csrf_token": staff.csrf_token,
            "document": document,
            "claimant": claimant,
            "seen_by": seen_by,
            "history": history,
            "again": document_work.can_hand_over_again(document),
            "copy_removal_due": _copy_removal_due(request, document),
            "today": _services(request).time.today(now),
            "section": "documents",
        },
    )


def _act(request: Request, document_id: str, csrf_token: str, action: Any) -> Response:
    """Runs ``action(db, document, staff, now)`` in one transaction, then shows the document."""
    staff = require(request, StaffRole.CASEWORKER)
    if isinstance(staff, Response):
        return staff
    services = _services(request)
    if not tokens_match(staff.csrf_token, csrf_token):
        return services.pages.render(
            request, "expired.html", {"staff": staff.user, "csrf_token": staff.csrf_token}, 403
        )
    number = _id(document_id)
    with services.office.sessions() as db, db.begin():
        document = db.get(ReceivedDocument, number) if number is not None else None
        if document is None:
            return Response(status_code=404)
        action(db, document, db.merge(staff.user, load=True), services.office.clock.now())
    return _see_other(f"/console/documents/{number}")


@router.post("/{document_id}/claim")
def claim(request: Request, document_id: str, csrf_token: TextField = "") -> Response:
    return _act(request, document_id, csrf_token, casework.claim)


@router.post("/{document_id}/release")
def release(request: Request, document_id: str, csrf_token: TextField = "") -> Response:
    return _act(request, document_id, csrf_token, casework.release)


@router.post("/{document_id}/take-over")
def take_over(request: Request, document_id: str, csrf_token: TextField = "") -> Response:
    return _act(request, document_id, csrf_token, casework.take_over)


@router.post("/{document_id}/seen")
def seen(request: Request, document_id: str, csrf_token: TextField = "") -> Response:
    return _act(request, document_id, csrf_token, document_work.mark_seen)


@router.post("/{document_id}/hand-over-again")
def hand_over_again(request: Request, document_id: str, csrf_token: TextField = "") -> Response:
    return _act(request, document_id, csrf_token, document_work.hand_over_again)


def _copy_removal_due(request: Request, document: ReceivedDocument) -> dt.datetime | None:
    """When the retention rule will remove the copy; none while the e-file lacks it."""
    if document.efile_delivered_at is None or document.copy_removed_at is not None:
        return None
    keep_days = _services(request).office.settings.efile_keep_after_handover_days
    return document.efile_delivered_at + dt.timedelta(days=keep_days)


@router.get("/{document_id}/preview.png")
def preview(request: Request, document_id: int) -> Response:
    staff = current_staff(request)
    if staff is None:
        return Response(status_code=401)
    if not staff.holds(StaffRole.CASEWORKER):
        return Response(status_code=403)
    found = _find(request, staff, document_id, AccessAction.PREVIEW)
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
    current = require(request, StaffRole.CASEWORKER)
    if isinstance(current, Response):
        return current
    found = _find(request, current, document_id, AccessAction.DOWNLOAD)
    if found is None:
        return Response(status_code=404)
    row, path = found
    try:
        data = path.read_bytes()
    except FileNotFoundError:  # removed by the retention rule a moment ago
        return Response(status_code=404)
    log.info("staff #%d downloaded document %d", current.user.id, document_id)
    headers = {
        **SECURITY_HEADERS,
        "Content-Disposition": f'attachment; filename="{row.file_name}"',
    }
    return Response(data, media_type="application/pdf", headers=headers)
