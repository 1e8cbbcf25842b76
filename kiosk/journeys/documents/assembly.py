"""From the citizen's pages to what is sent: the PDF/A, its file name, and the sealed payload."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from contract.submissions import DocumentFile, DocumentSubmissionPayload
from scanner.pdfa import PdfDocument
from scanner.pipeline import ProcessedPage, build_document

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                                  "Ü": "Ue", "ß": "ss"})  # fmt: skip
_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class DocumentOrder:
    """Everything the citizen chose, and the scan's circumstances (no personal data but BG)."""

    type_id: str
    type_label_de: str
    bg_number: str | None
    language: str
    pages: Sequence[ProcessedPage]
    device: str
    settings: Mapping[str, str]
    scanned_at: dt.datetime  # timezone-aware, the office's time


@dataclass(frozen=True)
class PreparedDocument:
    reference_code: str
    attachment_id: uuid.UUID
    file_name: str
    pdf: PdfDocument
    payload: DocumentSubmissionPayload


def file_name_for(type_label_de: str, day: dt.date, reference_code: str) -> str:
    """'Kontoauszug_2026-11-22_K7F-3QX.pdf': readable in a folder, safe on every file system."""
    ascii_label = unicodedata.normalize("NFKD", type_label_de.translate(_TRANSLITERATION))
    ascii_label = ascii_label.encode("ascii", "ignore").decode("ascii")
    label = _NOT_ALLOWED.sub("-", ascii_label).strip("-._")[:60] or "Dokument"
    return f"{label}_{day.isoformat()}_{reference_code}.pdf"


def prepare(order: DocumentOrder, terminal_id: str, reference_code: str) -> PreparedDocument:
    if not order.pages:
        raise ValueError("a document needs at least one page")
    pdf = build_document(order.pages, terminal_id, order.device, order.settings, order.scanned_at)
    attachment_id = uuid.uuid4()
    file_name = file_name_for(order.type_label_de, order.scanned_at.date(), reference_code)
    payload = DocumentSubmissionPayload(
        document_type_id=order.type_id,
        document_type_label=order.type_label_de,
        bg_number=order.bg_number,
        page_count=pdf.page_count,
        files=[
            DocumentFile(
                attachment_id=attachment_id,
                file_name=file_name,
                media_type="application/pdf",
                sha256=pdf.sha256,
                size=len(pdf.data),
            )
        ],
        language=order.language,
        scanned_at=order.scanned_at,
    )
    return PreparedDocument(reference_code, attachment_id, file_name, pdf, payload)
