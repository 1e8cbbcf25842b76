"""PDFs a hostile terminal might send: small files whose page image is huge when decoded, or
whose encoding the office does not decode; all identified as PDF/A, so intake takes them and
only the preview has to hold.
"""

from __future__ import annotations

import functools
import io
import struct
import zlib
from collections.abc import Iterable

from PIL import Image

from tests.helpers.reliability_documents import PDFA_XMP, pdf_file


def image_pdf(dictionary: bytes, data: bytes, width: int = 595, height: int = 842) -> bytes:
    """A one-page PDF/A-identified PDF whose page draws one image XObject."""
    content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % (width, height)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>" % (width, height),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image "
        + dictionary
        + b" /Length %d >>\nstream\n" % len(data)
        + data
        + b"\nendstream",
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(PDFA_XMP)
        + PDFA_XMP
        + b"\nendstream",
    ]
    return pdf_file(objects)


def _deflated(parts: Iterable[bytes]) -> bytes:
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(part) for part in parts) + packer.flush()


def _zeros(total: int, part: int = 1 << 20) -> Iterable[bytes]:
    while total > 0:
        yield bytes(min(part, total))
        total -= part


@functools.cache  # a few hundred MB to deflate: once per test process
def deflated_image(width: int, height: int, bits: int, space: bytes = b"/DeviceGray") -> bytes:
    """A white-or-black page image of ``width`` × ``height``, deflated: tiny, huge when decoded."""
    raw = (width * bits + 7) // 8 * height
    dictionary = (
        b"/Width %d /Height %d /ColorSpace %s /BitsPerComponent %d /Filter /FlateDecode"
        % (
            width,
            height,
            space,
            bits,
        )
    )
    return image_pdf(dictionary, _deflated(_zeros(raw)))


@functools.cache
def deflate_bomb_with_small_size(declared: int = 100, real_bytes: int = 400 << 20) -> bytes:
    """Declares a small image but inflates to ``real_bytes``: only a capped inflater is safe."""
    dictionary = (
        b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
        % (declared, declared)
    )
    return image_pdf(dictionary, _deflated(_zeros(real_bytes)))


def jpeg_pdf(width: int, height: int, header_says: tuple[int, int] | None = None) -> bytes:
    """A grey JPEG page; ``header_says`` rewrites the JPEG's own size (what the decoder
    believes) while the PDF declares ``width`` × ``height``."""
    out = io.BytesIO()
    Image.new("L", (width, height), 200).save(out, "JPEG", quality=50)
    data = out.getvalue()
    if header_says is not None:
        sof = data.index(b"\xff\xc0")
        data = (
            data[: sof + 5] + struct.pack(">HH", header_says[1], header_says[0]) + data[sof + 9 :]
        )
    return image_pdf(_grey_jpeg(width, height), data)


def _grey_jpeg(width: int, height: int) -> bytes:
    return (
        b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode"
        % (width, height)
    )


def scan_pdf(picture: Image.Image) -> bytes:
    """A PDF/A page that is ``picture`` in grey, as the terminal's scans are (one image a page)."""
    grey = picture.convert("L")
    out = io.BytesIO()
    grey.save(out, "JPEG", quality=75)
    return image_pdf(_grey_jpeg(*grey.size), out.getvalue())  # drawn on an A4 page


def jbig2_pdf() -> bytes:
    """An encoding the office does not decode at all."""
    dictionary = (
        b"/Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode"
    )
    return image_pdf(dictionary, b"\x00" * 64)
