"""A day's work in the console, in real Chromium against ``backoffice serve`` with teams and
a real SMTP server (aiosmtpd): search by every written form, work a request to its end by
keyboard alone, roles, the access log, figures, the team mail without personal data, and
axe-core clean on every page. Screenshots of every page go to ``BT_SCREENSHOT_DIR``."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller
from playwright.sync_api import Browser, Page, expect

from tests.helpers.backoffice import (
    BackofficeProcess,
    callback_payload,
    free_port,
    realistic_callbacks,
    running_backoffice,
    sealed_envelope,
)
from tests.helpers.browser import chromium
from tests.helpers.console_audit import axe_violations, keyboard_gaps
from tests.helpers.screenshot_folder import screenshot_folder

pytestmark = pytest.mark.e2e

PASSWORD = "sonnenblume-42"
MARKER_NAME = "Zoë Quastenflosser-Öztürk"
MARKER_PHONE = "+4915799887766"
MARKER_NOTE = "Kennwort Pfefferminztee"
FOCUSED_NAME = "document.activeElement.innerText || document.activeElement.ariaLabel || ''"


class MailBox:
    """aiosmtpd handler keeping every message it is given."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


@contextlib.contextmanager
def smtp_server(port: int) -> Iterator[MailBox]:
    box = MailBox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def _config(path: Path, smtp_port: int) -> Path:
    path.write_text(
        f"""
office_name = "Jobcenter Musterstadt"
[console]
public_url = "http://127.0.0.1"
max_failed_attempts = 3
retry_gap_minutes = 30
[console.teams.leistung]
name = "Team Leistung"
mail = "team-leistung@jobcenter.example"
concerns = ["continued_payment", "payment"]
[console.teams.markt]
name = "Team Markt und Integration"
concerns = ["appointment", "change"]
[console.mail]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
sender = "buergerterminal@jobcenter.example"
batch_seconds = 1
timeout_seconds = 3
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def office(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[BackofficeProcess, MailBox, int]]:
    folder = tmp_path_factory.mktemp("work")
    smtp_port = free_port()
    with (
        smtp_server(smtp_port) as box,
        running_backoffice(
            folder / "backoffice", config=_config(folder / "backoffice.toml", smtp_port)
        ) as office,
    ):
        office.add_staff("anna.schmidt", PASSWORD, "Anna Schmidt", ("caseworker",))
        office.add_staff("ben.keller", PASSWORD, "Ben Keller", ("caseworker",))
        office.add_staff("ida.it", PASSWORD, "Ida Berger", ("it",))
        office.add_staff("lea.lead", PASSWORD, "Lea Hoffmann", ("lead",))
        office.add_staff("dora.dsb", PASSWORD, "Dora Sommer", ("data_protection",))
        yield office, box, smtp_port


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def seeded(office: tuple[BackofficeProcess, MailBox, int]) -> dict[str, str]:
    backoffice = office[0]
    device = backoffice.enroll("Terminal Wartebereich", location="Wartebereich Erdgeschoss")
    codes: dict[str, str] = {}
    for payload in realistic_callbacks(dt.date.today()):
        envelope = sealed_envelope(payload, device.backoffice_public_key)
        assert backoffice.submit(device, envelope).status_code == 201
        codes[payload.name] = envelope.reference_code
    marker = callback_payload(
        name=MARKER_NAME,
        phone_e164=MARKER_PHONE,
        note=MARKER_NOTE,
        bg_number="55555BG7777777",
        concern_id="payment",
        concern_label="Frage zur Zahlung",
        time_windows=realistic_callbacks(dt.date.today())[0].time_windows,
    )
    envelope = sealed_envelope(marker, device.backoffice_public_key)
    assert backoffice.submit(device, envelope).status_code == 201
    codes[MARKER_NAME] = envelope.reference_code
    return codes


def _page(browser: Browser) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page.set_default_timeout(15_000)
    return page


def _log_in(page: Page, backoffice: BackofficeProcess, username: str) -> None:
    page.goto(backoffice.url + "/console/login")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_text("Angemeldet als")).to_be_visible()


def _shown_codes(page: Page) -> list[str]:
    return page.locator("table.inbox tbody a.ref").all_inner_texts()


def test_search_finds_a_request_by_every_written_form(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], browser: Browser
) -> None:
    backoffice = office[0]
    page = _page(browser)
    _log_in(page, backoffice, "anna.schmidt")
    code = seeded[MARKER_NAME]
    forms = [
        code,
        code.lower().replace("-", ""),
        "55555//7777777",
        "55555 bg 7777777",
        "0157 998 877-66",
        "+49 (157) 99887766",
        "0049 157 99887766",
        "zoe",
        "QUASTENFLOSSER oeztuerk",
        "öztürk",
    ]
    for written in forms:
        page.get_by_label("Suchen", exact=True).fill(written)
        page.get_by_label("Suchen", exact=True).press("Enter")
        expect(page.get_by_role("heading", name="Suche", exact=True)).to_be_visible()
        page.get_by_role("link", name="Alle", exact=False).first.click()
        # Waits for the "Alle" page (reading at once may read the page being left).
        expect(page.locator("table.inbox tbody a.ref"), written).to_have_text([code])
    # The URL is the bookmark: opened afresh it shows the same result.
    bookmark = page.url
    page.goto(bookmark)
    assert _shown_codes(page) == [code]
    page.close()


@pytest.mark.parametrize(
    "query",
    [
        "%25",
        "_",
        "%27%20OR%201%3D1%20--",
        "%5C",
        "a" * 10_000,
        "%00",
        "%ED%A0%80",  # a lone surrogate
        "%E2%80%AE%D7%A9%D7%9C%D7%95%D7%9D",  # RTL override and Hebrew
        "%F0%9F%98%80",  # an emoji
    ],
)
def test_hostile_search_urls_answer_calmly(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], query: str
) -> None:
    backoffice = office[0]
    with requests.Session() as client:
        login = client.get(backoffice.url + "/console/login", timeout=10)
        token = login.text.split('name="csrf_token" value="')[1].split('"')[0]
        client.post(
            backoffice.url + "/console/login",
            data={"username": "anna.schmidt", "password": PASSWORD, "csrf_token": token},
            timeout=10,
        )
        reply = client.get(backoffice.url + f"/console/search?status=all&q={query}", timeout=10)
    assert reply.status_code == 200
    assert 'class="ref"' not in reply.text.split('<h2 class="results-title">Unterlagen')[0]
    if len(query) > 200:
        assert "Der Suchbegriff ist zu lang" in reply.text


def test_a_request_worked_to_its_end_by_keyboard(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], browser: Browser
) -> None:
    backoffice = office[0]
    page = _page(browser)
    _log_in(page, backoffice, "anna.schmidt")
    code = seeded["Aylin Demir"]
    page.goto(backoffice.url + "/console?team=all")
    link = page.get_by_role("link", name=code)
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aylin Demir")

    def press_on(name: str) -> None:
        """Tabs from the top of the page until ``name`` has focus, then presses Enter."""
        page.locator("body").focus()
        for _ in range(80):
            page.keyboard.press("Tab")
            label = page.evaluate(FOCUSED_NAME)
            if label.strip() == name:
                page.keyboard.press("Enter")
                return
        raise AssertionError(f"{name!r} not reached by Tab")

    def attempt(outcome_label: str) -> None:
        radio = page.get_by_label(outcome_label, exact=True)
        radio.focus()
        page.keyboard.press("Space")
        expect(radio).to_be_checked()
        press_on("Versuch speichern")
        expect(page.locator("#verlauf")).to_be_visible()

    press_on("Ich übernehme")
    expect(page.get_by_text("Sie bearbeiten diese Rückrufbitte")).to_be_visible()
    attempt("Nicht erreicht")
    attempt("Nicht erreicht")
    expect(page.locator("#suggestion")).to_contain_text("Nächster Versuch")
    attempt("Erreicht")
    press_on("Als erledigt markieren")
    expect(page.locator(".badge--large")).to_have_text("Erledigt")
    history = page.locator(".history__item")
    expect(history).to_have_count(5)
    expect(history.nth(0)).to_contain_text("als erledigt markiert")
    expect(history.nth(1)).to_contain_text("Anrufversuch: erreicht")
    expect(history.nth(2)).to_contain_text("Anrufversuch: nicht erreicht")
    expect(history.nth(4)).to_contain_text("übernommen")
    expect(history.nth(4)).to_contain_text("Anna Schmidt")

    # A colleague sees who has it.
    other = _page(browser)
    _log_in(other, backoffice, "ben.keller")
    other.goto(backoffice.url + "/console?team=all&status=all&q=" + code)
    other.goto(page.url.split("#")[0])
    expect(other.get_by_text("Erledigt von Anna Schmidt")).to_be_visible()
    other.close()
    page.close()


def test_a_claim_by_a_colleague_is_visible_and_roles_keep_their_pages(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], browser: Browser
) -> None:
    backoffice = office[0]
    anna = _page(browser)
    _log_in(anna, backoffice, "anna.schmidt")
    anna.goto(backoffice.url + "/console/search?status=all&q=" + seeded["Hans-Jürgen Böttcher"])
    anna.get_by_role("link", name=seeded["Hans-Jürgen Böttcher"]).click()
    anna.get_by_role("button", name="Ich übernehme").click()
    ben = _page(browser)
    _log_in(ben, backoffice, "ben.keller")
    ben.goto(anna.url)
    expect(ben.get_by_text("In Bearbeitung bei Anna Schmidt")).to_be_visible()
    expect(ben.get_by_role("button", name="Trotzdem übernehmen")).to_be_visible()

    it = _page(browser)
    _log_in(it, backoffice, "ida.it")
    expect(it.get_by_role("heading", name="Terminals", exact=True)).to_be_visible()
    for path in ("/console", anna.url.replace(backoffice.url, ""), "/console/documents"):
        it.goto(backoffice.url + path)
        expect(
            it.get_by_role("heading", name="Diese Seite ist für Ihre Rolle nicht freigegeben")
        ).to_be_visible()
        expect(it.get_by_text(MARKER_NAME)).to_have_count(0)
    dora = _page(browser)
    _log_in(dora, backoffice, "dora.dsb")
    expect(dora.get_by_role("heading", name="Zugriffsprotokoll")).to_be_visible()
    dora.get_by_label("Vorgangsnummer").fill(seeded["Hans-Jürgen Böttcher"])
    dora.get_by_role("button", name="Anwenden").click()
    rows = dora.locator("table.inbox tbody tr")
    expect(rows.filter(has_text="Anna Schmidt").first).to_contain_text("angesehen")
    expect(rows.filter(has_text="Ben Keller").first).to_contain_text("angesehen")
    for page in (anna, ben, it, dora):
        page.close()


def test_figures_for_the_lead_and_a_csv_without_formulas(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], browser: Browser
) -> None:
    backoffice = office[0]
    lea = _page(browser)
    _log_in(lea, backoffice, "lea.lead")
    expect(lea.get_by_role("heading", name="Kennzahlen")).to_be_visible()
    expect(lea.locator("#fig-requests + .figure")).to_have_text(str(len(seeded)))
    with lea.expect_download() as download:
        lea.get_by_role("link", name="Als CSV herunterladen").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "Rückrufbitten;gesamt;" + str(len(seeded)) in text
    lea.goto(backoffice.url + "/console")
    expect(
        lea.get_by_role("heading", name="Diese Seite ist für Ihre Rolle nicht freigegeben")
    ).to_be_visible()
    lea.close()


def _wait_for(condition: Any, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def _reloaded(page: Page) -> str:
    page.reload()
    return page.content()


def _team_mails(box: MailBox) -> list[tuple[str, str]]:
    """Team Leistung's mails so far: (the whole message as sent, its decoded text)."""
    mails = []
    for raw in list(box.messages):
        mail = message_from_bytes(raw)
        if mail["To"] == "team-leistung@jobcenter.example":
            body = mail.get_payload(decode=True)
            assert isinstance(body, bytes)
            mails.append((raw.decode("utf-8", "replace"), body.decode()))
    return mails


def _announced_requests(box: MailBox) -> int:
    """Requests announced over all mails so far (each mail counts its own)."""
    return sum(
        int(n) for _, text in _team_mails(box) for n in re.findall(r"Rückrufbitten: (\d+)", text)
    )


def test_the_team_mail_has_counts_and_a_link_but_no_personal_data(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str]
) -> None:
    box = office[1]
    # Two of the realistic requests and the marker's are Team Leistung's. How many mails carry
    # them depends on how the runs fall between the submissions (one per run, see
    # tests/unit/test_team_mail.py); each is announced once.
    _wait_for(lambda: _announced_requests(box) >= 3)
    assert _announced_requests(box) == 3
    for raw, text in _team_mails(box):
        assert "Rückrufbitten: " in text and "/console?team=leistung" in text
        everything = raw + text
        for personal in (
            MARKER_NAME,
            "Quastenflosser",
            MARKER_PHONE,
            "99887766",
            MARKER_NOTE,
            "55555BG7777777",
            seeded[MARKER_NAME],
            "Erika",
            "Mustermann",
        ):
            assert personal not in everything, personal


