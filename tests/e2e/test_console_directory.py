"""Directory logins against a real slapd (LDAPS and StartTLS with a test CA): group → role
mapping, teams from groups, a wrong password, and a hung directory that the login reports
within 5 s while a local emergency account still works."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.browser import chromium
from tests.helpers.slapd import GROUPS, PEOPLE, Directory, running_slapd

pytestmark = pytest.mark.e2e

PEOPLE_IN_DIRECTORY = {
    "m.yilmaz": ("Mehmet Yılmaz", "verzeichnis-passwort-1"),
    "t.it": ("Tom Technik", "verzeichnis-passwort-2"),
    "x.niemand": ("Xaver Ohnerolle", "verzeichnis-passwort-3"),
}
DIRECTORY_GROUPS = {
    "sachbearbeitung": ["m.yilmaz"],
    "team-leistung": ["m.yilmaz"],
    "it-betreuung": ["t.it"],
    "kantine": ["x.niemand"],
}


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Directory]:
    with running_slapd(
        tmp_path_factory.mktemp("slapd"), PEOPLE_IN_DIRECTORY, DIRECTORY_GROUPS
    ) as d:
        yield d


def _config(path: Path, directory: Directory, url: str, start_tls: bool) -> Path:
    path.write_text(
        f"""
[console.teams.leistung]
name = "Team Leistung"
concerns = ["payment"]
directory_groups = ["cn=team-leistung,{GROUPS}"]
[console.directory]
url = "{url}"
start_tls = {str(start_tls).lower()}
ca_file = "{directory.ca_file}"
user_dn_template = "uid={{username}},{PEOPLE}"
group_search_base = "{GROUPS}"
timeout_seconds = 3
[console.directory.group_roles]
"cn=sachbearbeitung,{GROUPS}" = ["caseworker"]
"cn=it-betreuung,{GROUPS}" = ["it"]
""",
        encoding="utf-8",
    )
    return path


def _log_in(page: Page, office: BackofficeProcess, username: str, password: str) -> None:
    page.goto(office.url + "/console/login")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("how", ["ldaps", "starttls"])
def test_directory_login_maps_groups_to_roles_and_teams(
    directory: Directory, browser: Browser, tmp_path: Path, how: str
) -> None:
    url = directory.ldaps_url if how == "ldaps" else directory.ldap_url
    config = _config(tmp_path / "office.toml", directory, url, start_tls=how == "starttls")
    with running_backoffice(tmp_path / "backoffice", config=config) as office:
        page = browser.new_page(locale="de-DE")
        page.set_default_timeout(15_000)
        _log_in(page, office, "m.yilmaz", "verzeichnis-passwort-1")
        expect(page.get_by_text("Angemeldet als Mehmet Yılmaz")).to_be_visible()
        expect(page.get_by_role("heading", name="Rückrufbitten", exact=True)).to_be_visible()
        page.goto(office.url + "/console/account")
        expect(page.get_by_label("Team Leistung (aus dem Verzeichnis)")).to_be_checked()
        page.goto(office.url + "/console/fleet")
        expect(
            page.get_by_role("heading", name="Die Terminalübersicht ist nur für die IT")
        ).to_be_visible()
        page.get_by_role("button", name="Abmelden").click()

        _log_in(page, office, "t.it", "verzeichnis-passwort-2")
        expect(page.get_by_role("heading", name="Terminals", exact=True)).to_be_visible()
        page.get_by_role("button", name="Abmelden").click()

        _log_in(page, office, "m.yilmaz", "falsch")
        expect(page.get_by_role("alert")).to_have_text("Benutzername oder Passwort ist falsch.")
        _log_in(page, office, "x.niemand", "verzeichnis-passwort-3")
        expect(page.get_by_role("alert")).to_contain_text("nicht freigeschaltet")
        _log_in(page, office, "m.yilmaz", "")
        expect(page.get_by_role("alert")).to_have_text("Benutzername oder Passwort ist falsch.")
        page.close()


def test_a_hung_directory_is_reported_within_5_s_and_the_emergency_account_works(
    directory: Directory, browser: Browser, tmp_path: Path
) -> None:
    hung = f"ldaps://127.0.0.1:{directory.silent_port}"
    config = _config(tmp_path / "office.toml", directory, hung, start_tls=False)
    with running_backoffice(tmp_path / "backoffice", config=config) as office:
        office.add_staff("notfall", "notfall-passwort-42", "Notfallkonto")
        page = browser.new_page(locale="de-DE")
        page.set_default_timeout(15_000)
        started = time.monotonic()
        _log_in(page, office, "m.yilmaz", "verzeichnis-passwort-1")
        expect(page.get_by_role("alert")).to_contain_text("Verzeichnisdienst")
        assert time.monotonic() - started < 5.0
        _log_in(page, office, "notfall", "notfall-passwort-42")
        expect(page.get_by_text("Angemeldet als Notfallkonto")).to_be_visible()
        page.close()
