"""A file a terminal declares ``application/pdf`` is a PDF/A the office can open.

Checked on the decrypted copy before a submission is accepted, so the e-file and staff never
get something else: qpdf (pikepdf) must open it without a password, it must have pages, and its
XMP must identify it as PDF/A (``pdfaid:part``), as the terminal's scanner writes it
(``scanner.pdfa``). The page count is what the caller compares with the payload's.

Opening is lazy (qpdf reads the cross-reference table and the page tree, no page contents), so
the check costs milliseconds for a real scan; the file's size is bounded by the contract
(``MAX_FILE_BYTES``) and the upload limit. XMP is parsed by pikepdf without resolving entities.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from contract.submissions import MAX_PAGES


class NotPdfaError(Exception):
    """Not a PDF/A the office can open. ``str()`` says what (no content, for the answer)."""


def pdfa_pages(path: Path) -> int:
    """The PDF/A's page count; raises :class:`NotPdfaError`."""
    with path.open("rb") as head:
        if not head.read(1024).lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
            raise NotPdfaError("not a PDF (no %PDF- header)")
    try:
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
            part = pdf.open_metadata().get("pdfaid:part")
    except pikepdf.PasswordError:
        raise NotPdfaError("an encrypted PDF") from None
    except Exception:  # whatever a hostile file makes a parser raise: it cannot be opened
        raise NotPdfaError("a damaged PDF") from None
    if not 1 <= pages <= MAX_PAGES:
        raise NotPdfaError(f"a PDF with {pages} pages")
    if not part:
        raise NotPdfaError("a PDF without PDF/A identification")
    return pages
