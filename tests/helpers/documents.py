"""Named fakes for the documents journey: a SANE page feed and a recording submitter."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.documents.assembly import DocumentOrder, PreparedDocument, prepare
from kiosk.journeys.documents.submission import StoredSubmission
from scanner.options import ColourMode, ScanWish, Source
from scanner.sane_device import ScanRequest
from scanner.simulated import SANE_CONFIG_DIR
from tests.helpers.qt_kiosk import Citizen

SANE_DIR = SANE_CONFIG_DIR


class PnmPageFeed:
    """The real SANE ``pnm`` backend, fed one prepared page file per scan, in order (like a
    citizen laying one sheet after another on the glass)."""

    source = Source.FLATBED

    def __init__(self, files: Sequence[Path]) -> None:
        self._files = list(files)
        self._lock = threading.Lock()
        self.requests = 0

    def request(self, single: bool) -> ScanRequest:
        with self._lock:
            path = self._files[min(self.requests, len(self._files) - 1)]
            self.requests += 1
        return ScanRequest("pnm:0", ScanWish(), (f"filename={path}",), max_pages=1)


class SaneTestFeeder:
    """SANE's ``test`` backend as a feeder of grey sheets. ``fault_status`` (e.g.
    ``SANE_STATUS_JAMMED``) makes the next run fail at its first sheet; ``max_pages`` stands
    for how many sheets the citizen put in."""

    source = Source.FEEDER

    def __init__(self, max_pages: int | None = None) -> None:
        self.fault_status = ""
        self.max_pages = max_pages

    def request(self, single: bool) -> ScanRequest:
        options = ["test-picture=Grid"]
        if self.fault_status:
            options.append(f"read-return-value={self.fault_status}")
        return ScanRequest(
            "test:0",
            ScanWish(Source.FEEDER, ColourMode.GREY, 75),
            tuple(options),
            max_pages=1 if single else self.max_pages,
        )


class RecordingDocumentSubmitter:
    """Builds the real PDF/A like the outbox submitter, stores nothing, remembers it all."""

    CODES = ("K7F-3QX", "M4T-9AC")

    def __init__(self, terminal_id: str = "T-TEST-1") -> None:
        self.terminal_id = terminal_id
        self.documents: list[PreparedDocument] = []

    def __call__(self, order: DocumentOrder) -> StoredSubmission:
        code = self.CODES[len(self.documents) % len(self.CODES)]
        self.documents.append(prepare(order, self.terminal_id, code))
        return StoredSubmission(submission_id=uuid.uuid4(), reference_code=code)


SCAN_TIMEOUT_MS = 60_000


class DocumentCitizen(Citizen):
    """A citizen at the scanner: starts the journey, scans and waits like a person would."""

    def scan_and_wait(self, button: str = "scanButton") -> None:
        documents = self.kiosk.documents
        assert documents is not None
        with self.qtbot.waitSignal(documents.scanFinished, timeout=SCAN_TIMEOUT_MS):
            self.tap(button)

    def start_with_type(self, type_id: str = "bank_statement", bg: str = "") -> None:
        self.tap("startDocuments")
        self.tap(f"docType_{type_id}")
        self.sees("docBgInput")
        if bg:
            self.type("docBgInput", bg)
        self.tap("docNextButton")
        self.sees("scanButton")

    def three_pages_with_one_rescanned(self) -> None:
        """Letter, cut-off page (then laid properly and scanned again), bank statement."""
        self.scan_and_wait()
        self.sees("pageCard_1")
        self.scan_and_wait()
        self.sees("pageFinding_2")
        self.scan_and_wait("rescan_2")
        self.scan_and_wait()
        self.sees("pageCard_3")


ERROR_RED = "#a4262c"  # Theme.error


class Screenshots:
    """Numbered screenshots of the real window, ``kiosk-doc-NN-name.png`` in ``folder``."""

    def __init__(self, qtbot: QtBot, kiosk: KioskApp, folder: Path) -> None:
        self.qtbot, self.kiosk, self.folder = qtbot, kiosk, folder
        self.paths: list[Path] = []

    def take(self, name: str) -> Path:
        path = self.folder / f"kiosk-doc-{len(self.paths) + 1:02d}-{name}.png"
        self.qtbot.wait(200)  # asynchronous preview images finish decoding
        uidriver.screenshot(self.kiosk.window, path)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1920, 1080), path.name
        self.paths.append(path)
        return path

    def error_pixels(self, index: int) -> int:
        image = QImage(str(self.paths[index]))
        return sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if QColor(image.pixel(x, y)).name() == ERROR_RED
        )
