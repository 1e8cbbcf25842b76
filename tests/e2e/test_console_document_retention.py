"""Retention end to end: a terminal's delivery daemon (``kiosk sync --once``, a process) sends
a document over real HTTP to the real backoffice app (its own periodic jobs, a real SQLite file
and folders), served by uvicorn in a thread so the test can hold the app's clock. Seven days
after the e-file took the document, the backoffice's copy is gone and the console says where
the document is instead, in Chromium, without a broken preview or download."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from backoffice.api.app import create_app
from backoffice.attachments import attachment_path
from backoffice.console.formatting import OfficeTime
from backoffice.context import OfficeContext, open_office
from backoffice.datadir import DataDir
from backoffice.efile.mount import handed_over_copies
from backoffice.enrollment import issue_token
from backoffice.staff import add_staff
from backoffice.storage.document_models import ReceivedDocument
from config import BackofficeSettings
from contract.submissions import SubmissionKind
from sync.device import load_device
from sync.enrollment import enroll
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers import pages
from tests.helpers.backoffice import FixedClock
from tests.helpers.browser import chromium
from tests.helpers.reliability_documents import document_submission
from tests.helpers.screenshot_folder import screenshot_folder
from tests.helpers.terminal import Terminal
from tests.helpers.video_asgi_server import serving

pytestmark = pytest.mark.e2e

STAFF, PASSWORD = "jonas.weber", "kornblume-und-mohn"
KEEP_DAYS = 7

# The office's zone by default ([backoffice] timezone).
BERLIN = OfficeTime.named("Europe/Berlin")


@contextlib.contextmanager
def office_app(data_dir: Path, clock: FixedClock) -> Iterator[tuple[OfficeContext, str]]:
    """The backoffice app on an initialised data folder, over HTTP on a loopback port."""
    settings = BackofficeSettings(efile_keep_after_handover_days=KEEP_DAYS)
    context = open_office(data_dir, settings, clock)
    try:
        with serving(create_app(context)) as ws_url:
            yield context, ws_url.replace("ws://", "http://", 1)
    finally:
        context.engine.dispose()


def scanned_pdf() -> bytes:
    """A one-page PDF whose page is one image, as the terminal's scans are (for the preview)."""
    out = io.BytesIO()
    pages.letter().convert("L").save(out, "PDF", resolution=150)
    return out.getvalue()


def wait_for[T](probe: Callable[[], T | None], what: str, timeout: float = 60.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found is not None:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def handed_over(context: OfficeContext) -> ReceivedDocument | None:
    with context.sessions() as db:
        row = db.query(ReceivedDocument).one_or_none()
    return row if row is not None and row.efile_delivered_at is not None else None


def log_in(page: Page, url: str) -> None:
    page.goto(url + "/console/login")
    page.get_by_label("Benutzername").fill(STAFF)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


def test_the_copy_goes_seven_days_after_the_hand_over_and_the_console_says_so(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "backoffice"
    DataDir(data_dir).create()
    # Scanned first, then the office's clock starts: the pages show the real order of events.
    payload, attachment = document_submission(scanned_pdf())
    clock = FixedClock(dt.datetime.now(dt.UTC).replace(microsecond=0))

    with office_app(data_dir, clock) as (context, url):
        with context.sessions() as db, db.begin():
            add_staff(db, clock, context.hasher, STAFF, "Jonas Weber", PASSWORD)
            token = issue_token(db, clock, "Foyer", hours=1)
        terminal = Terminal.create(tmp_path / "terminal", url)
        enroll(url, token, terminal.data_dir)
        with Outbox(outbox_path(terminal.data_dir)) as outbox:
            submit(
                outbox,
                load_device(terminal.data_dir),
                SubmissionKind.DOCUMENT,
                payload,
                new_reference_code(),
                attachments=[attachment],
            )
        # The delivery daemon as its own process, as on a terminal.
        terminal.kiosk("sync", "--once")
        row = wait_for(lambda: handed_over(context), "the hand-over to the e-file")
        copy = attachment_path(data_dir, row.device_id, row.submission_id, row.attachment_id)
        detail = f"{url}/console/documents/{row.id}"

        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="de-DE")
            page.set_default_timeout(15_000)
            log_in(page, url)

            # Six days on: the copy is still here, to look at and download.
            clock.advance(days=KEEP_DAYS - 1)
            assert handed_over_copies(context).run_once().removed == 0
            assert copy.is_file()
            page.goto(detail)
            expect(page.get_by_role("link", name="PDF herunterladen")).to_be_visible()
            expect(page.get_by_text("Kopie im Backoffice")).to_be_visible()
            expect(page.get_by_text("wird ab")).to_be_visible()

            # Seven days on: the app's periodic job removes it, and the pages say so.
            clock.advance(days=1, seconds=1)
            wait_for(lambda: True if not copy.exists() else None, "the copy to be removed")
            page.goto(detail)
            note = page.locator(".retained")
            expect(note).to_have_text(
                "Am "
                + BERLIN.moment(row.efile_delivered_at)
                + " an die E-Akte übergeben; die Kopie hier wurde am "
                + BERLIN.moment(clock.now())
                + " gelöscht."
            )
            expect(page.get_by_role("img")).to_have_count(0)
            expect(page.get_by_role("link", name="PDF herunterladen")).to_have_count(0)
            shot = screenshot_folder(tmp_path) / "console-document-retained.png"
            page.screenshot(path=str(shot), full_page=True)

            page.goto(url + "/console/documents")
            listed = page.locator(f"#document-{row.id}")
            expect(listed.locator(".retained")).to_be_visible()
            expect(listed.get_by_role("img")).to_have_count(0)
            expect(listed.get_by_role("link", name=row.file_name)).to_have_count(0)
            assert page.request.get(f"{detail}/file").status == 404

    # A restart finds nothing more to do: the removal is recorded, not repeated.
    with office_app(data_dir, clock) as (context, _url):
        assert handed_over_copies(context).run_once().removed == 0
        with context.sessions() as db:
            stored = db.get(ReceivedDocument, row.id)
        assert stored is not None and stored.copy_removed_at is not None
