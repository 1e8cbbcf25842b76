"""Reads one page from an open SANE device without holding the GIL for long.

python-sane's ``snap()`` reads the page with the GIL released, but then copies the 26 MB of an
A4 colour page at 300 dpi into a Python object, and ``sane.py`` copies it once more with
``bytes()``: two copies of 10–40 ms each with the GIL held, which stall the kiosk's GUI thread
for as long (tests/bench/bench_scan_ui.py). Here ``sane_read`` is called through ``ctypes``,
which releases the GIL for every call, straight into one buffer that becomes the image.

Only what this path knows is read this way: one-pass grey or RGB frames of 8 bits with a known
number of lines. Anything else (1 or 16 bit, three-pass colour, hand scanners that do not know
the page length) returns ``None`` and the caller falls back to ``snap()``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

# SANE's status codes and frame formats (sane/sane.h, SANE 1.0 standard).
_STATUS_GOOD = 0
_STATUS_EOF = 5
_FRAME_GRAY = 0
_FRAME_RGB = 1
# Per sane_read: what a backend's reader pipe holds; reading more at once gains nothing.
READ_BYTES = 64 * 1024

# Where the read that must return EOF after the page's bytes lands; one run reads at a time
# (scanner/sane_device.py holds the SANE gate).
_SCRATCH = (ctypes.c_ubyte * READ_BYTES)()

# python-sane's SaneDev as pinned in constraints.txt (2.9): PyObject_HEAD, then SANE_Handle.
_SANE_DEV_SIZE = object.__basicsize__ + ctypes.sizeof(ctypes.c_void_p)

# What snap() calls as its progress: lines read so far, lines of the page; may cancel.
LineCallback = Callable[[int, int], None]


class _Parameters(ctypes.Structure):
    _fields_ = [
        ("format", ctypes.c_int),
        ("last_frame", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("pixels_per_line", ctypes.c_int),
        ("lines", ctypes.c_int),
        ("depth", ctypes.c_int),
    ]


@dataclass(frozen=True)
class _Library:
    read: Any
    get_parameters: Any
    strstatus: Any


def _load_library() -> _Library | None:
    """The libsane that ``_sane`` is linked to: dlopen returns the instance already loaded."""
    name = ctypes.util.find_library("sane") or "libsane.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.sane_read.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.sane_read.restype = ctypes.c_int
    lib.sane_get_parameters.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Parameters)]
    lib.sane_get_parameters.restype = ctypes.c_int
    lib.sane_strstatus.argtypes = [ctypes.c_int]
    lib.sane_strstatus.restype = ctypes.c_char_p
    return _Library(lib.sane_read, lib.sane_get_parameters, lib.sane_strstatus)


_LIBRARY = _load_library()


def native_handle(device: Any) -> int | None:
    """The ``SANE_Handle`` inside python-sane's ``SaneDev``, checked against python-sane itself.

    ``_sane.SaneDev`` is ``{PyObject_HEAD; SANE_Handle h;}``; the handle is accepted only when
    ``sane_get_parameters`` through it reports exactly what python-sane reports for the device.
    """
    core = getattr(device, "dev", None)
    if _LIBRARY is None or core is None or type(core).__name__ != "SaneDev":
        return None
    # The object must be exactly that struct (a handle after the header, nothing else):
    # any other python-sane build falls back to snap() before a byte is read at the offset.
    if type(core).__basicsize__ != _SANE_DEV_SIZE:
        return None
    address = ctypes.c_void_p.from_address(id(core) + object.__basicsize__).value
    if not address:
        return None
    params = _Parameters()
    if _LIBRARY.get_parameters(address, ctypes.byref(params)) != _STATUS_GOOD:
        return None
    try:
        _, last_frame, (pixels, lines), depth, bytes_per_line = device.get_parameters()
    except Exception:
        return None
    ours = (params.last_frame, params.pixels_per_line, params.lines, params.depth)
    if ours != (int(last_frame), pixels, lines, depth) or params.bytes_per_line != bytes_per_line:
        return None
    return int(address)


def read_page(device: Any, progress: LineCallback) -> Image.Image | None:
    """The page ``start()`` began, read through the short-GIL path, or ``None`` when that
    path cannot read this device or format: nothing has been read then, ``snap()`` can."""
    handle = native_handle(device)
    return None if handle is None else read_with_handle(device, handle, progress)


def read_with_handle(device: Any, handle: int, progress: LineCallback) -> Image.Image | None:
    """Reads the page ``start()`` began into an image, or ``None`` when this path does not
    handle its format (nothing has been read then). Raises ``_sane.error`` with SANE's status
    text on a fault, as ``snap()`` does. Like ``snap(no_cancel=True)``, it leaves the batch
    open: the caller cancels after a flatbed page."""
    import _sane

    assert _LIBRARY is not None  # native_handle() returned a handle
    params = _Parameters()
    status = _LIBRARY.get_parameters(handle, ctypes.byref(params))
    if status != _STATUS_GOOD:
        raise _sane.error(_status_text(status))
    samples = {_FRAME_GRAY: 1, _FRAME_RGB: 3}.get(params.format)
    if samples is None or params.depth != 8 or not params.last_frame or params.lines <= 0:
        return None
    stride = params.bytes_per_line
    if stride < params.pixels_per_line * samples:
        return None
    total = stride * params.lines
    # np.empty does not touch the pages: the kernel maps them as sane_read fills them, with
    # the GIL released, where bytearray(total) would zero 26 MB with it held.
    buffer = np.empty(total, dtype=np.uint8)
    base = buffer.ctypes.data
    got = ctypes.c_int(0)
    done = 0
    while True:
        wanted = min(READ_BYTES, total - done) if done < total else READ_BYTES
        # Past the page's bytes one more read must return EOF; it lands in a scratch area.
        target = base + done if done < total else ctypes.addressof(_SCRATCH)
        status = _LIBRARY.read(handle, target, wanted, ctypes.byref(got))
        if status == _STATUS_EOF:
            break
        if status != _STATUS_GOOD:
            raise _sane.error(_status_text(status))
        if done < total:
            done += got.value
            progress(done // stride, params.lines)
    lines = done // stride
    if lines == 0:
        raise RuntimeError("Scanner returned no data")  # what sane.py says for an empty page
    mode = "L" if samples == 1 else "RGB"
    return Image.frombuffer(
        mode, (params.pixels_per_line, lines), buffer[: lines * stride], "raw", mode, stride, 1
    )


def _status_text(status: int) -> str:
    assert _LIBRARY is not None
    text = _LIBRARY.strstatus(status)
    return text.decode() if isinstance(text, bytes) else str(status)