def test_a_mail_server_that_is_down_loses_nothing_and_tells_it(
    tmp_path: Path, browser: Browser
) -> None:
    smtp_port = free_port()
    config = _config(tmp_path / "office.toml", smtp_port)
    with running_backoffice(tmp_path / "backoffice", config=config) as backoffice:
        backoffice.add_staff("ida.it", PASSWORD, "Ida Berger", ("it", "caseworker"))
        device = backoffice.enroll()
        envelope = sealed_envelope(
            callback_payload(concern_id="payment"), device.backoffice_public_key
        )
        assert backoffice.submit(device, envelope).status_code == 201
        page = _page(browser)
        _log_in(page, backoffice, "ida.it")
        page.goto(backoffice.url + "/console/fleet")
        _wait_for(lambda: "Team-E-Mail für" in _reloaded(page))
        expect(page.locator(".mail-failure")).to_contain_text("ConnectionRefusedError")
        expect(page.locator(".mail-failure")).not_to_contain_text("Erika")
        page.goto(backoffice.url + "/console?team=all")
        expect(page.get_by_role("link", name=envelope.reference_code)).to_be_visible()
        with smtp_server(smtp_port) as box:
            _wait_for(lambda: box.messages)  # the next run delivers it
        page.goto(backoffice.url + "/console/fleet")
        expect(page.locator(".mail-failure")).to_have_count(0)
        page.close()


