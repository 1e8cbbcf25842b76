"""The page list of the documents journey as QML draws it: one card per page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.journeys.documents import texts as dtexts
from kiosk.journeys.documents.pages import Page
from kiosk.journeys.documents.preview_images import preview_source


def page_cards(pages: Sequence[Page], replacing: str | None) -> list[dict[str, Any]]:
    """Number, preview, the finding in plain words, and whether a rescan is replacing it."""
    return [
        {
            "id": page.id,
            "number": number,
            "preview": preview_source(page.preview),
            "finding": dtexts.finding_text(page.finding) if page.finding else "",
            "replacing": page.id == replacing,
        }
        for number, page in enumerate(pages, start=1)
    ]
