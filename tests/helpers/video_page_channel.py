"""A stand-in for the "pages" data channel, and small JPEG pages to send over it.

``FakePageChannel`` behaves like aiortc's ``RTCDataChannel`` as the courier sees it: ``send``
piles bytes into ``bufferedAmount`` until the test lets the "wire" take them
(:meth:`FakePageChannel.transmit`), and crossing the low threshold fires ``on_low``, as
aiortc's "bufferedamountlow" does.
"""

from __future__ import annotations

import asyncio
import io
import json
import secrets
from collections.abc import Callable
from typing import Any

from PIL import Image

from video.page_share import SharedPage


class ChannelClosedError(Exception):
    """What aiortc's InvalidStateError is to the courier: the channel is not open."""


class FakePageChannel:
    def __init__(self) -> None:
        self.readyState = "connecting"
        self.bufferedAmount = 0
        self.bufferedAmountLowThreshold = 0
        self.sent: list[str | bytes] = []
        self.most_buffered = 0  # the fullest the buffer ever was
        self.on_low: Callable[[], None] = lambda: None

    def open(self) -> None:
        self.readyState = "open"

    def send(self, data: str | bytes) -> None:
        if self.readyState != "open":
            raise ChannelClosedError
        self.sent.append(data)
        self.bufferedAmount += len(data.encode() if isinstance(data, str) else data)
        self.most_buffered = max(self.most_buffered, self.bufferedAmount)

    def transmit(self, count: int | None = None) -> None:
        """The wire takes ``count`` bytes (all when ``None``) out of the buffer."""
        before = self.bufferedAmount
        self.bufferedAmount = max(0, before - (before if count is None else count))
        low = self.bufferedAmountLowThreshold
        if before > low >= self.bufferedAmount:
            self.on_low()

    async def keep_transmitting(self, step: int = 8 * 1024) -> None:
        """A steady wire: ``step`` bytes per loop turn, until cancelled."""
        while True:
            self.transmit(step)
            await asyncio.sleep(0)

    def texts(self) -> list[dict[str, Any]]:
        return [json.loads(message) for message in self.sent if isinstance(message, str)]

    def kinds(self) -> list[str]:
        """What went out, in order: message types, and "chunk" for each binary piece."""
        return [
            json.loads(message)["type"] if isinstance(message, str) else "chunk"
            for message in self.sent
        ]


def jpeg_page(number: int, width: int = 200, height: int = 280, noise: int = 0) -> SharedPage:
    """A page of ``width`` × ``height``; ``noise`` > 0 makes it big (JPEG cannot squeeze it)."""
    image = Image.new("RGB", (width, height), (250, 250, 246))
    if noise:
        image = Image.frombytes("RGB", (width, height), secrets.token_bytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90 if noise else 75)
    return SharedPage(secrets.token_hex(16), number, out.getvalue(), width, height)


def preview_of(page: Image.Image, number: int, width: int = 1240, quality: int = 70) -> SharedPage:
    """A scanned page (tests.helpers.pages) as the terminal would show it: a JPEG preview."""
    height = round(page.height * width / page.width)
    out = io.BytesIO()
    page.convert("RGB").resize((width, height), Image.Resampling.LANCZOS).save(
        out, "JPEG", quality=quality
    )
    return SharedPage(secrets.token_hex(16), number, out.getvalue(), width, height)
