"""PDF/A-2b assembly: what pikepdf can verify (veraPDF is not available here)."""

from __future__ import annotations

import hashlib
import io
import uuid
from datetime import UTC, datetime

import pikepdf
import pytest

from scanner.pdfa import SCAN_NS, describe_pdfa
from scanner.pipeline import build_document, process_page
from tests.helpers import pages


@pytest.fixture(scope="module")
def processed() -> list:  # type: ignore[type-arg]
    return [process_page(pages.letter()), process_page(pages.colour_form())]


def test_document_claims_pdfa2b_with_intent_id_and_scan_record(processed: list) -> None:  # type: ignore[type-arg]
    doc_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    when = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    settings = {"resolution": "300", "mode": "Color"}
    document = build_document(processed, "T-0042", "Fujitsu fi-7160", settings, when, doc_id)
    assert document.sha256 == hashlib.sha256(document.data).hexdigest()
    facts = describe_pdfa(document.data)
    assert facts["pdfa_part"] == "2" and facts["pdfa_conformance"] == "B"
    assert facts["output_intent"] == "/GTS_PDFA1" and facts["has_trailer_id"]
    assert facts["page_count"] == 2 and facts["scan_page_count"] == "2"
    assert facts["document_id"] == f"uuid:{doc_id}"
    assert facts["filters"] == ["/CCITTFaxDecode", "/DCTDecode"]
    with pikepdf.open(io.BytesIO(document.data)) as pdf:
        meta = pdf.open_metadata()
        assert meta.get(f"{{{SCAN_NS}}}Device") == "Fujitsu fi-7160"
        assert "resolution=300" in str(meta.get(f"{{{SCAN_NS}}}Settings"))
        assert "/Info" not in pdf.trailer
        icc = pdf.Root.OutputIntents[0].DestOutputProfile
        assert int(icc.N) == 3 and len(icc.read_bytes()) > 300
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert "pdfaExtension:schemas" in xmp and "encoding=bilevel" in xmp


def test_no_pages_or_naive_time_is_refused(processed: list) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError, match="at least one page"):
        build_document([], "T", "d", {}, datetime.now(UTC))
    with pytest.raises(ValueError, match="time zone"):
        build_document(processed, "T", "d", {}, datetime(2025, 1, 1))


def test_page_data_goes_into_the_pdf_without_re_encoding(processed: list) -> None:  # type: ignore[type-arg]
    document = build_document(processed, "T-0042", "dev", {}, datetime.now(UTC))
    with pikepdf.open(io.BytesIO(document.data)) as pdf:
        streams = [image for page in pdf.pages for image in page.get_images().values()]
        jpeg = next(s for s in streams if "/DCTDecode" in filters(s))
        g4 = next(s for s in streams if "/CCITTFaxDecode" in filters(s))
        assert jpeg.read_raw_bytes() == processed[1].encoded.data
        # The G4 strip as libtiff wrote it: the TIFF minus its header and tags.
        assert len(g4.read_raw_bytes()) < len(processed[0].encoded.data)
        assert g4.read_raw_bytes() in processed[0].encoded.data


def filters(stream: pikepdf.Object) -> list[str]:
    found = stream.get("/Filter")
    return [str(name) for name in found] if isinstance(found, pikepdf.Array) else [str(found)]
