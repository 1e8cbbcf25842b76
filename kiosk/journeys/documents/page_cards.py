"""What QML draws of the documents journey: one card per page, one row per document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.journeys.documents import texts as dtexts
from kiosk.journeys.documents.findings import Finding
from kiosk.journeys.documents.pages import Page
from kiosk.journeys.documents.preview_images import preview_source


def page_cards(pages: Sequence[Page], replacing: str | None) -> list[dict[str, Any]]:
    """Number, preview, the finding in plain words and where it is on the page (the edges cut
    off, or the whole page blank, drawn over the thumbnail), and whether a rescan replaces it."""
    cards = []
    for number, page in enumerate(pages, start=1):
        finding = page.finding
        check = page.processed.check
        cards.append(
            {
                "id": page.id,
                "number": number,
                "preview": preview_source(page.preview),
                "finding": dtexts.finding_text(finding) if finding else "",
                "blank": finding is Finding.BLANK,
                "edges": [str(edge) for edge in check.cut_off] if finding and _cut(finding) else [],
                "replacing": page.id == replacing,
            }
        )
    return cards


def _cut(finding: Finding) -> bool:
    return finding.value.startswith("cut_off")


def document_rows(
    documents: Sequence[tuple[str, Sequence[Page]]], current: int
) -> list[dict[str, Any]]:
    """The review's rows: each document's kind, its page count and its first thumbnails."""
    return [
        {
            "index": index,
            "type": label,
            "pages": dtexts.pages_text(len(pages)),
            "previews": [preview_source(page.preview) for page in pages[:6]],
            "current": index == current,
        }
        for index, (label, pages) in enumerate(documents)
    ]
