"""From scanned images to a delivered document: check, straighten, encode, assemble.

The kiosk UI, ``kiosk scan`` and the benchmark all go through these two functions, so what IT
staff see on the command line is what citizens get.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from PIL import Image

from scanner.encoding import (
    EncodedPage,
    EncodingPolicy,
    compress_page,
    prepare_page,
    straighten_page,
)
from scanner.page_checks import PageCheck, check_page
from scanner.pdfa import PdfDocument, ScanRecord, assemble_pdfa
from scanner.stage_times import Stage, StageTimes


@dataclass(frozen=True)
class ProcessedPage:
    check: PageCheck
    encoded: EncodedPage


def process_page(
    image: Image.Image,
    dpi: int = 300,
    policy: EncodingPolicy | None = None,
    times: StageTimes | None = None,
) -> ProcessedPage:
    """Checks, straightens (only when askew, and only once) and encodes one page; ``times``,
    when given, records how long each stage took."""
    times = times or StageTimes()
    with times.stage(Stage.CHECKS):
        check = check_page(image, dpi)
    with times.stage(Stage.ENCODE):
        prepared = prepare_page(image, check, dpi, policy)
    with times.stage(Stage.DESKEW):
        prepared = straighten_page(prepared, check)
    with times.stage(Stage.ENCODE):
        encoded = compress_page(prepared, check, policy)
    return ProcessedPage(check, encoded)


def build_document(
    pages: Sequence[ProcessedPage],
    terminal_id: str,
    device: str,
    settings: Mapping[str, str],
    scanned_at: datetime,
    document_id: uuid.UUID | None = None,
    times: StageTimes | None = None,
) -> PdfDocument:
    record = ScanRecord(
        terminal_id=terminal_id,
        scanned_at=scanned_at,
        device=device,
        settings=settings,
        checks=tuple(page.check for page in pages),
    )
    with (times or StageTimes()).stage(Stage.PDF):
        return assemble_pdfa([page.encoded for page in pages], record, document_id)
