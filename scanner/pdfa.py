"""Assembles encoded pages into a PDF/A-2b file carrying the scan's record, after TR-RESISCAN.

img2pdf places each page's G4 or JPEG data into the PDF unchanged (no re-encoding); pikepdf
then adds what PDF/A-2b asks for: an XMP packet with ``pdfaid:part=2``/``conformance=B``, an
sRGB OutputIntent, and a document ID. BSI TR-03138 (RESISCAN) wants the scan's circumstances
kept with the document: terminal, time, device, settings, the checks on every page and the page
count. They go into XMP under our own namespace, declared in a PDF/A extension schema as
PDF/A requires for any custom property.

What is verified here is what pikepdf can read back (see ``describe_pdfa``); a full PDF/A
validation needs veraPDF, which is not part of this project's toolchain.
"""

from __future__ import annotations

import functools
import hashlib
import io
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

import img2pdf
import pikepdf
from PIL import ImageCms

from scanner.encoding import EncodedPage
from scanner.page_checks import PageCheck

SCAN_NS = "https://buergerterminal.de/ns/scan/1.0/"
SCAN_PREFIX = "btscan"
PRODUCER = "Bürgerterminal scanner"


@dataclass(frozen=True)
class ScanRecord:
    """The scan's circumstances (no personal data: no names, no BG numbers)."""

    terminal_id: str
    scanned_at: datetime  # timezone-aware
    device: str  # vendor and model as SANE reports them
    settings: Mapping[str, str]  # the options actually set, e.g. {"resolution": "300"}
    checks: Sequence[PageCheck] = field(default_factory=tuple)


@dataclass(frozen=True)
class PdfDocument:
    data: bytes
    sha256: str
    document_id: uuid.UUID
    page_count: int


def assemble_pdfa(
    pages: Sequence[EncodedPage], record: ScanRecord, document_id: uuid.UUID | None = None
) -> PdfDocument:
    if not pages:
        raise ValueError("a document needs at least one page")
    if record.scanned_at.tzinfo is None:
        raise ValueError("scanned_at must carry a time zone")
    document_id = document_id or uuid.uuid4()
    plain = img2pdf.convert([page.data for page in pages])
    if not isinstance(plain, bytes):  # pragma: no cover - img2pdf returns bytes for a list
        raise TypeError("img2pdf returned no bytes")
    with pikepdf.open(io.BytesIO(plain)) as pdf:
        _drop_info_dictionary(pdf)
        pdf.Root.Metadata = pdf.make_stream(
            _xmp_packet(record, document_id, len(pages)).encode("utf-8"),
            Type=pikepdf.Name.Metadata,
            Subtype=pikepdf.Name.XML,
        )
        pdf.Root.OutputIntents = pikepdf.Array([_srgb_output_intent(pdf)])
        out = io.BytesIO()
        # A fresh trailer /ID from the content; deterministic, so the same scan hashes the same.
        pdf.save(out, static_id=False, deterministic_id=True, fix_metadata_version=False)
    data = out.getvalue()
    return PdfDocument(data, hashlib.sha256(data).hexdigest(), document_id, len(pages))


def _drop_info_dictionary(pdf: pikepdf.Pdf) -> None:
    # PDF/A wants Info and XMP to agree; the XMP alone carries everything, so Info goes.
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]


@functools.cache
def _srgb_profile() -> bytes:
    # Built once per process: the same few kilobytes for every document.
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _srgb_output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    icc = pdf.make_stream(_srgb_profile(), N=3)
    return pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=icc,
    )


def _page_line(number: int, check: PageCheck) -> str:
    cut = ",".join(edge.value for edge in check.cut_off) or "none"
    return (
        f"page={number} encoding={check.encoding.value} blank={str(check.blank).lower()} "
        f"cut_off={cut} skew_degrees={check.skew_degrees:.2f} "
        f"too_dark={str(check.too_dark).lower()} too_light={str(check.too_light).lower()}"
    )


