"""The receipt's QR code: what a citizen can photograph instead of writing the number down.

It holds plain text in the citizen's language: the office, the reference number(s) and the
office's phone number. Nothing about the citizen (no name, phone or BG number): a photo of
the screen, or a stranger's phone, learns nothing personal. Drawn by segno as SVG, so QML
scales it sharply to any size.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QCoreApplication


def receipt_text(office: str, codes: list[str], hotline: str) -> str:
    reference = QCoreApplication.translate("Receipt", "Reference number: %1").replace(
        "%1", ", ".join(codes)
    )
    phone = QCoreApplication.translate("Receipt", "Phone: %1").replace("%1", hotline)
    return "\n".join((office, reference, phone))


def qr_data_uri(text: str) -> str:
    """An SVG data URI (black on white, the standard quiet zone of four modules)."""
    code = segno.make(text, error="m", micro=False)
    return str(code.svg_data_uri(scale=1, border=4, dark="#000000", light="#FFFFFF"))
