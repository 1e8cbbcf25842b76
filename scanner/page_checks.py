"""Checks a scanned page the way a careful clerk would: blank, cut off, skewed, too dark, too light.

All measures run on a grey copy reduced to about 100 dpi: enough to see text lines and edges,
and small enough that a whole A4 page is checked in a few tens of milliseconds. Every step is a
numpy array operation; there are no Python loops over pixels.

Paper is not assumed to be white: its level is estimated from the page itself (the brightest
large share of pixels), so off-white and grey recycled paper are paper, not content.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops

CHECK_DPI = 100
# A pixel is ink when it is this much darker than the paper (or 4 noise widths, if more).
MIN_INK_CONTRAST = 60
# Pale text on a too-light scan is still content: a second, gentler look finds it.
FAINT_INK_CONTRAST = 30
# Blank: less ink than this share of the page after specks are removed (a short signature
# line on an otherwise empty page is about 0.1 %).
BLANK_INK_SHARE = 0.0004
# Cut off: ink in the outer band of the scan area, along this share of the edge.
EDGE_BAND_MM = 3.0
EDGE_INK_SHARE = 0.04
# A dark line along the whole edge is the shadow of the paper edge or the lid, not content.
EDGE_SHADOW_SHARE = 0.97
SKEW_RANGE_DEGREES = 10.0
# Ink pixels sampled for the skew search: enough for a sharp profile, cheap to shear.
SKEW_SAMPLE_POINTS = 20_000
DESKEW_THRESHOLD_DEGREES = 0.5
TOO_DARK_PAPER_LEVEL = 100
TOO_LIGHT_INK_LEVEL = 150
# Colour matters when more than this share of the page is clearly coloured (a photo, a
# coloured form); a small logo or a blue signature does not make a page a colour page.
COLOUR_SHARE = 0.01
COLOUR_CHROMA = 40
# Grey matters when large areas are neither paper nor ink (photos, shading, halftones).
GREY_AREA_SHARE = 0.02

BoolArray = npt.NDArray[np.bool_]
_SIXTEEN_BIT = {"I;16", "I;16B", "I;16L", "I;16N"}


class Edge(enum.StrEnum):
    TOP = "top"
    BOTTOM = "bottom"
    LEFT = "left"
    RIGHT = "right"


class PageEncoding(enum.StrEnum):
    BILEVEL = "bilevel"  # CCITT G4: black-and-white text
    GRAY = "gray"  # grey JPEG: shading, grey photos
    COLOR = "color"  # colour JPEG: only where colour matters


@dataclass(frozen=True)
class PageCheck:
    """What the checks found on one page; JSON-friendly through ``as_dict``."""

    blank: bool
    cut_off: tuple[Edge, ...]
    skew_degrees: float
    too_dark: bool
    too_light: bool
    encoding: PageEncoding
    paper_level: int
    ink_level: int

    @property
    def needs_deskew(self) -> bool:
        return abs(self.skew_degrees) >= DESKEW_THRESHOLD_DEGREES

    @property
    def acceptable(self) -> bool:
        """True when nothing needs the citizen's attention."""
        return not (self.blank or self.cut_off or self.too_dark or self.too_light)

    def as_dict(self) -> dict[str, object]:
        return {
            "blank": self.blank,
            "cut_off": [edge.value for edge in self.cut_off],
            "skew_degrees": self.skew_degrees,
            "too_dark": self.too_dark,
            "too_light": self.too_light,
            "encoding": self.encoding.value,
        }


