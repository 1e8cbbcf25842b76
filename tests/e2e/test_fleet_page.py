"""The fleet page in real Chromium: a jammed scanner raises an alarm within one heartbeat, a
terminal revoked on the page is refused at once, and case workers do not see the page. In
English for a browser that asks for it, with a switch to German and back that is remembered.

With ``BT_SCREENSHOT_DIR`` set, the page is saved there as ``console-fleet.png``, in English as
``console-fleet-en.png``, and the case worker's refusal in English as
``console-fleet-forbidden-en.png``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Page, ViewportSize, expect

from config.schema import ScannerSettings
from contract.fleet import Heartbeat, QueueFigures
from contract.sealing import key_fingerprint
from contract.submissions import SubmissionKind
from kiosk.scanner_health import test_scan as admin_test_scan
from sync.device import load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.browser import chromium
from tests.helpers.console_audit import axe_violations, keyboard_gaps
from tests.helpers.fake_device import callback_request
from tests.helpers.fleet import (
    IT_PASSWORD,
    IT_USER,
    SANE_DIR,
    device_id,
    fleet_terminal,
    sync_daemon,
    terminal_row,
    wait_for,
)
from tests.helpers.office_database import OfficeDatabases, office_on
from tests.helpers.screenshot_folder import screenshot_folder

pytestmark = pytest.mark.e2e
VIEWPORT: ViewportSize = {"width": 1440, "height": 1000}


@pytest.fixture(scope="module")
def office(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    with office_on(database, tmp_path_factory.mktemp("office")) as running:
        running.cli(
            "add-staff",
            "--username",
            IT_USER,
            "--display-name",
            "Jonas Keller (IT)",
            "--role",
            "it",
            "--password-stdin",
            stdin=IT_PASSWORD + "\n",
        )
        running.add_staff("anna.schmidt", "sonnenblume-42", display_name="Anna Schmidt")
        yield running


def log_in(page: Page, office: BackofficeProcess, user: str, password: str) -> None:
    page.goto(office.url + "/console/login")
    page.get_by_label("Benutzername").fill(user)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()


def heartbeat_status(office: BackofficeProcess, token: str) -> requests.Response:
    heartbeat = Heartbeat(
        sent_at=dt.datetime.now(dt.UTC),
        interval_seconds=60,
        software_version="test",
        queue=QueueFigures(items=0, bytes=0),
        disk_free_bytes=1,
        disk_total_bytes=2,
    )
    return requests.post(
        office.url + "/api/v1/heartbeat",
        data=heartbeat.model_dump_json(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=10,
    )


def test_fleet_page_shows_a_jammed_scanner_and_revokes_a_terminal(
    office: BackofficeProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))
    nord = fleet_terminal(office, tmp_path / "nord", location="Bücherei Nord", name="nord-1")
    rathaus = fleet_terminal(office, tmp_path / "rathaus", location="Rathaus Süd", name="rathaus-1")
    cabin = fleet_terminal(
        office, tmp_path / "cabin", location="Videokabine Dorfmitte", name="kabine-1"
    )
    # The scanner jams during a scan at the Rathaus terminal (SANE test backend fault).
    jam = ScannerSettings(
        device="test:0", options=["read-return-value=SANE_STATUS_JAMMED"], sane_config_dir=SANE_DIR
    )
    assert admin_test_scan(jam, rathaus.data_dir).status.health.value == "jammed"

    with sync_daemon(nord), sync_daemon(rathaus), sync_daemon(cabin):
        # One heartbeat is enough: the first one after the jam carries it.
        wait_for(lambda: terminal_row(office, rathaus)["status"] == "alarm", what="alarm")
        wait_for(lambda: terminal_row(office, nord)["status"] == "ok", what="nord ok")
        wait_for(lambda: terminal_row(office, cabin)["status"] == "ok", what="cabin ok")

    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="de-DE")
        log_in(page, office, IT_USER, IT_PASSWORD)
        page.get_by_role("link", name="Terminals").click()
        row = page.locator(f"#terminal-{device_id(rathaus)}")
        expect(row.locator(".status")).to_have_text("Alarm")
        # In words first; the stable code and the full id only behind "Details".
        expect(row.locator(".row-problem")).to_have_text("Papierstau im Scanner")
        expect(row.get_by_text("alarm: scanner jammed")).not_to_be_visible()
        expect(row.locator(".device-id")).to_have_text(device_id(rathaus).split("-")[0])
        row.get_by_text("Details").click()
        expect(row.get_by_text("alarm: scanner jammed")).to_be_visible()
        expect(row.locator(".fleet-details")).to_contain_text(device_id(rathaus))
        # The whole id on one line, to compare with what the terminal says (not broken up).
        full_id = row.locator(".fleet-details dd code").first
        box = full_id.bounding_box()
        line = full_id.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 20")
        assert box is not None and box["height"] < 1.5 * line, box
        expect(page.locator(".alerts")).to_contain_text("Papierstau im Scanner")
        expect(page.locator(".alerts")).not_to_contain_text("scanner jammed")
        expect(page.locator(f"#terminal-{device_id(nord)} .status")).to_have_text("in Ordnung")
        # No TPM on these test machines: each row says the token is not bound to hardware.
        unsealed = row.locator(".credentials-unsealed")
        expect(unsealed).to_have_text("ohne TPM")
        expect(unsealed).to_have_attribute(
            "title", re.compile("^Zugangsdaten nicht an Hardware gebunden")
        )
        fingerprint = key_fingerprint((office.data_dir / "backoffice.pub").read_text().strip())
        expect(page.locator(".key-fingerprint")).to_have_text(fingerprint)

        # IT revokes the cabin's terminal on the page.
        cabin_row = page.locator(f"#terminal-{device_id(cabin)}")
        cabin_row.get_by_role("button", name="kabine-1 sperren").click()
        expect(cabin_row.locator(".status")).to_have_text("gesperrt")
        expect(page.locator(".alerts")).to_contain_text("Zugangsdaten ungültig")

        # Its next heartbeat and its next delivery are refused.
        token = json.loads((cabin.data_dir / "device.json").read_text())["device_token"]
        refused = heartbeat_status(office, token)
        assert refused.status_code == 401
        assert "revoked" in refused.json()["detail"]
        credentials = load_device(cabin.data_dir)
        assert credentials is not None
        with Outbox(outbox_path(cabin.data_dir)) as outbox:
            submit(
                outbox,
                credentials,
                SubmissionKind.CALLBACK,
                callback_request(),
                new_reference_code(),
            )
        cabin.kiosk("sync", "--once")
        assert cabin.status()["last_error"] == "HTTP 401"
        assert cabin.status()["outbox"]["queued"]["items"] == 1

        page.reload()
        expect(cabin_row.locator(".status")).to_have_text("gesperrt")
        shot = tmp_path / "console-fleet.png"
        page.screenshot(path=shot, full_page=True)

        # After 'backoffice rotate-key' (the office runs on) the page shows the new key's
        # fingerprint, as the command printed it: what terminals enrolled from now on check.
        rotated = office.cli("rotate-key").stdout
        new_key = (office.data_dir / "backoffice.pub").read_text().strip()
        assert f"Key fingerprint: {key_fingerprint(new_key)}" in rotated
        page.reload()
        expect(page.locator(".key-fingerprint")).to_have_text(key_fingerprint(new_key))
    if os.environ.get("BT_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["BT_SCREENSHOT_DIR"]) / shot.name)


def test_case_workers_do_not_see_the_fleet_page(office: BackofficeProcess) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="de-DE")
        log_in(page, office, "anna.schmidt", "sonnenblume-42")
        expect(page.get_by_role("link", name="Terminals")).to_have_count(0)
        response = page.goto(office.url + "/console/fleet")
        assert response is not None and response.status == 403
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Die Terminalübersicht ist nur für die IT"
        )


# Words that would show the English page is German in places (the login page before it is).
GERMAN_WORDS = re.compile(
    r"\b(Uhr|seit|Stand|Meldung|Sperren|Abmelden|Angemeldet|Konto|Standort|Zuletzt|Speicher|"
    r"Warteschlange|Kamera|nie|Tage|Papierstau|Zugangsdaten|Konfiguration|Aktualisieren)\b"
)


def test_the_fleet_page_in_english_and_a_switch_that_is_remembered(
    office: BackofficeProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_DIR))
    north = fleet_terminal(office, tmp_path / "north", location="Library North", name="north-1")
    jam = ScannerSettings(
        device="test:0", options=["read-return-value=SANE_STATUS_JAMMED"], sane_config_dir=SANE_DIR
    )
    assert admin_test_scan(jam, north.data_dir).status.health.value == "jammed"
    with sync_daemon(north):
        wait_for(lambda: terminal_row(office, north)["status"] == "alarm", what="alarm")

    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="en-GB")
        log_in(page, office, IT_USER, IT_PASSWORD)  # the login page is German: out of scope
        page.goto(office.url + "/console/fleet")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("heading", level=2, name="All terminals")).to_be_visible()
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        expect(page.get_by_role("link", name="My account")).to_be_visible()
        row = page.locator(f"#terminal-{device_id(north)}")
        expect(row.locator(".status")).to_have_text("Alarm")
        expect(row.locator(".row-problem")).to_have_text("Paper jam in the scanner")
        expect(row.get_by_role("cell", name="paper jam", exact=True)).to_be_visible()
        # "since Fri 21 Nov 2025, 10:14"
        since = re.compile(r"^since [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$")
        expect(row.get_by_text(since)).to_be_visible()
        expect(row.get_by_text("alarm: scanner jammed")).not_to_be_visible()
        row.get_by_text("Details").click()
        expect(row.get_by_text("alarm: scanner jammed")).to_be_visible()
        shown = page.locator("body").inner_text()
        assert not GERMAN_WORDS.findall(shown), GERMAN_WORDS.findall(shown)
        assert axe_violations(page) == []
        page.screenshot(path=screenshot_folder(tmp_path) / "console-fleet-en.png", full_page=True)
        assert keyboard_gaps(page) == []

        # A refused setting: in English words, the reason behind "Details".
        page.get_by_label("Location or terminal ID").fill("Library North")
        page.get_by_label("Settings (TOML or JSON; empty: remove the override)").fill("[[[")
        page.get_by_role("button", name="Check and save").click()
        refusal = page.get_by_role("alert")
        expect(refusal).to_contain_text("Settings refused: not valid TOML or JSON")
        expect(refusal.get_by_text("neither valid TOML nor JSON")).not_to_be_visible()
        refusal.get_by_text("Details", exact=True).click()
        expect(refusal.get_by_text("neither valid TOML nor JSON")).to_be_visible()

        # To German: the page, its header and <html lang>; remembered over the browser's English.
        page.goto(office.url + "/console/fleet")
        page.get_by_role("button", name="Deutsch").click()
        expect(page.locator("html")).to_have_attribute("lang", "de")
        expect(page.get_by_role("heading", level=2, name="Alle Terminals")).to_be_visible()
        expect(row.locator(".row-problem")).to_have_text("Papierstau im Scanner")
        expect(page.get_by_role("button", name="Abmelden")).to_be_visible()
        cookies = {c["name"]: c for c in page.context.cookies()}
        assert cookies["bt_language"]["value"] == "de"
        assert cookies["bt_language"]["httpOnly"] and cookies["bt_language"]["path"] == "/console"
        page.goto(office.url + "/console/fleet")
        expect(page.locator("html")).to_have_attribute("lang", "de")
        # The rest of the console stays German, its header too.
        page.goto(office.url + "/console/account")
        expect(page.locator("html")).to_have_attribute("lang", "de")
        expect(page.get_by_role("button", name="Abmelden")).to_be_visible()

        # And back to English, remembered as well; the revoke button speaks it.
        page.goto(office.url + "/console/fleet")
        page.get_by_role("button", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        page.reload()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        row.get_by_role("button", name="Revoke north-1").click()
        expect(row.locator(".status")).to_have_text("Revoked")
        alert = page.locator(f'.alerts [data-terminal="{device_id(north)}"]')
        expect(alert).to_contain_text("its credentials no longer work")
        expect(alert).not_to_contain_text("Paper jam")


def test_case_workers_are_refused_in_their_language(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="en-US")
        log_in(page, office, "anna.schmidt", "sonnenblume-42")
        response = page.goto(office.url + "/console/fleet")
        assert response is not None and response.status == 403
        assert response.headers["content-language"] == "en"
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "The terminal overview is for IT only"
        )
        expect(page.get_by_role("link", name="Callback requests")).to_be_visible()
        assert axe_violations(page) == []
        page.screenshot(
            path=screenshot_folder(tmp_path) / "console-fleet-forbidden-en.png", full_page=True
        )
        page.get_by_role("button", name="Deutsch").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Die Terminalübersicht ist nur für die IT"
        )
        # Her own pages are as they were.
        page.get_by_role("link", name="Rückrufbitten").click()
        expect(page.locator("html")).to_have_attribute("lang", "de")
