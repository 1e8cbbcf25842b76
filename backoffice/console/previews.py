"""The first page of a received document as a small PNG: limits before decoding, made once.

A scan's page is one embedded image (our PDF/A), so decoding that image is enough; no PDF
renderer. But a PDF is the terminal's word, and a small file can declare a page image of
20000×20000 pixels that takes seconds and a GB to decode. So, before decoding anything:

- the image's size is read from the PDF's own objects (``/Width``, ``/Height``) and, for a
  JPEG, from the JPEG's header, which is what the decoder believes; more than
  :data:`MAX_PIXELS` (a page scanned at 600 dpi) and the preview is a placeholder;
- only the encodings our scanner writes are decoded (CCITT G4 for text, JPEG for grey and
  colour) and uncompressed or deflated 8-bit grey or RGB, inflated with a cap at the declared
  size; anything else (JBIG2, JPEG 2000, predictors, palettes) gets the placeholder;
- JPEGs are decoded at a reduced scale (the preview is 240 pixels wide);
- at most :data:`DECODERS` previews are decoded at once.

A preview is made once per document and width and kept beside the document's copy
(``<attachment>.preview-<width>.png``); it goes with the copy (``attachments.remove_copy``).
"""

from __future__ import annotations

import io
import logging
import threading
import zlib
from functools import cache
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont

from durable.files import replacing

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 240
# A4 scanned at 600 dpi is 4961 × 7016 ≈ 34.8 MP: every real page fits, a bomb does not.
MAX_PIXELS = 40_000_000
MAX_SIDE = 20_000
# Decoding a 40 MP page needs up to ~120 MB; two at once keep the office's memory in bounds.
DECODERS = 2
PLACEHOLDER_TEXT = "Vorschau nicht möglich"
_decoding = threading.BoundedSemaphore(DECODERS)
_MODES = {"/DeviceGray": ("L", 1), "/DeviceRGB": ("RGB", 3)}


class PreviewRefusedError(Exception):
    """This page cannot be previewed within the limits; ``str()`` is for IT (no values)."""


def preview_path(copy: Path, width: int) -> Path:
    return copy.with_name(f"{copy.name}.preview-{width}.png")


def cached_preview(copy: Path, width: int = PREVIEW_WIDTH) -> bytes:
    """The PNG for the document whose copy is at ``copy``: from the cache, or made now (or the
    placeholder, which is not cached: a later release may manage what this one refused)."""
    cached = preview_path(copy, width)
    try:
        return cached.read_bytes()
    except FileNotFoundError:
        pass
    try:
        with _decoding:
            png = first_page_preview(copy, width)
    except FileNotFoundError:
        raise  # the copy is gone (retention): no document, not a bad one
    except Exception as exc:  # whatever hostile data makes a decoder raise: no preview
        # Our own reasons name limits and encodings; a parser's message may quote the file.
        reason = str(exc) if isinstance(exc, PreviewRefusedError) else type(exc).__name__
        log.warning("no preview for %s: %s", copy.name, reason)
        return placeholder(width)
    with replacing(cached, temp_prefix=".incoming.", temp_suffix="") as out:
        out.write(png)
    return png


def first_page_preview(pdf: Path, width: int = PREVIEW_WIDTH) -> bytes:
    with pikepdf.open(pdf) as document:
        if not document.pages:
            raise PreviewRefusedError("no pages")
        images = [i for i in document.pages[0].images.values() if isinstance(i, pikepdf.Stream)]
        if not images:
            raise PreviewRefusedError("first page has no image")
        picture = _decode(images[0], width)
    picture = picture.convert("L" if picture.mode in ("1", "L") else "RGB")
    picture.thumbnail((width, width * 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _checked_size(width: object, height: object) -> tuple[int, int]:
    if not isinstance(width, int) or not isinstance(height, int):
        raise PreviewRefusedError("image size is not a number")
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) or width * height > MAX_PIXELS:
        raise PreviewRefusedError(f"image of {width}x{height} pixels is beyond the limit")
    return width, height


def _decode(stream: pikepdf.Stream, width: int) -> Image.Image:
    size = _checked_size(stream.get("/Width"), stream.get("/Height"))
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
    if names == ["/DCTDecode"]:
        return _jpeg(stream.read_raw_bytes(), width)
    if names == ["/CCITTFaxDecode"]:
        # pikepdf wraps the G4 data in a TIFF of the declared size: the output is bounded.
        return pikepdf.PdfImage(stream).as_pil_image()
    if names in (["None"], ["/FlateDecode"]) and stream.get("/DecodeParms") is None:
        return _raw(stream, size, deflated=names == ["/FlateDecode"])
    raise PreviewRefusedError(f"image encoding {'+'.join(names)} is not previewed")


def _jpeg(data: bytes, width: int) -> Image.Image:
    picture = Image.open(io.BytesIO(data), formats=["JPEG"])
    _checked_size(*picture.size)  # what the decoder will do, whatever the PDF says
    picture.draft(picture.mode, (width, width * 2))  # decode at 1/2, 1/4 or 1/8 scale
    picture.load()
    return picture


def _raw(stream: pikepdf.Stream, size: tuple[int, int], deflated: bool) -> Image.Image:
    space = str(stream.get("/ColorSpace"))
    if space not in _MODES or stream.get("/BitsPerComponent") != 8:
        raise PreviewRefusedError("colour space or depth not previewed")
    mode, channels = _MODES[space]
    expected = size[0] * size[1] * channels
    data = stream.read_raw_bytes()
    if deflated:
        inflater = zlib.decompressobj()
        data = inflater.decompress(data, expected + 1)  # never more than the image needs
    if len(data) < expected:
        raise PreviewRefusedError("image data shorter than its size")
    return Image.frombytes(mode, size, data[:expected])


@cache
def placeholder(width: int = PREVIEW_WIDTH) -> bytes:
    """A grey page with "Vorschau nicht möglich", A4-shaped."""
    picture = Image.new("L", (width, int(width * 1.414)), 235)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=max(12, width // 14))
    box = draw.textbbox((0, 0), PLACEHOLDER_TEXT, font=font)
    left = (picture.width - (box[2] - box[0])) // 2
    top = (picture.height - (box[3] - box[1])) // 2
    draw.text((left, top), PLACEHOLDER_TEXT, fill=60, font=font)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
