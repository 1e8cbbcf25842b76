"""One visit's hand-in: several documents, the one being worked on, and "Undo" for a removed
page (plain Python, no Qt)."""

from __future__ import annotations

from pathlib import Path

from kiosk.journeys.documents.hand_in import HandIn
from kiosk.journeys.documents.pages import Page
from scanner.pipeline import ProcessedPage, process_page
from tests.helpers import pages

PROCESSED: ProcessedPage = process_page(pages.as_grey(pages.PAGES["letter"]()), 300)


def page(page_id: str) -> Page:
    return Page(page_id, PROCESSED, preview=Path(f"{page_id}.png"))


def ids(hand_in: HandIn) -> list[str]:
    return [p.id for p in hand_in.current.pages.pages]


def test_a_removed_page_comes_back_where_it_was_until_the_next_change() -> None:
    hand_in = HandIn()
    for page_id in "abc":
        hand_in.current.pages.add(page(page_id))
    assert hand_in.remove_page("b") is not None
    assert ids(hand_in) == ["a", "c"]
    assert hand_in.undo_remove()
    assert ids(hand_in) == ["a", "b", "c"]
    assert not hand_in.undo_remove()  # once

    hand_in.remove_page("a")
    gone = hand_in.forget_removed()  # the next change came: the removal is final
    assert gone is not None and gone.id == "a"
    assert not hand_in.undo_remove()
    assert ids(hand_in) == ["b", "c"]


def test_each_document_has_its_own_type_and_pages_and_only_complete_ones_are_sent() -> None:
    hand_in = HandIn()
    hand_in.current.type_id = "bank_statement"
    hand_in.current.pages.add(page("a"))
    hand_in.add_document()
    assert hand_in.current_index == 1 and ids(hand_in) == []
    hand_in.current.type_id = "payslip"
    assert [d.type_id for d in hand_in.complete()] == ["bank_statement"]  # no page yet
    hand_in.current.pages.add(page("b"))
    assert [d.type_id for d in hand_in.complete()] == ["bank_statement", "payslip"]

    first = hand_in.documents[0]
    hand_in.drop(first)  # stored: a retry sends only the rest
    assert [d.type_id for d in hand_in.documents] == ["payslip"]
    assert hand_in.current_index == 0


def test_backing_out_of_a_document_just_added_takes_it_away() -> None:
    hand_in = HandIn()
    hand_in.current.type_id = "bank_statement"
    hand_in.current.pages.add(page("a"))
    hand_in.add_document()
    assert hand_in.drop_unstarted()
    assert len(hand_in.documents) == 1 and hand_in.current_index == 0
    assert not hand_in.drop_unstarted()  # the first document is never dropped this way
