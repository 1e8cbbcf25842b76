"""Documents end to end: real QML, real SANE (``pnm``), the real outbox with the PDF sealed as
an attachment, ``kiosk sync --once`` as a process, ``backoffice serve`` over HTTP, the e-file
hotfolder ZIP, and the staff console's documents list in Chromium."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backoffice.efile.xdomea import read_message
from kiosk.app import DocumentsWiring
from kiosk.journeys.documents.outbox_submitter import DocumentOutboxSubmitter
from scanner.pdfa import describe_pdfa
from sync.device import load_device
from tests.helpers import pages
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.browser import chromium
from tests.helpers.documents import SANE_DIR, DocumentCitizen, PnmPageFeed
from tests.helpers.efile_documents import published_zips
from tests.helpers.office_database import OfficeDatabases
from tests.helpers.qt_kiosk import running_kiosk
from tests.helpers.screenshot_folder import screenshot_folder
from tests.helpers.terminal import Terminal

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def database(request: pytest.FixtureRequest) -> OfficeDatabases:
    """One engine only: the terminal's journey; the office's database is not what is under test."""
    return OfficeDatabases.sqlite_only(request)


STAFF, PASSWORD = "jonas.weber", "kornblume-und-mohn"


@pytest.fixture(autouse=True)
def sane_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))


@pytest.fixture
def terminal(backoffice: BackofficeProcess, tmp_path: Path) -> Terminal:
    terminal = Terminal.create(tmp_path / "terminal", backoffice.url)
    terminal.kiosk("enroll", backoffice.url, backoffice.enrollment_token())
    backoffice.add_staff(STAFF, PASSWORD, display_name="Jonas Weber")
    return terminal


@pytest.fixture
def feed(tmp_path: Path) -> PnmPageFeed:
    folder = tmp_path / "pages"
    folder.mkdir()
    letter = pages.write_pnm(pages.PAGES["letter"](), folder / "letter.pnm")
    cut = pages.write_pnm(pages.PAGES["missing_bottom"](), folder / "missing_bottom.pnm")
    statement = pages.write_pnm(pages.PAGES["bank_statement"](), folder / "statement.pnm")
    return PnmPageFeed([letter, cut, letter, statement])


def wait_for_zip(folder: Path, timeout: float = 60.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # Not the hidden ".incoming-…" copy the office writes first (importers skip it too).
        found = sorted(published_zips(folder)) if folder.exists() else []
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no ZIP appeared in {folder}")


def test_scanned_document_lands_in_the_efile_hotfolder_and_the_console(
    qtbot: QtBot,
    tmp_path: Path,
    terminal: Terminal,
    backoffice: BackofficeProcess,
    feed: PnmPageFeed,
) -> None:
    submitter = DocumentOutboxSubmitter(terminal.data_dir)
    wiring = DocumentsWiring(planner=feed, submitter=submitter)
    try:
        with running_kiosk(
            qtbot, tmp_path, settings=terminal.settings(), documents=wiring
        ) as kiosk:
            citizen = DocumentCitizen(qtbot, kiosk)
            citizen.start_with_type("rental_contract", bg="12345//1234567")
            citizen.three_pages_with_one_rescanned()
            citizen.tap("docNextButton")
            citizen.tap("docSendButton")
            reference = citizen.text("docReferenceCode")
    finally:
        submitter.close()
    assert b"%PDF" not in terminal.all_bytes()  # only sealed on the terminal

    terminal.kiosk("sync", "--once")
    assert terminal.status()["outbox"]["delivered"]["items"] == 1

    archive = wait_for_zip(backoffice.data_dir / "efile-hotfolder")
    with zipfile.ZipFile(archive) as opened:
        message = read_message(opened.read(archive.stem + ".xml"))
        assert archive.name == f"{message.process_id}_Abgabe.Abgabe.0401.zip"
        file_name = message.file_name
        assert file_name == f"Mietvertrag_2026-11-23_{reference}.pdf"
        pdf = opened.read(message.primary_file)  # the ZIP entry the message names
    assert message.fields["SHA256"] == hashlib.sha256(pdf).hexdigest()
    assert message.fields["BGNummer"] == "12345BG1234567"
    assert message.document_type == "Mietvertrag"
    assert message.fields["Seitenzahl"] == "3"
    facts = describe_pdfa(pdf)
    assert facts["pdfa_part"] == "2" and facts["page_count"] == 3
    device = load_device(terminal.data_dir)
    assert device is not None and facts["terminal_id"] == str(device.device_id)

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="de-DE")
        page.set_default_timeout(15_000)
        page.goto(backoffice.url + "/console/login")
        page.get_by_label("Benutzername").fill(STAFF)
        page.get_by_label("Passwort").fill(PASSWORD)
        page.get_by_role("button", name="Anmelden").click()
        page.get_by_role("link", name="Unterlagen").click()
        row = page.get_by_role("row").filter(has_text=reference)
        row.get_by_text("An E-Akte übergeben").wait_for()
        preview = row.get_by_role("img")
        preview.wait_for()
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=preview.element_handle()
        )
        shot = screenshot_folder(tmp_path) / "console-documents-list.png"
        page.screenshot(path=str(shot), full_page=True)
        with page.expect_download() as download_info:
            row.get_by_role("link", name=file_name, exact=True).click()
        downloaded = Path(download_info.value.path())
        assert hashlib.sha256(downloaded.read_bytes()).digest() == hashlib.sha256(pdf).digest()
