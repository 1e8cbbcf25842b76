"""The headless walk (``demo.walkthrough``) hands in a document after the callback: its
documents walk, on the real QML with SANE's test backend as a feeder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from demo.autopilot import Autopilot
from kiosk.app import DocumentsWiring
from tests.helpers.documents import SANE_DIR, RecordingDocumentSubmitter, SaneTestFeeder
from tests.helpers.qt_kiosk import running_kiosk


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def test_documents_walk_scans_keeps_and_sends(qtbot: QtBot, tmp_path: Path) -> None:
    submitter = RecordingDocumentSubmitter()
    wiring = DocumentsWiring(planner=SaneTestFeeder(max_pages=2), submitter=submitter)
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        pilot = Autopilot(
            kiosk, tmp_path / "shots", quit_when_done=False, documents=True, callback=False
        )
        try:
            with qtbot.waitSignal(pilot.finished, timeout=120_000) as walked:
                pilot.start()
        finally:
            pilot.stop()
    assert walked.args == [True]
    assert pilot.document_reference_code == "K7F-3QX"
    [sent] = submitter.documents
    assert sent.payload.page_count == 2 and sent.payload.bg_number == "12345BG1234567"
    assert [path.name for path in pilot.screenshots] == [
        "01-doc-type.png", "02-doc-bg.png", "03-doc-scan-empty.png", "04-doc-scanned.png",
        "05-doc-review.png", "06-doc-receipt.png",
    ]  # fmt: skip
