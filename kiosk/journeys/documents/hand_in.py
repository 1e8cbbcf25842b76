"""One visit at the scanner: one BG number, and one or more documents, each of its own kind.

A citizen with a payslip and a bank statement hands both in at once: the BG number is asked
once, each document has its type and its pages. Each document leaves as a submission of its
own with the shared BG number (the contract's document submission, unchanged), so the office
files each under its type, exactly as it files a single one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.journeys.documents.pages import Page, PageStack


@dataclass
class DocumentDraft:
    """One document of the hand-in: its type (empty until chosen) and its pages."""

    type_id: str = ""
    pages: PageStack = field(default_factory=PageStack)


@dataclass(frozen=True)
class RemovedPage:
    """The page last removed, kept until the next change so "Undo" can put it back."""

    page: Page
    index: int


class HandIn:
    """The documents of one visit, the one being worked on, and the page that can come back."""

    def __init__(self) -> None:
        self.documents: list[DocumentDraft] = [DocumentDraft()]
        self.current_index = 0
        self.removed: RemovedPage | None = None

    @property
    def current(self) -> DocumentDraft:
        return self.documents[self.current_index]

    def add_document(self) -> None:
        """A further kind of document: it becomes the one being worked on."""
        self.documents.append(DocumentDraft())
        self.current_index = len(self.documents) - 1
        self.removed = None

    def choose(self, index: int) -> None:
        if 0 <= index < len(self.documents):
            self.current_index = index
            self.removed = None

    def drop_unstarted(self) -> bool:
        """Backing out of a document just added (no type, no page): it goes. True if so."""
        draft = self.current
        if len(self.documents) > 1 and not draft.type_id and not len(draft.pages):
            del self.documents[self.current_index]
            self.current_index = len(self.documents) - 1
            return True
        return False

    def remove_page(self, page_id: str) -> Page | None:
        index = self.current.pages.index_of(page_id)
        if index is None:
            return None
        page = self.current.pages.pages[index]
        self.current.pages.remove(page_id)
        self.removed = RemovedPage(page, index)
        return page

    def undo_remove(self) -> bool:
        """Puts the last removed page back where it was."""
        if self.removed is None:
            return False
        self.current.pages.insert(self.removed.index, self.removed.page)
        self.removed = None
        return True

    def forget_removed(self) -> Page | None:
        """The removal is final now (the next change came); returns the page to discard."""
        removed, self.removed = self.removed, None
        return removed.page if removed else None

    def complete(self) -> list[DocumentDraft]:
        """The documents that can be sent: a type and at least one page each."""
        return [d for d in self.documents if d.type_id and len(d.pages)]

    def drop(self, draft: DocumentDraft) -> None:
        """A document is stored: it leaves the hand-in (a retry sends only the rest)."""
        self.documents.remove(draft)
        if not self.documents:
            self.documents.append(DocumentDraft())
        self.current_index = min(self.current_index, len(self.documents) - 1)

    def all_pages(self) -> list[Page]:
        return [page for draft in self.documents for page in draft.pages.pages]
