"""Page checks on synthetic arrays (exact, small) and on the realistic generated pages."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from scanner.page_checks import Edge, PageEncoding, check_page, estimate_skew
from tests.helpers import pages

SIZE = (827, 1169)  # A4 at 100 dpi: checks run at this scale anyway


def paper(level: int = 250, noise: float = 2.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(level, noise, size=(SIZE[1], SIZE[0])), 0, 255).astype(np.uint8)


def with_lines(page: np.ndarray, top: int = 150, bottom: int = 1000, ink: int = 20) -> Image.Image:
    page = page.copy()
    for y in range(top, bottom, 25):  # text-like bars with gaps, inside normal margins
        for x in range(80, 740, 60):
            page[y : y + 8, x : x + 45] = ink
    return Image.fromarray(page, "L")


def test_white_and_grey_paper_are_blank_text_is_not() -> None:
    assert check_page(Image.fromarray(paper(), "L"), dpi=100).blank
    assert check_page(Image.fromarray(paper(level=180, noise=7), "L"), dpi=100).blank
    assert not check_page(with_lines(paper(level=180, noise=7)), dpi=100).blank


def test_normal_margins_are_not_cut_off_text_at_the_bottom_edge_is() -> None:
    assert check_page(with_lines(paper()), dpi=100).cut_off == ()
    assert check_page(with_lines(paper(), top=900, bottom=1175), dpi=100).cut_off == (Edge.BOTTOM,)


def test_a_shadow_along_the_whole_edge_is_not_content() -> None:
    page = paper()
    page[:, :4] = 30  # dark strip down the full left side: the paper edge's shadow
    assert check_page(with_lines(page), dpi=100).cut_off == ()


@pytest.mark.parametrize("angle", [-7.0, -3.0, 0.0, 1.5, 4.0])
def test_skew_is_measured_within_half_a_degree(angle: float) -> None:
    image = with_lines(paper()).rotate(angle, fillcolor=250)
    ink = np.asarray(image) < 128
    assert abs(estimate_skew(ink) - angle) <= 0.5


def test_too_dark_and_too_light() -> None:
    dark = check_page(with_lines(paper(level=70, noise=2), ink=5), dpi=100)
    assert dark.too_dark and not dark.too_light
    light = check_page(with_lines(paper(), ink=200), dpi=100)
    assert light.too_light and not light.too_dark and not light.blank
    normal = check_page(with_lines(paper()), dpi=100)
    assert not normal.too_dark and not normal.too_light


def test_encoding_follows_content() -> None:
    text = with_lines(paper()).convert("RGB")
    assert check_page(text, dpi=100).encoding is PageEncoding.BILEVEL
    photo = text.copy()
    ImageDraw.Draw(photo).rectangle([100, 100, 500, 500], fill=(200, 60, 40))
    assert check_page(photo, dpi=100).encoding is PageEncoding.COLOR
    assert check_page(photo.convert("L"), dpi=100).encoding is PageEncoding.GRAY


def test_small_coloured_signature_does_not_make_a_colour_page() -> None:
    page = with_lines(paper()).convert("RGB")
    ImageDraw.Draw(page).line([(100, 1050), (300, 1070)], fill=(20, 30, 160), width=3)
    assert check_page(page, dpi=100).encoding is PageEncoding.BILEVEL


def test_generated_pages_at_full_resolution() -> None:
    skewed = check_page(pages.PAGES["skewed_letter"](), dpi=300)
    assert abs(skewed.skew_degrees - 3.0) <= 0.5 and skewed.needs_deskew
    assert check_page(pages.faint(pages.letter()).convert("L")).too_light
    assert check_page(pages.too_dark(pages.letter())).too_dark
