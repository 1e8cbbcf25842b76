"""Encodes a checked page by what it is: CCITT G4 for text, grey or colour JPEG otherwise.

Text pages stay at scan resolution (300 dpi) as bilevel G4, which keeps small print sharp at a
few tens of kilobytes. Grey and colour pages are reduced to ``picture_dpi`` before JPEG, where
the eye does not miss the extra detail (text on them stays readable at 150 dpi) but the e-file
pays for every byte.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, replace

from PIL import Image

from scanner.g4 import g4_tiff
from scanner.page_checks import PageCheck, PageEncoding

# TIFF tag 278 RowsPerStrip: one strip per page, so img2pdf passes the G4 data through as is.
_ROWS_PER_STRIP = 278
# Grey levels within this distance below the paper's level are paper (noise, fibres, tint).
PAPER_NOISE_MARGIN = 12


@dataclass(frozen=True)
class EncodingPolicy:
    picture_dpi: int = 150
    jpeg_quality: int = 70


@dataclass(frozen=True)
class EncodedPage:
    encoding: PageEncoding
    data: bytes  # a single-strip G4 TIFF or a JPEG, both with their dpi recorded
    dpi: int
    size: tuple[int, int]

    @property
    def media_type(self) -> str:
        return "image/tiff" if self.encoding is PageEncoding.BILEVEL else "image/jpeg"


@dataclass(frozen=True)
class PreparedPage:
    """The page at its output resolution and mode, paper levelled, not yet straightened."""

    image: Image.Image
    dpi: int
    paper_level: int  # what uncovered corners are filled with when the page is straightened


def straighten(image: Image.Image, check: PageCheck, paper_level: int | None = None) -> Image.Image:
    """Rotates the page level when it lies askew; below the threshold it is left untouched.

    Done once, on the page as it will be encoded: at 300 dpi grey for text, after reduction to
    ``picture_dpi`` for pictures (a quarter of the pixels). Nearest-neighbour costs about
    50 ms for an A4 page at 300 dpi; bilinear takes five times as long and the G4 threshold
    that follows hides the difference anyway. The corners it uncovers get the paper's level.
    """
    if not check.needs_deskew:
        return image
    level = check.paper_level if paper_level is None else paper_level
    fill: int | tuple[int, int, int] = (level,) * 3 if image.mode == "RGB" else level
    return image.rotate(-check.skew_degrees, resample=Image.Resampling.NEAREST, fillcolor=fill)


def prepare_page(
    image: Image.Image, check: PageCheck, dpi: int = 300, policy: EncodingPolicy | None = None
) -> PreparedPage:
    """Brings the scan to what its encoding needs: 300 dpi grey for G4, a reduced grey or
    colour picture with white paper for JPEG. Each step is one Pillow pass over the pixels."""
    policy = policy or EncodingPolicy()
    if check.encoding is PageEncoding.BILEVEL:
        grey = image if image.mode == "L" else image.convert("L")
        return PreparedPage(grey, dpi, check.paper_level)
    factor = max(1, round(dpi / policy.picture_dpi))
    # An integer box reduction: ~10× faster than a bilinear resize to an arbitrary size.
    image = image.reduce(factor) if factor > 1 else image
    wanted = "L" if check.encoding is PageEncoding.GRAY else "RGB"
    image = image if image.mode == wanted else image.convert(wanted)
    return PreparedPage(_whiten_paper(image, check), round(dpi / factor), paper_level=255)


def compress_page(
    page: PreparedPage, check: PageCheck, policy: EncodingPolicy | None = None
) -> EncodedPage:
    """G4 for text, JPEG for pictures; the bytes go into the PDF unchanged."""
    policy = policy or EncodingPolicy()
    if check.encoding is PageEncoding.BILEVEL:
        return _encode_bilevel(page, check)
    data = save_releasing_gil(
        page.image, "JPEG", quality=policy.jpeg_quality, dpi=(page.dpi, page.dpi), optimize=False
    )
    return EncodedPage(check.encoding, data, page.dpi, page.image.size)


def save_releasing_gil(image: Image.Image, image_format: str, **params: object) -> bytes:
    """``image.save`` into bytes, with the GIL released while the encoder runs.

    Pillow encodes into a ``BytesIO`` in chunks that each hold the GIL (20–30 ms for an A4
    JPEG), which stalls the kiosk's GUI thread; into a real file descriptor it encodes in one
    call with the GIL released. An anonymous in-memory file (``memfd``) is such a descriptor
    that never reaches a disk: the page is the citizen's document. Same encoder, same bytes.
    """
    if not hasattr(os, "memfd_create"):  # not Linux: correct, only holding the GIL longer
        buffer = io.BytesIO()
        image.save(buffer, image_format, **params)
        return buffer.getvalue()
    with os.fdopen(os.memfd_create("encoded-page", os.MFD_CLOEXEC), "w+b") as file:
        image.save(file, image_format, **params)
        file.seek(0)
        return file.read()


def encode_page(
    image: Image.Image, check: PageCheck, dpi: int = 300, policy: EncodingPolicy | None = None
) -> EncodedPage:
    prepared = prepare_page(image, check, dpi, policy)
    return compress_page(straighten_page(prepared, check), check, policy)


def straighten_page(page: PreparedPage, check: PageCheck) -> PreparedPage:
    if not check.needs_deskew:
        return page
    return replace(page, image=straighten(page.image, check, page.paper_level))


def _whiten_paper(image: Image.Image, check: PageCheck) -> Image.Image:
    """Levels the paper to white, as office scanners do: sensor noise and paper tint on the
    background cost JPEG more bytes than the content itself."""
    white_point = max(check.paper_level - PAPER_NOISE_MARGIN, 1)
    lut = [min(255, value * 255 // white_point) for value in range(256)]
    return image.point(lut * len(image.getbands()))


def _encode_bilevel(page: PreparedPage, check: PageCheck) -> EncodedPage:
    # Halfway between this page's ink and its paper: off-white and grey paper become white.
    threshold = (check.paper_level + check.ink_level) // 2
    lut = [0 if value < threshold else 255 for value in range(256)]
    bilevel = page.image.point(lut, mode="1")
    data = g4_tiff(bilevel, page.dpi)  # libtiff with the GIL released (scanner/g4.py)
    if data is not None:
        return EncodedPage(PageEncoding.BILEVEL, data, page.dpi, bilevel.size)
    buffer = io.BytesIO()
    # Pillow writes group4 only through libtiff, holding the GIL for the whole page.
    bilevel.save(
        buffer,
        "TIFF",
        compression="group4",
        dpi=(page.dpi, page.dpi),
        tiffinfo={_ROWS_PER_STRIP: bilevel.height},
    )
    return EncodedPage(PageEncoding.BILEVEL, buffer.getvalue(), page.dpi, bilevel.size)