PAGES = [
    ("login", None, "/console/login"),
    ("inbox", "anna.schmidt", "/console?team=all"),
    # Written without the umlaut, it finds Hans-Jürgen Böttcher.
    ("search", "anna.schmidt", "/console/search?status=all&q=bottcher"),
    ("search-empty", "anna.schmidt", "/console/search?q=%25%25"),
    ("detail", "anna.schmidt", "DETAIL"),
    ("documents", "anna.schmidt", "/console/documents"),
    ("account", "anna.schmidt", "/console/account"),
    ("forbidden", "ida.it", "/console"),
    ("fleet", "ida.it", "/console/fleet"),
    ("figures", "lea.lead", "/console/figures"),
    ("access-log", "dora.dsb", "/console/access-log"),
]


def test_every_console_page_is_axe_clean_and_photographed(
    office: tuple[BackofficeProcess, MailBox, int],
    seeded: dict[str, str],
    browser: Browser,
    tmp_path: Path,
) -> None:
    backoffice = office[0]
    folder = screenshot_folder(tmp_path)
    problems: dict[str, list[str]] = {}
    for name, user, path in PAGES:
        page = _opened(browser, backoffice, user, path, seeded)
        found = axe_violations(page)
        if found:
            problems[name] = found
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280, name
        page.screenshot(path=folder / f"console-{name}.png", full_page=True)
        page.close()
    assert problems == {}


