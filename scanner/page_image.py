"""Page images from files, opened without trusting them: for ``kiosk check-page``.

- **Pixels first.** Only the header is read before the size is checked: a file claiming more
  than :data:`MAX_PAGE_PIXELS` (far beyond an A4 page at 600 dpi) is refused with a sentence,
  never decoded. A small file can claim 30000 × 30000 pixels and take gigabytes to unpack.
- **Every page.** A multi-page TIFF (or GIF, WebP) gives each frame; a PDF each page's scanned
  image (via pikepdf). A page that cannot be checked (a PDF page of text rather than a scan)
  is refused with a sentence; the others are still checked.
- **Depth.** 16-bit grey pages are scaled to 8 bits, not clipped (clipping turns every value
  above 255 white: a text page looks blank).

Each page comes out as a :class:`PageImage` or a :class:`PageRefused`; nothing raises for a
bad file, so one bad file never stops a batch.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from scanner.page_checks import eight_bit

# A4 at 600 dpi is 34.8 million pixels, US legal at 600 dpi 42.8 million.
MAX_PAGE_PIXELS = 45_000_000
_PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class PageImage:
    """One page, as mode L or RGB, 8 bits."""

    page: int
    pages: int
    image: Image.Image
    # From the file, if it says; else None (the caller's default applies).
    dpi: float | None


@dataclass(frozen=True)
class PageRefused:
    page: int | None
    pages: int | None
    # One sentence for IT: what is wrong and, where it helps, what to do.
    reason: str


def _too_large(width: int, height: int) -> str | None:
    if width * height <= MAX_PAGE_PIXELS:
        return None
    return (
        f"{width} × {height} pixels is far more than a page scanned at 600 dpi (at most "
        f"{MAX_PAGE_PIXELS // 1_000_000} million pixels): not decoded; scan at 300 dpi"
    )


def _dpi(value: object) -> float | None:
    if isinstance(value, tuple) and value and isinstance(value[0], int | float) and value[0] > 1:
        return float(value[0])
    return None


def page_images(path: Path) -> Iterator[PageImage | PageRefused]:
    try:
        with path.open("rb") as stream:
            is_pdf = stream.read(len(_PDF_MAGIC)) == _PDF_MAGIC
    except OSError as exc:
        yield PageRefused(None, None, _os_reason(exc))
        return
    if is_pdf:
        yield from _pdf_pages(path)
    else:
        yield from _image_pages(path)


def _image_pages(path: Path) -> Iterator[PageImage | PageRefused]:
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb warning comes at open; our stricter limit decides below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(path)
    except Image.DecompressionBombError:
        yield PageRefused(None, None, "claims far more pixels than any page: not decoded")
        return
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        yield PageRefused(None, None, _unreadable(exc))
        return
    with opened:
        pages = getattr(opened, "n_frames", 1)
        for number, frame in enumerate(ImageSequence.Iterator(opened), start=1):
            yield _frame(frame, number, pages)


def _frame(frame: Image.Image, number: int, pages: int) -> PageImage | PageRefused:
    too_large = _too_large(*frame.size)
    if too_large is not None:
        return PageRefused(number, pages, too_large)
    try:
        frame.load()
        image = eight_bit(frame)
        if image is frame and pages > 1:
            image = frame.copy()  # the file's next frame replaces this one's pixels
    except (OSError, ValueError, SyntaxError) as exc:
        return PageRefused(number, pages, _unreadable(exc))
    return PageImage(number, pages, image, _dpi(frame.info.get("dpi")))


def _pdf_pages(path: Path) -> Iterator[PageImage | PageRefused]:
    # pikepdf announces its C++ logging bridge at INFO, past the logger's level: noise in
    # IT's output. A filter on the logger stops it. (Imported here: PDFs only, a large import.)
    logging.getLogger("pikepdf._core").addFilter(_warnings_only)
    import pikepdf

    try:
        pdf = pikepdf.open(path)
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        yield PageRefused(None, None, f"not a PDF that can be read ({type(exc).__name__})")
        return
    with pdf:
        pages = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            yield _pdf_page(page, number, pages)


def _warnings_only(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def _pdf_page(page: object, number: int, pages: int) -> PageImage | PageRefused:
    import pikepdf

    assert isinstance(page, pikepdf.Page)
    images = list(page.images.values())
    if len(images) != 1:
        return PageRefused(
            number,
            pages,
            "has no single scanned image (text or drawings): page checks look at scans only",
        )
    try:
        stream = images[0]
        assert isinstance(stream, pikepdf.Stream)
        picture = pikepdf.PdfImage(stream)
        too_large = _too_large(picture.width, picture.height)
        if too_large is not None:
            return PageRefused(number, pages, too_large)
        image = eight_bit(picture.as_pil_image())
    except (pikepdf.PdfError, NotImplementedError, ValueError, OSError) as exc:
        return PageRefused(number, pages, f"its image cannot be decoded ({type(exc).__name__})")
    width_points = float(page.mediabox[2]) - float(page.mediabox[0])
    dpi = image.width / (width_points / 72) if width_points > 0 else None
    return PageImage(number, pages, image, dpi)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot be read ({exc.strerror or type(exc).__name__})"


def _unreadable(exc: Exception) -> str:
    if isinstance(exc, UnidentifiedImageError):
        return "not an image (PNG, TIFF, JPEG) or a PDF of scanned pages"
    if isinstance(exc, OSError) and not str(exc):
        return _os_reason(exc)
    return f"damaged or cut short ({type(exc).__name__}: {str(exc)[:80]})"
