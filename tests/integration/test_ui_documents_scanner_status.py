"""The scanner's state for IT after every citizen's scan, in the file the heartbeat carries to
the fleet page (the same one the admin test scan writes): a jam shows without a test scan, and
the next good scan clears it. Real SANE ``test`` backend, real QML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from contract.fleet import ScannerHealth
from kiosk.app import DocumentsWiring
from sync.health import ScannerStatusFile
from tests.helpers.documents import (
    SANE_DIR,
    DocumentCitizen,
    RecordingDocumentSubmitter,
    SaneTestFeeder,
)
from tests.helpers.qt_kiosk import running_kiosk


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


def health(status_file: ScannerStatusFile) -> ScannerHealth | None:
    status = status_file.read()
    return None if status is None else status.health


def test_a_jam_in_the_journey_reaches_the_status_file_and_the_next_good_scan_clears_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feeder = SaneTestFeeder(max_pages=1)
    wiring = DocumentsWiring(planner=feeder, submitter=RecordingDocumentSubmitter())
    status_file = ScannerStatusFile(tmp_path / "data")
    with running_kiosk(qtbot, tmp_path, documents=wiring) as kiosk:
        citizen = DocumentCitizen(qtbot, kiosk)
        citizen.start_with_type("payslip")
        assert status_file.read() is None  # nobody has scanned yet

        feeder.fault_status = "SANE_STATUS_JAMMED"
        citizen.scan_and_wait()
        assert citizen.text("scanFault").startswith("Das Papier steckt im Scanner fest.")
        assert health(status_file) is ScannerHealth.JAMMED
        status = status_file.read()
        assert status is not None and status.device == "test:0"

        feeder.fault_status = ""  # the citizen pulled the sheet out
        citizen.scan_and_wait()
        citizen.sees("pageCard_1")
        assert health(status_file) is ScannerHealth.OK

        feeder.fault_status = "SANE_STATUS_COVER_OPEN"
        citizen.scan_and_wait()
        assert health(status_file) is ScannerHealth.COVER_OPEN
    # Only the device, the health and the time: nothing of the citizen or the pages.
    assert set(json.loads(status_file.path.read_text())) == {"health", "device", "at"}
