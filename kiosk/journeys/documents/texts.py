"""Citizen-facing sentences of the documents journey, all through Qt's translation system."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kiosk.journeys.documents.findings import Finding
from kiosk.journeys.documents.pages import Page
from scanner.faults import ScanFault


def finding_text(finding: Finding) -> str:
    texts = {
        Finding.BLANK: QCoreApplication.translate(
            "DocumentsJourney",
            "This page seems to be empty. If it is the back of a page, you can remove it.",
        ),
        Finding.CUT_OFF_TOP: QCoreApplication.translate(
            "DocumentsJourney",
            "The top of the page seems cut off. Lay the page fully on the glass and scan it again.",
        ),
        Finding.CUT_OFF_BOTTOM: QCoreApplication.translate(
            "DocumentsJourney",
            "The bottom of the page seems cut off. Lay the page fully on the glass and scan it "
            "again.",
        ),
        Finding.CUT_OFF_LEFT: QCoreApplication.translate(
            "DocumentsJourney",
            "The left edge of the page seems cut off. Lay the page fully on the glass and scan "
            "it again.",
        ),
        Finding.CUT_OFF_RIGHT: QCoreApplication.translate(
            "DocumentsJourney",
            "The right edge of the page seems cut off. Lay the page fully on the glass and scan "
            "it again.",
        ),
        Finding.CUT_OFF_SEVERAL: QCoreApplication.translate(
            "DocumentsJourney",
            "Parts of the page seem cut off. Lay the page fully on the glass and scan it again.",
        ),
        Finding.TOO_DARK: QCoreApplication.translate(
            "DocumentsJourney", "This page came out too dark. Please scan it again."
        ),
        Finding.TOO_LIGHT: QCoreApplication.translate(
            "DocumentsJourney",
            "This page came out very light and may be hard to read. Please scan it again.",
        ),
    }
    return texts[finding]


def fault_text(fault: ScanFault, reception: bool = True) -> str:
    """The scanner's trouble in plain words; where there is no reception desk (an unattended
    cabin), the way to a person is the hotline or a video call."""
    not_ready = (
        QCoreApplication.translate(
            "DocumentsJourney",
            "The scanner is not ready at the moment. Please ask at the reception desk.",
        )
        if reception
        else QCoreApplication.translate(
            "DocumentsJourney",
            "The scanner is not ready at the moment. Please call our hotline, or talk to a "
            "colleague by video.",
        )
    )
    texts = {
        ScanFault.PAPER_JAM: QCoreApplication.translate(
            "DocumentsJourney",
            "The paper is stuck in the scanner. Please take it out carefully, put the pages "
            "that were not scanned back in, and tap “Scan more pages”.",
        ),
        ScanFault.COVER_OPEN: QCoreApplication.translate(
            "DocumentsJourney",
            "The scanner lid is open. Please close it and tap “Scan more pages”.",
        ),
        ScanFault.FEEDER_EMPTY: QCoreApplication.translate(
            "DocumentsJourney",
            "There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.",
        ),
        ScanFault.NOT_FOUND: not_ready,
        ScanFault.ACCESS_DENIED: not_ready,
        ScanFault.DEVICE_BUSY: QCoreApplication.translate(
            "DocumentsJourney", "The scanner is still busy. Please wait a moment and try again."
        ),
        ScanFault.CANCELLED: QCoreApplication.translate(
            "DocumentsJourney", "Scanning was stopped. The pages scanned so far are kept."
        ),
    }
    otherwise = (
        QCoreApplication.translate(
            "DocumentsJourney",
            "Something went wrong at the scanner. Please try again, or ask at the reception desk.",
        )
        if reception
        else QCoreApplication.translate(
            "DocumentsJourney",
            "Something went wrong at the scanner. Please try again, or call our hotline.",
        )
    )
    return texts.get(fault, otherwise)


def pages_kept_text(count: int) -> str:
    return QCoreApplication.translate(
        "DocumentsJourney", "Your %n pages scanned so far are kept.", "", count
    )


def pages_text(count: int) -> str:
    return QCoreApplication.translate("DocumentsJourney", "%n page(s)", "", count)


def removed_text(number: int) -> str:
    return QCoreApplication.translate("DocumentsJourney", "Page %1 was removed.").replace(
        "%1", str(number)
    )


def progress_text(number: int) -> str:
    return QCoreApplication.translate("DocumentsJourney", "Scanning page %1 …").replace(
        "%1", str(number)
    )


def unresolved_text(number: int) -> str:
    return QCoreApplication.translate(
        "DocumentsJourney",
        "Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.",
    ).replace("%1", str(number))


def no_pages_text() -> str:
    return QCoreApplication.translate("DocumentsJourney", "Please scan at least one page.")


def no_type_text() -> str:
    return QCoreApplication.translate(
        "DocumentsJourney", "Please choose what kind of document it is."
    )


def too_many_pages_text(maximum: int) -> str:
    return QCoreApplication.translate(
        "DocumentsJourney",
        "A document can have at most %n pages. Please hand in the rest as a second document.",
        "",
        maximum,
    )


def scan_problem(pages: Sequence[Page]) -> str:
    """Why the scan step cannot go on yet ("" when it can): no page, or a finding not settled."""
    if not pages:
        return no_pages_text()
    for number, page in enumerate(pages, start=1):
        if page.finding is not None:
            return unresolved_text(number)
    return ""
