"""The pages of one document while the citizen works on them: add, replace, turn, remove, keep.

A page holds only what is needed later: the encoded page (small: G4 or JPEG) and the path of
its preview picture in the session's workspace. The full-size scan is dropped at once.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from kiosk.journeys.documents.findings import Finding, finding_for
from scanner.pipeline import ProcessedPage, process_page


@dataclass(frozen=True)
class Page:
    id: str
    processed: ProcessedPage
    preview: Path
    # The citizen looked at the finding and chose to keep the page as it is.
    kept_anyway: bool = False

    @property
    def finding(self) -> Finding | None:
        return None if self.kept_anyway else finding_for(self.processed.check)


def new_page_id() -> str:
    return uuid.uuid4().hex[:12]


class PageStack:
    """The ordered pages; every change returns nothing and is visible through ``pages``."""

    def __init__(self) -> None:
        self._pages: list[Page] = []

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def index_of(self, page_id: str) -> int | None:
        return next((i for i, p in enumerate(self._pages) if p.id == page_id), None)

    def add(self, page: Page) -> None:
        self._pages.append(page)

    def insert(self, index: int, page: Page) -> None:
        self._pages.insert(min(max(0, index), len(self._pages)), page)

    def put(self, page: Page, replacing: str | None) -> Page | None:
        """Adds ``page``, or puts it where ``replacing`` was; returns the page it replaced."""
        index = self.index_of(replacing) if replacing else None
        if index is None:
            self._pages.append(page)
            return None
        old = self._pages[index]
        self._pages[index] = page
        return old

    def remove(self, page_id: str) -> Page | None:
        index = self.index_of(page_id)
        return None if index is None else self._pages.pop(index)

    def keep(self, page_id: str) -> None:
        index = self.index_of(page_id)
        if index is not None:
            self._pages[index] = replace(self._pages[index], kept_anyway=True)

    def clear(self) -> None:
        self._pages.clear()


def encoded_image(processed: ProcessedPage) -> Image.Image:
    """The page as it will be in the PDF (straightened, encoded), decoded again."""
    with Image.open(io.BytesIO(processed.encoded.data)) as opened:
        return opened.convert("L" if opened.mode in ("1", "L") else "RGB")


def turned(processed: ProcessedPage) -> ProcessedPage:
    """The page turned a quarter clockwise, checked and encoded again from its encoded form
    (the full-size scan is gone; G4 is lossless, a JPEG loses a little once more)."""
    upright = encoded_image(processed).transpose(Image.Transpose.ROTATE_270)
    return process_page(upright, processed.encoded.dpi)