def _opened(
    browser: Browser,
    backoffice: BackofficeProcess,
    user: str | None,
    path: str,
    seeded: dict[str, str],
) -> Page:
    """A new tab on one of PAGES, logged in as ``user``."""
    page = _page(browser)
    if user:
        _log_in(page, backoffice, user)
    if path == "DETAIL":
        page.goto(backoffice.url + "/console/search?status=all&q=" + seeded["Erika Mustermann"])
        page.get_by_role("link", name=seeded["Erika Mustermann"]).click()
    else:
        page.goto(backoffice.url + path)
    return page


def test_every_console_page_works_by_keyboard(
    office: tuple[BackofficeProcess, MailBox, int], seeded: dict[str, str], browser: Browser
) -> None:
    """From the top of each page, Tab reaches every link, button and field, and each shows
    where the focus is."""
    backoffice = office[0]
    problems: dict[str, list[str]] = {}
    for name, user, path in PAGES:
        page = _opened(browser, backoffice, user, path, seeded)
        gaps = keyboard_gaps(page)
        if gaps:
            problems[name] = gaps
        page.close()
    assert problems == {}


def test_the_axe_check_catches_a_broken_page(
    office: tuple[BackofficeProcess, MailBox, int], browser: Browser
) -> None:
    page = _page(browser)
    page.goto(office[0].url + "/console/login")
    assert axe_violations(page) == []
    page.evaluate("document.querySelector('form').insertAdjacentHTML('beforeend', '<input>')")
    assert any(v.startswith("label") for v in axe_violations(page))
    page.close()


def test_the_keyboard_check_catches_a_broken_page(
    office: tuple[BackofficeProcess, MailBox, int], browser: Browser
) -> None:
    page = _page(browser)
    page.goto(office[0].url + "/console/login")
    assert keyboard_gaps(page) == []
    page.evaluate(
        """() => {
        const form = document.querySelector('form');
        form.insertAdjacentHTML('beforeend',
          '<button type="button" tabindex="-1" id="mouse-only">Nur mit Maus</button>' +
          '<a href="#" id="no-ring">Ohne Rahmen</a>');
        // Through the CSSOM: the page's Content-Security-Policy ignores style attributes.
        const link = document.getElementById('no-ring');
        link.style.outline = 'none';
        link.style.boxShadow = 'none';
        }"""
    )
    gaps = keyboard_gaps(page)
    assert "no visible focus: a:no-ring" in gaps
    assert "not reachable by Tab: button:mouse-only" in gaps
    page.close()
