"""Document submissions for the reliability proof: a PDF whose page text is a marker.

The PDF's text is written uncompressed (``(…) Tj``), so its plaintext bytes would show up in a
byte search if the terminal ever stored the file unencrypted. ``padding_bytes`` of random data
make it as large as a scan of many pages, for the upload benchmarks. Its XMP says PDF/A-2b, as
the terminal's scans do: the office accepts nothing else (``backoffice.pdf_check``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from pathlib import Path

from contract.submissions import DocumentFile, DocumentSubmissionPayload, SubmissionKind
from sync.device import DeviceCredentials
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import AttachmentSource, submit
from tests.helpers.fake_device import callback_request

# The least XMP that identifies a PDF/A-2b.
PDFA_XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
    b"<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
    b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
# Text on the "scanned" page; as unusual as the other markers.
MARKER_PAGE_TEXT = "Mietvertrag Quistorpweg 17, Vermieterin Yvonne Xanthippe-Brommel"


def marker_pdf(text: str = MARKER_PAGE_TEXT, padding_bytes: int = 0) -> bytes:
    """A one-page PDF showing ``text``, followed by ``padding_bytes`` of random filler."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(PDFA_XMP)
        + PDFA_XMP
        + b"\nendstream",
    ]
    return pdf_file(objects, b"1.4", padding_bytes)


def pdf_file(objects: list[bytes], version: bytes = b"1.7", padding_bytes: int = 0) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the first the catalog) with a correct xref
    table; ``padding_bytes`` of random filler in a comment before it."""
    body = b"%PDF-" + version + b"\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    if padding_bytes:
        # A comment line of filler: readers skip it, the size is what matters here.
        filler = os.urandom(padding_bytes).replace(b"\n", b" ").replace(b"\r", b" ")
        body += b"%" + filler + b"\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


def document_submission(
    pdf: bytes, bg_number: str | None = "12345BG1234567"
) -> tuple[DocumentSubmissionPayload, AttachmentSource]:
    """The payload and attachment the documents journey would hand to ``submit``."""
    attachment_id = uuid.uuid4()
    payload = DocumentSubmissionPayload(
        document_type_id="rental_contract",
        document_type_label="Mietvertrag",
        bg_number=bg_number,
        page_count=1,
        files=[
            DocumentFile(
                attachment_id=attachment_id,
                file_name="Mietvertrag.pdf",
                media_type="application/pdf",
                sha256=hashlib.sha256(pdf).hexdigest(),
                size=len(pdf),
            )
        ],
        language="de",
        scanned_at=dt.datetime.now(dt.UTC),
    )
    return payload, AttachmentSource(attachment_id, pdf)


def queue_callback_and_document(
    data_dir: Path, device: DeviceCredentials, pdf: bytes | None = None
) -> tuple[uuid.UUID, uuid.UUID]:
    """A callback request and a document in the terminal's outbox, as the UI submits them;
    returns their submission ids. The document is ``pdf``, or a PDF/A the office opens (it
    refuses a file declared PDF that is none)."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with Outbox(outbox_path(data_dir)) as outbox:
        callback = submit(
            outbox, device, SubmissionKind.CALLBACK, callback_request(), new_reference_code()
        )
        payload, attachment = document_submission(pdf or marker_pdf())
        document = submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[attachment],
        )
    return callback, document
