"""CCITT G4 TIFF of a bilevel page, coded by libtiff with the GIL released.

Pillow codes G4 only through libtiff, and holds the GIL for the whole page while doing so
(30–60 ms for A4 at 300 dpi), which stalls the kiosk's GUI thread for as long
(tests/bench/bench_scan_ui.py). Here libtiff is called through ``ctypes``, which releases the
GIL for every call: the page's packed bits (1.1 MB for A4) are coded in one
``TIFFWriteEncodedStrip`` call into an anonymous in-memory file, so nothing reaches a disk.

The file holds what Pillow's would: one strip (img2pdf passes the G4 data into the PDF as it
is), BlackIsZero, 1 bit, the resolution in dots per inch. Where libtiff or ``memfd`` is not
there, :func:`g4_tiff` returns ``None`` and the caller uses Pillow.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Any

from PIL import Image

# TIFF tags and values (TIFF 6.0; tiff.h).
_IMAGE_WIDTH = 256
_IMAGE_LENGTH = 257
_BITS_PER_SAMPLE = 258
_COMPRESSION = 259
_COMPRESSION_CCITT_G4 = 4
_PHOTOMETRIC = 262
_PHOTOMETRIC_MIN_IS_BLACK = 1  # Pillow's "1" packs white as a set bit
_ROWS_PER_STRIP = 278
_X_RESOLUTION = 282
_Y_RESOLUTION = 283
_PLANAR_CONFIG = 284
_RESOLUTION_UNIT = 296
_RESOLUTION_UNIT_INCH = 2


def _load_libtiff() -> Any | None:
    if not hasattr(os, "memfd_create"):
        return None
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("tiff") or "libtiff.so.6")
    except OSError:
        return None
    lib.TIFFFdOpen.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p]
    lib.TIFFFdOpen.restype = ctypes.c_void_p
    lib.TIFFWriteEncodedStrip.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.c_ssize_t,
    ]
    lib.TIFFWriteEncodedStrip.restype = ctypes.c_ssize_t
    lib.TIFFClose.argtypes = [ctypes.c_void_p]
    lib.TIFFClose.restype = None
    # TIFFSetField is variadic: its arguments are typed at each call instead.
    lib.TIFFSetField.restype = ctypes.c_int
    return lib


_LIBTIFF = _load_libtiff()


def g4_tiff(bilevel: Image.Image, dpi: int) -> bytes | None:
    """The single-strip G4 TIFF of a mode "1" image, or ``None`` without libtiff or ``memfd``.
    Raises ``OSError`` when libtiff fails to write."""
    if _LIBTIFF is None or bilevel.mode != "1":
        return None
    width, height = bilevel.size
    packed = bilevel.tobytes()  # one bit per pixel, rows padded to whole bytes, MSB first
    with os.fdopen(os.memfd_create("g4-page", os.MFD_CLOEXEC), "w+b") as file:
        # TIFFClose closes the descriptor it was given: it gets its own.
        own = os.dup(file.fileno())
        tif = _LIBTIFF.TIFFFdOpen(own, b"page", b"w")
        if not tif:
            os.close(own)
            raise OSError("libtiff could not open the in-memory file")
        try:
            _set_fields(tif, width, height, dpi)
            if _LIBTIFF.TIFFWriteEncodedStrip(tif, 0, packed, len(packed)) < 0:
                raise OSError("libtiff could not code the page as G4")
        finally:
            _LIBTIFF.TIFFClose(tif)
        file.seek(0)
        return file.read()


def _set_fields(tif: int, width: int, height: int, dpi: int) -> None:
    assert _LIBTIFF is not None
    u32 = ctypes.c_uint32
    fields: list[tuple[int, ctypes.c_uint32 | ctypes.c_double]] = [
        (_IMAGE_WIDTH, u32(width)),
        (_IMAGE_LENGTH, u32(height)),
        (_BITS_PER_SAMPLE, u32(1)),  # uint16 tags travel as int through the "..."
        (_COMPRESSION, u32(_COMPRESSION_CCITT_G4)),
        (_PHOTOMETRIC, u32(_PHOTOMETRIC_MIN_IS_BLACK)),
        (_ROWS_PER_STRIP, u32(height)),
        (_PLANAR_CONFIG, u32(1)),
        (_X_RESOLUTION, ctypes.c_double(dpi)),  # floats travel as double
        (_Y_RESOLUTION, ctypes.c_double(dpi)),
        (_RESOLUTION_UNIT, u32(_RESOLUTION_UNIT_INCH)),
    ]
    for tag, value in fields:
        if not _LIBTIFF.TIFFSetField(ctypes.c_void_p(tif), u32(tag), value):
            raise OSError(f"libtiff refused TIFF tag {tag}")
