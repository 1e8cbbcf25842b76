"""Skew is measured on the reduced page and corrected once, at full resolution, with paper fill."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageChops

from scanner.page_checks import PageEncoding, check_page
from scanner.pipeline import process_page
from tests.helpers import pages


@pytest.fixture(scope="module")
def letter() -> Image.Image:
    return pages.letter(seed=9)


@pytest.mark.parametrize("angle", [-5.0, -1.5, 0.0, 2.0, 3.0, 7.0])
def test_skew_of_a_scanned_letter_is_estimated_within_0_3_degrees(
    letter: Image.Image, angle: float
) -> None:
    check = check_page(pages.skewed(letter, angle), dpi=300)
    assert abs(check.skew_degrees - angle) <= 0.3


def decoded(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


def test_skewed_text_page_comes_out_level_with_white_corners() -> None:
    page = process_page(pages.PAGES["skewed_letter"]())
    assert page.check.encoding is PageEncoding.BILEVEL
    out = decoded(page.encoded.data)
    assert abs(check_page(out, dpi=300).skew_degrees) <= 0.3
    corners = [out.getpixel(xy) for xy in [(0, 0), (out.width - 1, out.height - 1)]]
    assert corners == [255, 255]  # rotated-in corners are paper, not black wedges


def test_skewed_picture_page_gets_corners_the_colour_of_its_paper() -> None:
    # A colour form on off-white paper, laid on the glass at 3°.
    tinted = Image.new("RGB", pages.A4, pages.OFF_WHITE)
    form = ImageChops.multiply(pages.colour_form(), tinted)
    page = process_page(pages.skewed(form, 3.0))
    assert page.check.encoding is PageEncoding.COLOR and page.check.needs_deskew
    out = np.asarray(decoded(page.encoded.data), dtype=np.int16)
    margin_paper = int(np.median(out[40:60, out.shape[1] // 2 - 100 : out.shape[1] // 2 + 100]))
    corner = int(np.median(out[:6, :6]))
    assert abs(corner - margin_paper) <= 8
