"""Page previews and the end of a session: no picture may fail to load because its file went.

When a session ends, the journey deletes every preview file at once. The review strip and the
page cards load their pictures asynchronously, and every change of the page list makes them
load again; a file deleted under a loading picture made Qt warn ("Cannot open: file:///…"),
which fails any test here (``qt_log_level_fail``). Run a few times: it is a race.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import DocumentsWiring
from kiosk.journeys.documents.workspace import Workspace
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    RecordingDocumentSubmitter,
    SaneTestFeeder,
)
from tests.helpers.qt_kiosk import running_kiosk

ROUNDS = 3


def to_the_review(citizen: DocumentCitizen, pages: int) -> None:
    """Scans ``pages`` grey test sheets, keeps them as they are, and goes on to the review."""
    citizen.scan_and_wait()
    for number in range(1, pages + 1):
        citizen.tap(f"keep_{number}")  # the test backend's grid is no real page
    citizen.tap("docNextButton")


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def test_session_ending_while_the_review_strip_loads_leaves_no_broken_picture(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feeder = SaneTestFeeder(max_pages=4)
    wiring = DocumentsWiring(planner=feeder, submitter=RecordingDocumentSubmitter())
    previews = tmp_path / "data" / "previews"
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        documents = kiosk.documents
        assert documents is not None
        citizen = DocumentCitizen(qtbot, kiosk)
        for _ in range(ROUNDS):
            citizen.start_with_type("payslip")
            # To the review: the page list is shown anew, and every picture starts loading …
            to_the_review(citizen, 4)
            # … and before they are all there, the citizen's session ends.
            with qtbot.waitSignal(kiosk.shell.sessionEnded):
                kiosk.guard.expired.emit()
            assert list(previews.iterdir()) == []  # nothing of the citizen is left, at once
            qtbot.wait(300)  # any picture still loading finishes (or fails) now
            assert kiosk.shell.property("screen") == "home"


def test_a_picture_whose_file_went_while_loading_shows_nothing_and_warns_nobody(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The race made certain: the files go first, then the page list changes, and every
    picture loads again (a QML list of pages is shown anew as a whole)."""
    wiring = DocumentsWiring(
        planner=SaneTestFeeder(max_pages=3), submitter=RecordingDocumentSubmitter()
    )
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.start_with_type("payslip")
        citizen.scan_and_wait()
        citizen.sees("pageCard_3")
        Workspace(tmp_path / "data" / "previews").wipe()
        citizen.tap("rotate_1")  # a new picture for page 1; pages 2 and 3 load again
        qtbot.wait(300)
        assert citizen.text("pagesSoFar") == "Bisher 3 Seiten gescannt."  # all still there
