"""The first whole journey: a citizen at the terminal → outbox → sync → backoffice → staff.

Everything is real: the QML UI offscreen, the outbox SQLite file, ``kiosk enroll`` and
``kiosk sync`` as processes, ``backoffice serve`` over HTTP, the staff console in Chromium.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect
from pytestqt.qtbot import QtBot

from demo.autopilot import Autopilot
from kiosk.journeys.callback.outbox_submitter import OutboxSubmitter
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.browser import chromium
from tests.helpers.office_database import OfficeDatabases
from tests.helpers.qt_kiosk import running_kiosk
from tests.helpers.terminal import Terminal

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def database(request: pytest.FixtureRequest) -> OfficeDatabases:
    """One engine only: the terminal's journey, not the office's database, is under test (and it
    reads the office's SQLite file)."""
    return OfficeDatabases.sqlite_only(request)


STAFF, PASSWORD = "jonas.weber", "kornblume-und-mohn"
CITIZEN_NAME = "Erika Mustermann"  # what the autopilot types
# The autopilot waits for the inactivity warning once; it should come quickly.
WALK_TIMING = SessionTiming(inactivity_ms=2000, warning_ms=30_000, receipt_ms=30_000)


@pytest.fixture
def terminal(backoffice: BackofficeProcess, tmp_path: Path) -> Terminal:
    terminal = Terminal.create(tmp_path / "terminal", backoffice.url)
    terminal.kiosk("enroll", backoffice.url, backoffice.enrollment_token())
    backoffice.add_staff(STAFF, PASSWORD, display_name="Jonas Weber")
    return terminal


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def staff_page(browser: Browser, backoffice: BackofficeProcess) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(backoffice.url + "/console/login")
    page.get_by_label("Benutzername").fill(STAFF)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Rückrufbitten")).to_be_visible()
    yield page
    context.close()


def stored_callbacks(office: BackofficeProcess, reference: str) -> int:
    with contextlib.closing(sqlite3.connect(office.data_dir / "backoffice.sqlite3")) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM callback_request WHERE reference_code = ?", (reference,)
        ).fetchone()
    return int(count)


def test_citizen_request_reaches_the_staff_console(
    qtbot: QtBot,
    tmp_path: Path,
    terminal: Terminal,
    backoffice: BackofficeProcess,
    browser: Browser,
) -> None:
    # The citizen walks the journey on the real QML, wrong phone number included.
    # The UI closes only the submitter it builds itself; this one is the test's to close.
    with (
        contextlib.closing(OutboxSubmitter(terminal.data_dir)) as submitter,
        running_kiosk(
            qtbot, tmp_path, submitter=submitter, settings=terminal.settings(), timing=WALK_TIMING
        ) as kiosk,
    ):
        pilot = Autopilot(kiosk, tmp_path / "shots", quit_when_done=False, looks=False)
        try:
            with qtbot.waitSignal(pilot.finished, timeout=120_000) as walked:
                pilot.start()
        finally:
            pilot.stop()
        assert walked.args == [True]
        reference = pilot.reference_code

    # Saved before the receipt, and unreadable on the terminal until delivered.
    assert terminal.status()["outbox"]["queued"]["items"] == 1
    assert CITIZEN_NAME.encode() not in terminal.all_bytes()

    terminal.kiosk("sync", "--once")
    assert terminal.status()["outbox"]["delivered"]["items"] == 1

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(backoffice.url + "/console/login")
    page.get_by_label("Benutzername").fill(STAFF)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text(CITIZEN_NAME)
    row.get_by_role("link").first.click()
    expect(page.locator("a[href='tel:+491712345678']").first).to_be_visible()
    expect(page.get_by_text("12345BG1234567")).to_be_visible()
    context.close()


def test_request_survives_the_ui_being_killed_right_after_the_receipt(
    tmp_path: Path, terminal: Terminal, backoffice: BackofficeProcess
) -> None:
    reference = ""
    with subprocess.Popen(
        terminal.walkthrough_command(tmp_path / "shots"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as ui:
        assert ui.stderr is not None
        for line in ui.stderr:
            if "receipt shown: " in line:
                reference = line.rsplit("receipt shown: ", 1)[1].strip()
                ui.send_signal(signal.SIGKILL)  # power cut the moment the citizen sees "saved"
                break
        ui.wait(timeout=30)
    assert reference, "the UI never showed a receipt"
    assert ui.returncode == -signal.SIGKILL

    terminal.kiosk("sync", "--once")
    terminal.kiosk("sync", "--once")  # a second pass must not deliver it again
    assert stored_callbacks(backoffice, reference) == 1
    assert terminal.status()["outbox"]["delivered"]["items"] == 1


def test_demo_runs_headless_and_photographs_every_screen(tmp_path: Path) -> None:
    from tests.helpers.terminal import console_script

    demo = subprocess.run(
        [
            console_script("kiosk"),
            "demo",
            "--headless",
            "--no-wait",
            "--port",
            "0",
            "--data",
            str(tmp_path / "demo"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    shots = sorted(p.name for p in (tmp_path / "demo" / "screenshots").glob("*.png"))
    for screen in ("home", "concern", "contact", "time", "privacy", "summary", "receipt"):
        assert any(screen in name for name in shots), f"no screenshot of {screen}: {shots}"
    assert "console-demo-inbox.png" in shots
    assert "/console" in demo.stdout and "password" in demo.stdout
    # The video call, answered by a member of staff in Chromium: both sides photographed.
    [call] = [name for name in shots if name.endswith("-video-call.png")]
    assert any(name.endswith("-video-ended.png") for name in shots), shots
    assert "console-demo-call.png" in shots
    assert f"screenshots/{call}" in demo.stdout and "/console/call" in demo.stdout
    assert _shows_a_picture(tmp_path / "demo" / "screenshots" / call)
    assert _left_running(tmp_path / "demo") == []  # no browser, backoffice or UI outlives it


def _shows_a_picture(screenshot: Path) -> bool:
    """The middle of the call screen is the colleague's picture, not the empty dark surface."""
    with Image.open(screenshot) as image:
        rgb = image.convert("RGB")
        # A quarter down the middle: inside the picture, clear of its "on its way" text.
        return rgb.getpixel((rgb.width // 2, rgb.height // 4)) != (0x10, 0x20, 0x2E)


def _left_running(demo_root: Path) -> list[str]:
    """Processes that still carry the demo's mark in their environment (demo.stack.DEMO_ENV)."""
    mark = f"BUERGERTERMINAL_DEMO={demo_root.resolve()}".encode()
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        with contextlib.suppress(OSError):
            if mark in environ.read_bytes().split(b"\0"):
                found.append((environ.parent / "comm").read_text().strip())
    return found
