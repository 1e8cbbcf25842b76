"""``kiosk check-page`` on a hostile batch: every file and every page reported, memory bounded.

A real ``kiosk check-page`` process gets real files: a letter, the same letter in 16 bits, a
three-page TIFF, a PDF of scans, a PDF page of text, a damaged PNG, a missing file, and two
decompression bombs (PNG headers claiming 20000 × 20000 and 12000 × 12000 pixels over a few
hundred KB of zeros). Peak memory is the kernel's count (``wait4``), printed beside a baseline
of one ordinary page measured in the same run.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import img2pdf
import numpy as np
import pikepdf
from PIL import Image, ImageDraw

from scanner.page_image import MAX_PAGE_PIXELS
from tests.helpers.pages import as_grey, blank_white, font, letter
from tests.helpers.peak_memory import Measured, run_measured
from tests.helpers.terminal import console_script


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A valid PNG of ``width`` × ``height`` grey zeros: tiny on disk, huge unpacked."""
    row = b"\x00" * (width + 1)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return path


def text_only_pdf(path: Path) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    pdf.save(path)
    return path


def largest_page(path: Path) -> Path:
    """A colour page just under the pixel limit, with some text on it."""
    width = 6600
    height = MAX_PAGE_PIXELS // width - 1
    page = Image.new("RGB", (width, height), (250, 250, 245))
    ImageDraw.Draw(page).text((600, 600), "Bescheid " * 20, fill=(0, 0, 0), font=font(120))
    page.save(path, dpi=(600, 600))
    return path


def check_pages(*files: Path) -> Measured:
    return run_measured([console_script("kiosk"), "check-page", "--json", *map(str, files)])


def test_every_file_and_page_of_a_hostile_batch_is_reported_with_bounded_memory(
    tmp_path: Path,
) -> None:
    page = as_grey(letter())
    page.save(tmp_path / "letter.png", dpi=(300, 300))
    sixteen = np.asarray(page).astype(np.uint16) * 257
    Image.fromarray(sixteen).save(tmp_path / "sixteen.png", dpi=(300, 300))
    frames = [page, as_grey(blank_white()), page]
    frames[0].save(tmp_path / "three.tif", save_all=True, append_images=frames[1:], dpi=(300, 300))
    (tmp_path / "scan.pdf").write_bytes(
        img2pdf.convert([str(tmp_path / "letter.png"), str(tmp_path / "three.tif")])
    )
    (tmp_path / "damaged.png").write_bytes((tmp_path / "letter.png").read_bytes()[:5000])
    batch = [
        tmp_path / "letter.png",
        png_claiming(tmp_path / "bomb.png", 20000, 20000),
        tmp_path / "sixteen.png",
        png_claiming(tmp_path / "big.png", 12000, 12000),
        tmp_path / "three.tif",
        tmp_path / "damaged.png",
        tmp_path / "missing.png",
        tmp_path / "scan.pdf",
        text_only_pdf(tmp_path / "text.pdf"),
    ]

    measured = check_pages(*batch)

    assert measured.returncode == 1, "some files failed: the exit status says so"
    lines = [json.loads(line) for line in measured.stdout.splitlines()]
    by_file: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        by_file.setdefault(Path(str(line["file"])).name, []).append(line)
    assert list(by_file) == [path.name for path in batch], "every file, in order"
    assert by_file["letter.png"][0]["blank"] is False
    assert by_file["sixteen.png"][0]["blank"] is False, "16-bit scaled, not clipped to white"
    assert [p["blank"] for p in by_file["three.tif"]] == [False, True, False]
    assert [p["page"] for p in by_file["scan.pdf"]] == ["1", "2", "3", "4"]
    assert [p["blank"] for p in by_file["scan.pdf"]] == [False, False, True, False]
    assert "far more pixels" in str(by_file["bomb.png"][0]["error"])
    assert "12000 × 12000 pixels" in str(by_file["big.png"][0]["error"])
    assert "damaged or cut short" in str(by_file["damaged.png"][0]["error"])
    assert by_file["missing.png"][0]["error"] == "no such file"
    assert "no single scanned image" in str(by_file["text.pdf"][0]["error"])
    assert "Traceback" not in measured.stderr
    assert len(measured.stderr.strip().splitlines()) == 5, "one line for IT per refusal"


def test_memory_stays_bounded_for_bombs_and_for_the_largest_page(tmp_path: Path) -> None:
    page = as_grey(letter())
    page.save(tmp_path / "letter.png", dpi=(300, 300))
    baseline = check_pages(tmp_path / "letter.png")
    bombs = check_pages(
        png_claiming(tmp_path / "bomb.png", 20000, 20000),
        png_claiming(tmp_path / "big.png", 12000, 12000),
    )
    largest = check_pages(largest_page(tmp_path / "largest.png"))
    print(
        f"\nkiosk check-page peak RSS: one A4 page at 300 dpi {baseline.peak_mib:.0f} MiB; "
        f"two bombs (20000² and 12000²) {bombs.peak_mib:.0f} MiB; the largest page allowed "
        f"({MAX_PAGE_PIXELS / 1e6:.0f} million colour pixels) {largest.peak_mib:.0f} MiB"
    )
    assert bombs.returncode == 1 and largest.returncode == 0
    assert bombs.peak_mib < baseline.peak_mib + 30, "a bomb was decoded"
    # 45 million RGB pixels are 135 MB once decoded: at most that twice over the baseline.
    assert largest.peak_mib < baseline.peak_mib + 300
