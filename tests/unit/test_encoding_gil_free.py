"""Encoding with the GIL released (scanner/g4.py, ``save_releasing_gil``) must give exactly the
files Pillow gives: the e-file gets the same G4 and JPEG bytes whichever way they were coded."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image, TiffImagePlugin

from scanner import g4
from scanner.encoding import compress_page, prepare_page, save_releasing_gil
from scanner.page_checks import PageEncoding, check_page
from scanner.pipeline import process_page
from tests.helpers import pages


def pillow_g4(bilevel: Image.Image, dpi: int) -> bytes:
    """Pillow's G4 file of these pixels (a fresh image: no tags carried over from a file)."""
    bilevel = Image.frombytes("1", bilevel.size, bilevel.tobytes())
    buffer = io.BytesIO()
    bilevel.save(
        buffer, "TIFF", compression="group4", dpi=(dpi, dpi), tiffinfo={278: bilevel.height}
    )
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["letter", "skewed_letter", "off_white_letter"])
def test_g4_page_is_the_file_pillow_writes(name: str) -> None:
    encoded = process_page(pages.PAGES[name](), 300).encoded
    assert encoded.encoding is PageEncoding.BILEVEL
    decoded = Image.open(io.BytesIO(encoded.data))
    assert isinstance(decoded, TiffImagePlugin.TiffImageFile)
    assert decoded.mode == "1" and decoded.info["compression"] == "group4"
    assert decoded.info["dpi"] == (300, 300) and len(decoded.tag_v2[273]) == 1  # one strip
    assert encoded.data == pillow_g4(decoded, 300)


def test_g4_keeps_every_pixel_of_an_odd_width_page() -> None:
    """Rows padded to whole bytes: a width that is not a multiple of 8 must survive."""
    grey = pages.PAGES["letter"]().convert("L").crop((0, 0, 1237, 1751))
    bilevel = grey.point(lambda value: 255 if value > 128 else 0, mode="1")
    data = g4.g4_tiff(bilevel, 200)
    assert data is not None
    decoded = Image.open(io.BytesIO(data))
    assert decoded.size == (1237, 1751) and decoded.info["dpi"] == (200, 200)
    assert decoded.tobytes() == bilevel.tobytes()


def test_without_libtiff_pillow_codes_the_same_file(monkeypatch: pytest.MonkeyPatch) -> None:
    image = pages.PAGES["bank_statement"]()
    check = check_page(image, 300)
    prepared = prepare_page(image, check, 300)
    ours = compress_page(prepared, check).data
    monkeypatch.setattr(g4, "_LIBTIFF", None)
    assert g4.g4_tiff(Image.new("1", (8, 8)), 300) is None
    assert compress_page(prepared, check).data == ours


@pytest.mark.parametrize("name", ["colour_form", "payslip_grey"])
def test_jpeg_page_is_the_file_pillow_writes(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    image = pages.PAGES[name]()
    check = check_page(image, 300)
    prepared = prepare_page(image, check, 300)
    encoded = compress_page(prepared, check)
    assert encoded.media_type == "image/jpeg"
    buffer = io.BytesIO()
    prepared.image.save(buffer, "JPEG", quality=70, dpi=(150, 150), optimize=False)
    assert encoded.data == buffer.getvalue()
    monkeypatch.delattr(os, "memfd_create")  # elsewhere than Linux: the plain way, same bytes
    assert save_releasing_gil(prepared.image, "JPEG", quality=70, dpi=(150, 150)) == encoded.data
