"""Realistic A4 test pages at 300 dpi, drawn with Pillow, and a way to hand them to SANE.

Each page is what a citizen brings to the job centre: a letter, a bank statement, a colour form
with a photo, a payslip with a grey photo copy, the same letter on off-white paper, skewed by 3°,
with its lower 15 % missing, and blank sheets (white, grey recycled paper with fibres).
Everything is seeded, so a page is the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 300
A4 = (2480, 3508)  # 210 × 297 mm at 300 dpi
MARGIN = 236  # 20 mm
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
WHITE = (252, 252, 250)
OFF_WHITE = (236, 229, 211)
RECYCLED_GREY = (184, 182, 176)

_WORDS = [
    "hiermit",
    "reiche",
    "ich",
    "die",
    "angeforderten",
    "Unterlagen",
    "zu",
    "meinem",
    "Antrag",
    "auf",
    "Leistungen",
    "nach",
    "dem",
    "Zweiten",
    "Buch",
    "Sozialgesetzbuch",
    "ein",
    "Bitte",
    "entschuldigen",
    "Sie",
    "die",
    "Verspätung",
    "da",
    "die",
    "Bank",
    "die",
    "Kontoauszüge",
    "erst",
    "nach",
    "zwei",
    "Wochen",
    "geschickt",
    "hat",
    "Die",
    "Nebenkostenabrechnung",
    "für",
    "das",
    "vergangene",
    "Jahr",
    "liegt",
    "ebenfalls",
    "bei",
    "Für",
    "Rückfragen",
    "erreichen",
    "Sie",
    "mich",
    "vormittags",
    "telefonisch",
    "Mein",
    "Sohn",
    "besucht",
    "seit",
    "September",
    "die",
    "Grundschule",
    "die",
    "Bescheinigung",
    "folgt",
    "sobald",
    "sie",
    "vorliegt",
]


def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    family = "DejaVuSerif" if serif else "DejaVuSans"
    return ImageFont.truetype(str(FONT_DIR / f"{family}{'-Bold' if bold else ''}.ttf"), size)


def _paper(colour: tuple[int, int, int], noise: float, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    base = np.empty((A4[1], A4[0], 3), dtype=np.float32)
    base[:] = colour
    base += rng.normal(0.0, noise, size=(A4[1], A4[0], 1)).astype(np.float32)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")


def _sentences(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraphs(
    draw: ImageDraw.ImageDraw, top: int, bottom: int, rng: random.Random, size: int = 42
) -> int:
    """Fills lines of body text from ``top`` to ``bottom``; returns the y after the last line."""
    body = font(size, serif=True)
    line_height = int(size * 1.45)
    width = A4[0] - 2 * MARGIN
    y = top
    while y + line_height < bottom:
        words = _sentences(rng, 60).split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=body) > width:
                draw.text((MARGIN, y), line, font=body, fill=(25, 25, 30))
                y += line_height
                line = word
                if y + line_height >= bottom:
                    return y
            else:
                line = candidate
        draw.text((MARGIN, y), line, font=body, fill=(25, 25, 30))
        y += line_height + line_height // 2
    return y


def _letterhead(draw: ImageDraw.ImageDraw) -> int:
    small = font(34)
    for i, line in enumerate(("Erika Mustermann", "Heidestraße 17", "51147 Köln")):
        draw.text((MARGIN, 260 + i * 46), line, font=small, fill=(30, 30, 30))
    for i, line in enumerate(("Jobcenter Musterstadt", "Team 512", "Postfach 10 20 30")):
        draw.text((MARGIN, 560 + i * 46), line, font=small, fill=(30, 30, 30))
    draw.text((A4[0] - MARGIN - 420, 560), "Köln, 14. März 2025", font=small, fill=(30, 30, 30))
    draw.text(
        (MARGIN, 860), "Weiterbewilligungsantrag – Unterlagen", font=font(44, bold=True), fill=20
    )
    draw.text(
        (MARGIN, 960),
        "Sehr geehrte Damen und Herren,",
        font=font(42, serif=True),
        fill=(20, 20, 20),
    )
    return 1050


def letter(
    paper: tuple[int, int, int] = WHITE, seed: int = 1, full: bool = False, noise: float = 2.0
) -> Image.Image:
    """A typed letter: address block, subject, paragraphs, signature (grey-scale content)."""
    page = _paper(paper, noise, seed)
    draw = ImageDraw.Draw(page)
    rng = random.Random(seed)
    top = _letterhead(draw)
    bottom = A4[1] - 120 if full else A4[1] - 900
    y = _paragraphs(draw, top, bottom, rng)
    if not full:
        draw.text(
            (MARGIN, y + 40),
            "Mit freundlichen Grüßen",
            font=font(42, serif=True),
            fill=(20, 20, 20),
        )
        points = [(MARGIN + i * 12, y + 200 + int(25 * np.sin(i / 3))) for i in range(40)]
        draw.line(points, fill=(20, 30, 90), width=5)
    return page


def bank_statement(seed: int = 2) -> Image.Image:
    """A bank statement: bank name, account header and a ruled table of bookings."""
    page = _paper(WHITE, 2.0, seed)
    draw = ImageDraw.Draw(page)
    rng = random.Random(seed)
    draw.text((MARGIN, 220), "Sparkasse Musterstadt", font=font(60, bold=True), fill=(20, 20, 20))
    draw.text((MARGIN, 330), "Kontoauszug 3/2025   IBAN DE02 3705 0198 0000 1234 56", font=font(34))
    header = ("Datum", "Buchungstext", "Wert", "Betrag EUR")
    columns = (MARGIN, MARGIN + 260, MARGIN + 1380, MARGIN + 1700)
    y = 480
    draw.line([(MARGIN, y - 10), (A4[0] - MARGIN, y - 10)], fill=(0, 0, 0), width=4)
    for x, title in zip(columns, header, strict=True):
        draw.text((x, y), title, font=font(34, bold=True), fill=(10, 10, 10))
    y += 70
    draw.line([(MARGIN, y - 10), (A4[0] - MARGIN, y - 10)], fill=(0, 0, 0), width=3)
    texts = ("Miete Heidestr. 17", "REWE SAGT DANKE", "Stadtwerke Abschlag", "Kindergeld")
    while y < A4[1] - 400:
        day = rng.randint(1, 28)
        amount = rng.uniform(-900, 700)
        row = (f"{day:02d}.03.", rng.choice(texts), f"{day:02d}.03.", f"{amount:10.2f}")
        for x, text in zip(columns, row, strict=True):
            draw.text((x, y), text, font=font(32), fill=(15, 15, 15))
        y += 62
        draw.line([(MARGIN, y - 8), (A4[0] - MARGIN, y - 8)], fill=(120, 120, 120), width=2)
    draw.text((columns[1], y + 20), "Neuer Saldo", font=font(34, bold=True), fill=(10, 10, 10))
    return page


def _photo(size: tuple[int, int], seed: int, colour: bool = True) -> Image.Image:
    """A photo-like picture: smooth gradients, a face-like shape, sensor noise."""
    rng = np.random.default_rng(seed)
    h, w = size[1], size[0]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sky = np.stack([90 + 80 * yy / h, 140 + 60 * xx / w, 200 - 60 * yy / h], axis=2)
    face = ((xx - w / 2) / (w * 0.28)) ** 2 + ((yy - h * 0.42) / (h * 0.3)) ** 2 < 1
    sky[face] = (224, 172, 140)
    shirt = yy > h * 0.75
    sky[shirt] = (40, 70, 160)
    sky += rng.normal(0, 6, size=sky.shape).astype(np.float32)
    image = Image.fromarray(np.clip(sky, 0, 255).astype(np.uint8), "RGB")
    image = image.filter(ImageFilter.GaussianBlur(2))
    return image if colour else image.convert("L").convert("RGB")


def colour_form(seed: int = 3) -> Image.Image:
    """A colour application form with a coloured header, coloured field boxes and a photo."""
    page = _paper(WHITE, 2.0, seed)
    draw = ImageDraw.Draw(page)
    draw.rectangle([MARGIN, 200, A4[0] - MARGIN, 380], fill=(0, 84, 159))
    draw.text((MARGIN + 40, 250), "Antrag auf Ausstellung", font=font(64, bold=True), fill=WHITE)
    page.paste(_photo((600, 780), seed), (A4[0] - MARGIN - 600, 480))
    labels = ("Familienname", "Vorname", "Geburtsdatum", "Anschrift", "Telefon", "Unterschrift")
    for i, label in enumerate(labels):
        y = 500 + i * 240
        draw.text((MARGIN, y), label, font=font(34), fill=(0, 84, 159))
        draw.rectangle([MARGIN, y + 50, MARGIN + 1200, y + 150], outline=(0, 84, 159), width=4)
        draw.rectangle([MARGIN + 4, y + 54, MARGIN + 1196, y + 146], fill=(232, 240, 250))
        draw.text(
            (MARGIN + 30, y + 75), "Mustermann" if i == 0 else "", font=font(44), fill=(20, 20, 20)
        )
    draw.rectangle([MARGIN, 2100, A4[0] - MARGIN, 2200], fill=(253, 214, 0))
    draw.text(
        (MARGIN + 30, 2120), "Bitte vollständig ausfüllen", font=font(44, bold=True), fill=(0, 0, 0)
    )
    _paragraphs(draw, 2300, A4[1] - 300, random.Random(seed), size=36)
    return page


def payslip_with_grey_photo(seed: int = 4) -> Image.Image:
    """A grey-scale copy: a payslip with shaded boxes and a photocopied ID picture in grey."""
    page = _paper(WHITE, 2.0, seed)
    draw = ImageDraw.Draw(page)
    draw.text(
        (MARGIN, 220), "Verdienstabrechnung März 2025", font=font(56, bold=True), fill=(20, 20, 20)
    )
    page.paste(_photo((900, 1150), seed, colour=False), (MARGIN, 420))
    draw.rectangle([MARGIN + 1000, 420, A4[0] - MARGIN, 1570], fill=(200, 200, 200))
    _paragraphs(draw, 1700, A4[1] - 300, random.Random(seed), size=38)
    return page


def skewed(page: Image.Image, degrees: float = 3.0) -> Image.Image:
    """The page laid on the glass at an angle (counter-clockwise for positive degrees)."""
    fill = page.getpixel((5, 5))
    return page.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def missing_bottom(share: float = 0.15, seed: int = 5) -> Image.Image:
    """A full letter whose lower ``share`` did not make it onto the glass: text runs off."""
    page = letter(seed=seed, full=True)
    cut = int(A4[1] * (1 - share))
    # Move the cut into the middle of a text line, so glyphs touch the bottom edge.
    grey = np.asarray(page.convert("L"))
    rows_with_ink = np.nonzero((grey[cut - 80 : cut + 80, :] < 128).any(axis=1))[0]
    if rows_with_ink.size:
        cut = cut - 80 + int(rows_with_ink[rows_with_ink.size // 2])
    return page.crop((0, 0, A4[0], cut))


def blank_white(seed: int = 6) -> Image.Image:
    return _paper(WHITE, 2.5, seed)


def blank_recycled(seed: int = 7) -> Image.Image:
    """Grey recycled paper: darker base, mottled texture and dark fibres, and nothing on it."""
    rng = np.random.default_rng(seed)
    page = _paper(RECYCLED_GREY, 6.0, seed)
    mottle = rng.normal(0, 8, size=(A4[1] // 40 + 1, A4[0] // 40 + 1)).astype(np.float32)
    big = np.asarray(
        Image.fromarray(mottle, "F").resize(A4, Image.Resampling.BILINEAR), dtype=np.float32
    )
    pixels = np.asarray(page, dtype=np.float32) + big[:, :, None]
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(page)
    prng = random.Random(seed)
    for _ in range(900):
        x, y = prng.randrange(A4[0]), prng.randrange(A4[1])
        length, angle = prng.uniform(4, 30), prng.uniform(0, np.pi)
        shade = prng.randint(70, 140)
        end = (x + length * np.cos(angle), y + length * np.sin(angle))
        draw.line([(x, y), end], fill=(shade, shade - 4, shade - 10), width=prng.choice((1, 2)))
    return page


def faint(page: Image.Image) -> Image.Image:
    """A scan made far too light: ink comes out pale grey."""
    return page.point(lambda v: 200 + v * 55 // 255)


def too_dark(page: Image.Image) -> Image.Image:
    """A scan made far too dark: the paper comes out dark grey."""
    return page.point(lambda v: v * 80 // 255)


# Name → (builder, what the checks must find). The SANE tests and the benchmark share this.
PAGES: dict[str, Callable[[], Image.Image]] = {
    "letter": letter,
    "bank_statement": bank_statement,
    "colour_form": colour_form,
    "payslip_grey": payslip_with_grey_photo,
    "off_white_letter": lambda: letter(paper=OFF_WHITE, seed=8, noise=4.0),
    "skewed_letter": lambda: skewed(letter(seed=9), 3.0),
    "missing_bottom": missing_bottom,
    "blank_white": blank_white,
    "blank_recycled": blank_recycled,
}


def as_grey(page: Image.Image) -> Image.Image:
    return page.convert("L")


def write_pnm(page: Image.Image, path: Path) -> Path:
    """Writes the page as PPM (colour) or PGM (grey), the formats SANE's pnm backend reads."""
    page.save(path, format="PPM")
    return path
