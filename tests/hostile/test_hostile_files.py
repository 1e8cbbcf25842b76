"""Files against their declared type, and every image the office decodes within pixel limits.

A file declared ``application/pdf`` that is no PDF/A the office can open is refused (422,
naming the attachment) and nothing of it is kept. A PDF/A whose page image would take seconds
and a GB to decode gets the preview "Vorschau nicht möglich" instead, at once; a real large
scan is previewed (decoded at a reduced scale), once: the second time it comes from the cache.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from backoffice.console.previews import placeholder
from tests.helpers.hostile import HostileOffice
from tests.helpers.hostile_pdfs import (
    deflate_bomb_with_small_size,
    deflated_image,
    jbig2_pdf,
    jpeg_pdf,
)
from tests.helpers.reliability_documents import marker_pdf


def _without_pdfa_id() -> bytes:
    return marker_pdf().replace(b" /Metadata 6 0 R", b"")


def _encrypted() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(marker_pdf())) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="geheim"))
    return out.getvalue()


def _two_pages() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(marker_pdf())) as pdf:
        pdf.pages.append(pdf.pages[0])
        pdf.save(out)
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
NOT_PDFA = [
    ("a PNG", PNG, "not a PDF"),
    ("an HTML page", b"<html><script>alert(1)</script></html>", "not a PDF"),
    ("one byte", b"x", "not a PDF"),
    ("a PDF header and garbage", b"%PDF-1.7\n" + b"\x00garbage" * 500, "damaged PDF"),
    ("a PDF without PDF/A identification", _without_pdfa_id(), "without PDF/A identification"),
    ("an encrypted PDF", _encrypted(), "encrypted PDF"),
]


def _kept_files(hostile: HostileOffice) -> list[Path]:
    folder = hostile.office.data_dir / "attachments"
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.mark.parametrize(("what", "data", "reason"), NOT_PDFA, ids=[c[0] for c in NOT_PDFA])
def test_a_file_that_is_no_pdfa_is_refused_and_nothing_is_kept(
    hostile: HostileOffice, what: str, data: bytes, reason: str
) -> None:
    before = _kept_files(hostile)
    with hostile.attack(f"declared PDF: {what}"):
        answer = hostile.send_document(data)
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert problem["title"] == "Attachment is not a PDF/A"
    assert reason in problem["detail"]
    assert _kept_files(hostile) == before


def test_a_page_count_the_pdf_does_not_have_is_refused(hostile: HostileOffice) -> None:
    with hostile.attack("declared PDF: two pages, payload says one"):
        answer = hostile.send_document(_two_pages(), page_count=1)
    assert answer.status_code == 422
    assert "2 pages" in answer.json()["detail"]


BOMBS = [
    # (what, the PDF, shown as the placeholder: otherwise as the small image it declares)
    ("20000x20000 1-bit, deflated", lambda: deflated_image(20000, 20000, 1), True),
    ("20000x20000 8-bit grey, deflated", lambda: deflated_image(20000, 20000, 8), True),
    ("12000x12000 RGB, deflated", lambda: deflated_image(12000, 12000, 8, b"/DeviceRGB"), True),
    ("100x100 declared, 400 MB when inflated", deflate_bomb_with_small_size, False),
    (
        "JPEG whose header says 20000x20000",
        lambda: jpeg_pdf(64, 64, header_says=(20000, 20000)),
        True,
    ),
    ("JPEG whose header says 9000x9000", lambda: jpeg_pdf(64, 64, header_says=(9000, 9000)), True),
    ("JBIG2", jbig2_pdf, True),
]


def _preview(hostile: HostileOffice, document: int) -> bytes:
    answer = hostile.staff.get(
        f"{hostile.url}/console/documents/{document}/preview.png", timeout=30
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "image/png"
    return answer.content


@pytest.mark.parametrize(("what", "build", "refused"), BOMBS, ids=[c[0] for c in BOMBS])
def test_an_image_beyond_the_limits_is_never_decoded(
    hostile: HostileOffice, what: str, build: Callable[[], bytes], refused: bool
) -> None:
    pdf = build()
    answer = hostile.send_document(pdf)
    assert answer.status_code == 201, answer.text
    document = hostile._newest_id("/console/documents", "/console/documents/")
    with hostile.attack(f"preview of {what} ({len(pdf) // 1024} KB)"):
        shown = [_preview(hostile, document) for _ in range(3)]
    assert len(set(shown)) == 1 and shown[0].startswith(b"\x89PNG")
    assert (shown[0] == placeholder()) is refused


def test_a_large_real_scan_is_previewed_once(hostile: HostileOffice) -> None:
    """A4 at 600 dpi in JPEG: within the limits, decoded at a reduced scale, then cached."""
    answer = hostile.send_document(jpeg_pdf(4961, 7016))
    assert answer.status_code == 201, answer.text
    document = hostile._newest_id("/console/documents", "/console/documents/")
    before = set((hostile.office.data_dir / "attachments").rglob("*.preview-240.png"))
    with hostile.attack("preview of a 4961x7016 JPEG page"):
        first = _preview(hostile, document)
    assert first != placeholder() and first.startswith(b"\x89PNG")
    cached = set((hostile.office.data_dir / "attachments").rglob("*.preview-240.png")) - before
    assert [path.read_bytes() for path in cached] == [first]
    cached.pop().write_bytes(placeholder())  # what the next request shows comes from the cache
    assert _preview(hostile, document) == placeholder()
