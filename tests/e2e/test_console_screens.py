"""Screenshots of the console at 1280×800 in real Chromium, with realistic requests.

Written to a temporary folder; with ``BT_SCREENSHOT_DIR`` set they are copied there too, e.g.
``BT_SCREENSHOT_DIR=docs/screenshots .venv/bin/pytest tests/e2e/test_console_screens.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import ViewportSize, expect

from tests.helpers.backoffice import (
    BackofficeProcess,
    realistic_callbacks,
    sealed_envelope,
)
from tests.helpers.browser import chromium
from tests.helpers.office_database import OfficeDatabases

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def database(request: pytest.FixtureRequest) -> OfficeDatabases:
    """One engine only: screenshots look the same on either database."""
    return OfficeDatabases.sqlite_only(request)


VIEWPORT: ViewportSize = {"width": 1280, "height": 800}


def _seed(office: BackofficeProcess) -> list[str]:
    office.add_staff("anna.schmidt", "sonnenblume-42", display_name="Anna Schmidt")
    device = office.enroll("Terminal Wartebereich")
    codes = []
    for payload in realistic_callbacks(dt.date.today()):
        envelope = sealed_envelope(payload, device.backoffice_public_key)
        assert office.submit(device, envelope).status_code == 201
        codes.append(envelope.reference_code)
    return codes


def test_console_screens(backoffice: BackofficeProcess, tmp_path: Path) -> None:
    codes = _seed(backoffice)
    shots = {
        name: tmp_path / f"console-{name}.png" for name in ("login", "inbox", "detail", "done")
    }
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, locale="de-DE")
        page.goto(backoffice.url + "/console/login")
        page.screenshot(path=shots["login"])

        page.get_by_label("Benutzername").fill("anna.schmidt")
        page.get_by_label("Passwort").fill("sonnenblume-42")
        page.get_by_role("button", name="Anmelden").click()
        expect(page.locator("tbody tr")).to_have_count(len(codes))
        # Nothing may need sideways scrolling at an ordinary office screen width.
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
        page.screenshot(path=shots["inbox"])

        page.get_by_role("link", name=codes[2]).click()
        expect(page.get_by_role("button", name="Als erledigt markieren")).to_be_visible()
        page.screenshot(path=shots["detail"])

        page.get_by_role("button", name="Als erledigt markieren").click()
        page.get_by_role("link", name="Zurück zur Übersicht").click()
        page.screenshot(path=shots["done"])

    for path in shots.values():
        with Image.open(path) as image:
            assert image.size == (VIEWPORT["width"], VIEWPORT["height"])
    target = os.environ.get("BT_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for path in shots.values():
            shutil.copy(path, Path(target) / path.name)
