"""The inbox pages through many callback requests, newest first, 50 at a time, against
``backoffice serve`` in Chromium: an older page keeps showing the same requests while new ones
arrive (keyset pages), and "Neuere" leads back, page by page, to the newest."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from tests.helpers.backoffice import BackofficeProcess, callback_payload, sealed_envelope
from tests.helpers.browser import chromium

pytestmark = pytest.mark.e2e

STAFF, PASSWORD = "lena.vogel", "pusteblume-im-mai"
PAGE_SIZE = 50


def submit_callbacks(office: BackofficeProcess, count: int) -> list[str]:
    """``count`` callback requests, one after the other; their reference codes, oldest first."""
    device = office.enroll()
    codes = []
    for _ in range(count):
        payload = callback_payload(privacy_accepted_at=dt.datetime.now(dt.UTC))
        envelope = sealed_envelope(payload, device.backoffice_public_key)
        assert office.submit(device, envelope).status_code == 201
        codes.append(envelope.reference_code)
    return codes


def shown_codes(page: Page) -> list[str]:
    return page.locator("table.inbox tbody a.ref").all_inner_texts()


def test_older_pages_stay_put_while_new_requests_arrive(backoffice: BackofficeProcess) -> None:
    backoffice.add_staff(STAFF, PASSWORD, display_name="Lena Vogel")
    codes = submit_callbacks(backoffice, PAGE_SIZE + 5)
    newest_first = codes[::-1]

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="de-DE")
        page.set_default_timeout(15_000)
        page.goto(backoffice.url + "/console/login")
        page.get_by_label("Benutzername").fill(STAFF)
        page.get_by_label("Passwort").fill(PASSWORD)
        page.get_by_role("button", name="Anmelden").click()
        page.goto(backoffice.url + "/console?status=open&sort=newest")

        expect(page.locator("table.inbox tbody tr")).to_have_count(PAGE_SIZE)
        assert shown_codes(page) == newest_first[:PAGE_SIZE]
        expect(page.get_by_role("link", name="Neuere")).to_have_count(0)

        page.get_by_role("link", name="Ältere").click()
        expect(page.locator("table.inbox tbody tr")).to_have_count(5)
        assert shown_codes(page) == newest_first[PAGE_SIZE:]
        expect(page.get_by_role("link", name="Ältere")).to_have_count(0)
        older_page = page.url

        arrived = submit_callbacks(backoffice, 3)
        page.goto(older_page)
        assert shown_codes(page) == newest_first[PAGE_SIZE:]  # the same five, not shifted

        # "Neuere" is the 50 just above that page, then the newest page (now with the three).
        page.get_by_role("link", name="Neuere").click()
        expect(page.locator("table.inbox tbody tr")).to_have_count(PAGE_SIZE)
        assert shown_codes(page) == newest_first[:PAGE_SIZE]
        page.get_by_role("link", name="Neuere").click()
        expect(page.locator("table.inbox tbody tr")).to_have_count(PAGE_SIZE)
        assert shown_codes(page) == (arrived[::-1] + newest_first)[:PAGE_SIZE]
        expect(page.get_by_role("link", name="Neuere")).to_have_count(0)

        for edited in ("not-a-number", "%C2%B2"):  # "²" counts as a digit to str.isdigit()
            page.goto(backoffice.url + f"/console?status=open&sort=newest&after={edited}")
            assert shown_codes(page) == (arrived[::-1] + newest_first)[:PAGE_SIZE]  # first page