def eight_bit(image: Image.Image) -> Image.Image:
    """Mode L or RGB with 8 bits per sample. 16-bit grey is scaled, not clipped: clipped,
    every value above 255 turns white and a text page looks blank."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in _SIXTEEN_BIT:
        return image.point(lambda value: value / 257).convert("L")
    if image.mode == "I":
        extrema = image.getextrema()
        top = float(extrema[1]) if isinstance(extrema[1], int | float) else 65535.0
        if top <= 255:
            return image.convert("L")
        scale = 1 / 257 if top <= 65535 else 255 / top
        return image.point(lambda value: value * scale).convert("L")
    if image.mode in ("1", "LA"):
        return image.convert("L")
    return image.convert("RGB")


def check_page(image: Image.Image, dpi: float = 300.0) -> PageCheck:
    """Check one scanned page (any size; mode L or RGB, 16-bit grey is scaled) scanned at
    ``dpi``."""
    small = _reduce_to_check_dpi(eight_bit(image), dpi)
    grey_image = small if small.mode == "L" else small.convert("L")
    grey = np.asarray(grey_image)
    histogram = np.asarray(grey_image.histogram(), dtype=np.float64)
    paper, noise = _paper_level(histogram)
    ink_below = paper - max(MIN_INK_CONTRAST, 4.0 * noise)
    ink: BoolArray = grey < ink_below
    ink_share = _ink_share(ink)
    faint_only = ink_share < BLANK_INK_SHARE
    if faint_only:
        # No proper ink: either a blank sheet or a scan so light the text is pale grey.
        ink = grey < paper - max(FAINT_INK_CONTRAST, 5.0 * noise)
        ink_share = _ink_share(ink)
    blank = ink_share < BLANK_INK_SHARE
    ink_level = _percentile(histogram[: max(int(ink_below), 0)], 5.0, default=paper)
    too_light = not blank and (faint_only or ink_level > TOO_LIGHT_INK_LEVEL)
    scale = small.width / max(image.width, 1) * dpi
    return PageCheck(
        blank=blank,
        cut_off=() if blank else _cut_off_edges(ink, scale),
        skew_degrees=0.0 if blank else estimate_skew(ink),
        too_dark=paper < TOO_DARK_PAPER_LEVEL,
        too_light=too_light,
        encoding=_choose_encoding(small, grey, paper, noise, ink_level),
        paper_level=paper,
        ink_level=ink_level,
    )


def _ink_share(ink: BoolArray) -> float:
    """Share of the page that is ink once isolated specks are dropped."""
    if not ink.any():  # a clean blank sheet: nothing to despeckle
        return 0.0
    return float(np.count_nonzero(_despeckle(ink))) / ink.size


def _reduce_to_check_dpi(image: Image.Image, dpi: float) -> Image.Image:
    factor = max(1, round(dpi / CHECK_DPI))
    small = image.reduce(factor) if factor > 1 else image
    return small if small.mode in ("L", "RGB") else small.convert("RGB")


def _percentile(histogram: npt.NDArray[np.float64], share: float, default: int) -> int:
    total = histogram.sum()
    if total <= 0:
        return default
    return int(np.searchsorted(histogram.cumsum(), total * share / 100.0))


def _paper_level(histogram: npt.NDArray[np.float64]) -> tuple[int, float]:
    """Paper brightness and its noise, from the brighter part of the page itself."""
    paper = _percentile(histogram, 80.0, default=255)
    distance = np.abs(np.arange(256) - paper)
    near = np.where(distance < 40, histogram, 0.0)
    # Median absolute deviation around the paper level, scaled to a standard deviation.
    by_distance = np.bincount(distance, weights=near, minlength=256)
    noise = _percentile(by_distance, 50.0, default=0) * 1.4826
    return paper, noise


def _box_count(mask: BoolArray, radius: int) -> npt.NDArray[np.uint8]:
    """Number of set pixels in the (2r+1)² box around each pixel: two separable running sums
    over shifted views (a loop over the 2r+1 offsets, never over pixels)."""
    h, w = mask.shape
    padded = np.zeros((h + 2 * radius, w + 2 * radius), dtype=np.uint8)
    padded[radius : radius + h, radius : radius + w] = mask
    rows = padded[:, 0:w].copy()
    for dx in range(1, 2 * radius + 1):
        rows += padded[:, dx : dx + w]
    counts = rows[0:h].copy()
    for dy in range(1, 2 * radius + 1):
        counts += rows[dy : dy + h]
    return counts


def _despeckle(ink: BoolArray) -> BoolArray:
    """Drops isolated dark specks (paper fibres, dust): ink needs ink around it."""
    kept: BoolArray = ink & (_box_count(ink, 1) >= 4)
    return kept


def _cut_off_edges(ink: BoolArray, dpi: float) -> tuple[Edge, ...]:
    band = max(2, round(EDGE_BAND_MM / 25.4 * dpi))
    bands = {
        Edge.TOP: ink[:band, :].any(axis=0),
        Edge.BOTTOM: ink[-band:, :].any(axis=0),
        Edge.LEFT: ink[:, :band].any(axis=1),
        Edge.RIGHT: ink[:, -band:].any(axis=1),
    }
    found = []
    for edge, touched in bands.items():
        share = float(touched.mean())
        if EDGE_INK_SHARE <= share < EDGE_SHADOW_SHARE:
            found.append(edge)
    return tuple(found)


def estimate_skew(ink: BoolArray) -> float:
    """Angle of the text lines in degrees, counter-clockwise positive (as ``Image.rotate``).

    Projection profile: the ink is sheared by each candidate angle and summed per row; text
    lines give the sharpest profile (largest sum of squares) when they are level. A coarse
    search over ±10° in 0.5° steps, then a fine one in 0.05° steps around the best.
    """
    total = np.count_nonzero(ink)
    if total < 200:
        return 0.0
    # Many ink pixels: every n-th column keeps each text line's full height in the profile
    # (sampling rows instead would alias with the line spacing).
    step = -(-total // SKEW_SAMPLE_POINTS)
    ys, xs = np.nonzero(ink[:, ::step])
    xs = xs * step
    x_centered = xs.astype(np.float32) - np.float32(ink.shape[1] / 2.0)
    y = ys.astype(np.float32)
    coarse = np.arange(-SKEW_RANGE_DEGREES, SKEW_RANGE_DEGREES + 0.01, 0.5)
    coarse_scores = _profile_sharpness(y, x_centered, coarse)
    best = float(coarse[int(np.argmax(coarse_scores))])
    # Not text-like (a photo, a drawing): no angle stands out, so do not rotate.
    if coarse_scores.max() < 1.15 * np.median(coarse_scores):
        return 0.0
    fine = np.arange(best - 0.5, best + 0.5001, 0.05)
    fine_scores = _profile_sharpness(y, x_centered, fine)
    # Of the angles that are as good as the best (pixel rounding makes ties), take the smallest.
    ties = fine[fine_scores >= fine_scores.max() * (1 - 1e-3)]
    angle = float(ties[int(np.argmin(np.abs(ties)))])
    return round(angle, 2) + 0.0  # + 0.0 turns -0.0 into 0.0


def _profile_sharpness(
    y: npt.NDArray[np.float32], x: npt.NDArray[np.float32], angles: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Sum of squared row counts of the ink sheared by each angle.

    One angle at a time: the 20,000 points stay in cache, which beats one big angle-by-point
    matrix (tried: slower, it is bound by memory traffic)."""
    scores = np.empty(angles.size)
    for i, slope in enumerate(np.tan(np.radians(angles)).astype(np.float32)):
        rows = np.rint(y + slope * x).astype(np.intp)
        profile = np.bincount(rows - rows.min())
        scores[i] = float(np.dot(profile, profile))
    return scores


def _choose_encoding(
    small: Image.Image, grey: npt.NDArray[np.uint8], paper: int, noise: float, ink_level: int
) -> PageEncoding:
    if small.mode == "RGB":
        red, green, blue = small.split()
        high = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        low = ImageChops.darker(ImageChops.darker(red, green), blue)
        chroma = np.asarray(ImageChops.subtract(high, low))
        if float(_despeckle(chroma > COLOUR_CHROMA).mean()) > COLOUR_SHARE:
            return PageEncoding.COLOR
    mid_tone: BoolArray = (grey < paper - max(25.0, 3.0 * noise)) & (grey > ink_level + 50)
    # Glyph edges are mid-tone too, but only in thin rims; grey areas fill whole boxes.
    grey_area = mid_tone & (_box_count(mid_tone, 2) >= 20)
    if float(grey_area.mean()) > GREY_AREA_SHARE:
        return PageEncoding.GRAY
    return PageEncoding.BILEVEL
