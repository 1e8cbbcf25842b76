"""Staff work a callback request in real headless Chromium against ``backoffice serve``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import requests
from playwright.sync_api import Browser, Page, expect

from tests.helpers.backoffice import (
    BackofficeProcess,
    callback_payload,
    realistic_callbacks,
    sealed_envelope,
)
from tests.helpers.browser import chromium

pytestmark = pytest.mark.e2e

PASSWORD = "sonnenblume-42"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _log_in(page: Page, office: BackofficeProcess, username: str, password: str) -> None:
    page.goto(office.url + "/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()


def test_staff_marks_a_callback_done_and_finds_it_under_done(
    backoffice: BackofficeProcess, page: Page
) -> None:
    backoffice.add_staff("anna.schmidt", PASSWORD, display_name="Anna Schmidt")
    device = backoffice.enroll()
    payload = realistic_callbacks(dt.date.today())[0]
    envelope = sealed_envelope(payload, device.backoffice_public_key)
    assert backoffice.submit(device, envelope).status_code == 201

    _log_in(page, backoffice, "anna.schmidt", PASSWORD)
    expect(page.get_by_role("heading", name="Rückrufbitten")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=envelope.reference_code)
    expect(row).to_contain_text("Erika Mustermann")
    expect(row).to_contain_text("Weiterbewilligung")
    expect(row).to_contain_text("Offen")
    first_window = payload.time_windows[0].start
    weekday = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][first_window.weekday()]
    expect(row).to_contain_text(f"{weekday} {first_window:%d.%m.} 08:00–10:00")

    row.get_by_role("link", name=envelope.reference_code).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Erika Mustermann")
    phone = page.get_by_role("link", name="05121 9690123").first
    expect(phone).to_have_attribute("href", "tel:+4951219690123")
    expect(page.get_by_text("12345BG1234567")).to_be_visible()
    expect(page.get_by_text("Ich habe den Antrag im Oktober")).to_be_visible()

    page.get_by_role("button", name="Als erledigt markieren").click()
    expect(page.get_by_text("Erledigt von Anna Schmidt")).to_be_visible()

    page.get_by_role("link", name="Zurück zur Übersicht").click()
    expect(page.get_by_role("link", name="Erledigt 1")).to_have_attribute("aria-current", "page")
    done_row = page.get_by_role("row").filter(has_text=envelope.reference_code)
    expect(done_row).to_contain_text("Erledigt")
    expect(done_row).to_contain_text("Anna Schmidt")
    page.get_by_role("link", name="Offen 0").click()
    expect(page.get_by_text("Keine offenen Rückrufbitten")).to_be_visible()


def test_inbox_lists_newest_first_and_can_reopen(backoffice: BackofficeProcess, page: Page) -> None:
    backoffice.add_staff("anna", PASSWORD)
    device = backoffice.enroll()
    codes = []
    for name in ("Erste Person", "Zweite Person"):
        envelope = sealed_envelope(callback_payload(name=name), device.backoffice_public_key)
        assert backoffice.submit(device, envelope).status_code == 201
        codes.append(envelope.reference_code)

    _log_in(page, backoffice, "anna", PASSWORD)
    page.goto(backoffice.url + "/console?sort=newest")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Zweite Person")
    rows.nth(1).get_by_role("link").click()
    page.get_by_role("button", name="Als erledigt markieren").click()
    page.get_by_role("button", name="Wieder öffnen").click()
    expect(page.locator(".badge--large")).to_have_text("Offen")


def test_console_needs_login_and_refuses_wrong_password(
    backoffice: BackofficeProcess, page: Page
) -> None:
    backoffice.add_staff("anna", PASSWORD)
    page.goto(backoffice.url + "/console/requests/1")
    expect(page.get_by_role("heading", name="Anmeldung für Mitarbeitende")).to_be_visible()

    _log_in(page, backoffice, "anna", "falsches-passwort")
    expect(page.get_by_role("alert")).to_have_text("Benutzername oder Passwort ist falsch.")
    expect(page.get_by_label("Benutzername")).to_have_value("anna")


def test_repeated_failures_make_the_account_wait(backoffice: BackofficeProcess, page: Page) -> None:
    backoffice.add_staff("anna", PASSWORD)
    for _ in range(3):
        _log_in(page, backoffice, "anna", "falsches-passwort")
    expect(page.get_by_role("alert")).to_contain_text("Zu viele fehlgeschlagene Anmeldeversuche")
    # Even the right password waits now.
    _log_in(page, backoffice, "anna", PASSWORD)
    expect(page.get_by_role("alert")).to_contain_text("Zu viele fehlgeschlagene Anmeldeversuche")


def test_logout_ends_the_session(backoffice: BackofficeProcess, page: Page) -> None:
    backoffice.add_staff("anna", PASSWORD)
    _log_in(page, backoffice, "anna", PASSWORD)
    # Someone copied the session cookie before anna logged out (a shared PC, a proxy log).
    copied = {"bt_session": _cookie(page, "bt_session")}
    assert requests.get(backoffice.url + "/console", cookies=copied, timeout=10).status_code == 200
    # The call page is open in another tab, connected to the signaling hub.
    call_tab = page.context.new_page()
    call_tab.goto(backoffice.url + "/console/call")
    expect(call_tab.get_by_text("Sie sind nicht verfügbar.").first).to_be_visible()

    page.get_by_role("button", name="Abmelden").click()
    expect(page.get_by_role("heading", name="Anmeldung für Mitarbeitende")).to_be_visible()
    # Within a heartbeat (5 s) the call tab is dropped by the hub and goes to the login.
    expect(call_tab.get_by_role("heading", name="Anmeldung für Mitarbeitende")).to_be_visible(
        timeout=15_000
    )
    page.goto(backoffice.url + "/console")
    expect(page.get_by_role("heading", name="Anmeldung für Mitarbeitende")).to_be_visible()

    # The copy died with the session: neither the inbox nor the call page opens with it.
    for path in ("/console", "/console/call"):
        reply = requests.get(
            backoffice.url + path, cookies=copied, timeout=10, allow_redirects=False
        )
        assert reply.status_code == 303
        assert reply.headers["location"].startswith("/console/login")


def _cookie(page: Page, name: str) -> str:
    return next(c["value"] for c in page.context.cookies() if c["name"] == name)