def _xmp_packet(record: ScanRecord, document_id: uuid.UUID, page_count: int) -> str:
    when = record.scanned_at.isoformat(timespec="seconds")
    settings = "; ".join(f"{key}={value}" for key, value in sorted(record.settings.items()))
    checks = "".join(
        f"<rdf:li>{escape(_page_line(i, check))}</rdf:li>"
        for i, check in enumerate(record.checks, start=1)
    )
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:{SCAN_PREFIX}="{SCAN_NS}">
  <pdfaid:part>2</pdfaid:part>
  <pdfaid:conformance>B</pdfaid:conformance>
  <dc:format>application/pdf</dc:format>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Scan</rdf:li></rdf:Alt></dc:title>
  <xmp:CreateDate>{when}</xmp:CreateDate>
  <xmp:CreatorTool>{escape(PRODUCER)}</xmp:CreatorTool>
  <pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
  <xmpMM:DocumentID>uuid:{document_id}</xmpMM:DocumentID>
  <xmpMM:InstanceID>uuid:{document_id}</xmpMM:InstanceID>
  <{SCAN_PREFIX}:TerminalId>{escape(record.terminal_id)}</{SCAN_PREFIX}:TerminalId>
  <{SCAN_PREFIX}:ScanTime>{when}</{SCAN_PREFIX}:ScanTime>
  <{SCAN_PREFIX}:Device>{escape(record.device)}</{SCAN_PREFIX}:Device>
  <{SCAN_PREFIX}:Settings>{escape(settings)}</{SCAN_PREFIX}:Settings>
  <{SCAN_PREFIX}:PageCount>{page_count}</{SCAN_PREFIX}:PageCount>
  <{SCAN_PREFIX}:PageChecks><rdf:Seq>{checks}</rdf:Seq></{SCAN_PREFIX}:PageChecks>
</rdf:Description>
{_extension_schema()}
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


_PROPERTIES = (
    ("TerminalId", "Text", "Identity of the terminal that made the scan"),
    ("ScanTime", "Date", "When the scan was made"),
    ("Device", "Text", "Scanner vendor and model"),
    ("Settings", "Text", "Scanner options used (source, mode, resolution)"),
    ("PageCount", "Integer", "Number of pages in the document"),
    ("PageChecks", "Seq Text", "Per page: encoding and the results of the quality checks"),
)


def _extension_schema() -> str:
    """PDF/A-2 accepts custom XMP properties only when described in an extension schema."""
    properties = "".join(
        f"""<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>{name}</pdfaProperty:name>
<pdfaProperty:valueType>{value_type}</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>{description}</pdfaProperty:description>
</rdf:li>"""
        for name, value_type, description in _PROPERTIES
    )
    return f"""<rdf:Description rdf:about=""
  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Bürgerterminal scan record (BSI TR-03138)</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{SCAN_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>{SCAN_PREFIX}</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>{properties}</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>"""


def describe_pdfa(data: bytes) -> dict[str, object]:
    """Reads back what a PDF/A-2b check can see without veraPDF: claim, intent, ID, record."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        intents = pdf.Root.get("/OutputIntents", pikepdf.Array())
        return {
            "pdfa_part": meta.get("pdfaid:part"),
            "pdfa_conformance": meta.get("pdfaid:conformance"),
            "output_intent": str(intents[0].S) if len(intents) else None,
            "has_trailer_id": "/ID" in pdf.trailer,
            "encrypted": pdf.is_encrypted,
            "page_count": len(pdf.pages),
            "terminal_id": meta.get(f"{{{SCAN_NS}}}TerminalId"),
            "scan_page_count": meta.get(f"{{{SCAN_NS}}}PageCount"),
            "document_id": meta.get("xmpMM:DocumentID"),
            "filters": sorted({name for page in pdf.pages for name in _image_filters(page)}),
        }


def _image_filters(page: pikepdf.Page) -> list[str]:
    names: list[str] = []
    for image in page.get_images().values():
        found = image.get("/Filter")
        if isinstance(found, pikepdf.Array):
            names.extend(str(item) for item in found)
        elif found is not None:
            names.append(str(found))
    return names
