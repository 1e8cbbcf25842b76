"""Calls are answered by the caseworker role: an account with the IT role only is refused the
call page and the staff signaling socket, over real HTTP and a real WebSocket against a real
backoffice (on SQLite and PostgreSQL); a caseworker (or someone holding both roles) gets in.
An interpreter's account reaches the call page and nothing of citizens' requests; the citizen
hears the caseworker's team."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect
from websockets.typing import Origin

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.office_database import OfficeDatabases, office_on
from tests.helpers.region_peers import Peer

PASSWORD = "sonnenblume-42"


@pytest.fixture(scope="module")
def office(
    database: OfficeDatabases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackofficeProcess]:
    # On PostgreSQL the staff socket goes through the region's switchboard.
    team = {"console.teams.leistung.name": "Team Leistung"}
    with office_on(database, tmp_path_factory.mktemp("calls"), **team) as office:
        office.add_staff("ida.it", PASSWORD, "Ida Berger", ("it",))
        office.add_staff("anna", PASSWORD, "Anna Schmidt", ("caseworker",))
        office.add_staff("tom.both", PASSWORD, "Tom Wagner", ("it", "caseworker"))
        office.add_staff("olena", PASSWORD, "Olena Kovalenko", ("interpreter",))
        office.cli("interpreter", "--username", "olena", "--languages", "uk,ru")
        yield office


def _logged_in(
    office: BackofficeProcess, username: str, lands: str | None = None
) -> requests.Session:
    browser = requests.Session()
    form = browser.get(office.url + "/console/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None
    answer = browser.post(
        office.url + "/console/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token[1]},
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    if lands is not None:
        assert answer.headers["location"] == lands
    return browser


def _socket_welcomed(office: BackofficeProcess, browser: requests.Session) -> bool:
    cookie = "; ".join(f"{name}={value}" for name, value in browser.cookies.items())
    url = office.url.replace("http://", "ws://") + "/console/signaling"
    try:
        with connect(url, additional_headers={"Cookie": cookie}, origin=Origin(office.url)) as ws:
            return '"welcome"' in str(ws.recv(timeout=10))
    except InvalidStatus as refused:
        assert refused.response.status_code == 403
        return False


def test_an_it_only_account_is_refused_the_call_page_and_the_socket(
    office: BackofficeProcess,
) -> None:
    ida = _logged_in(office, "ida.it")
    page = ida.get(office.url + "/console/call", timeout=10, allow_redirects=False)
    assert page.status_code == 403
    assert "Videoanrufe nimmt die Sachbearbeitung an" in page.text
    assert 'href="/console/fleet"' in page.text  # her own start page
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert not _socket_welcomed(office, ida)
    assert "refused a console socket without the calls role" in office.log_text()


@pytest.mark.parametrize("username", ["anna", "tom.both"])
def test_a_caseworker_gets_the_call_page_and_the_socket(
    office: BackofficeProcess, username: str
) -> None:
    staff = _logged_in(office, username)
    page = staff.get(office.url + "/console/call", timeout=10, allow_redirects=False)
    assert page.status_code == 200 and "Für Videoanrufe verfügbar" in page.text
    assert _socket_welcomed(office, staff)


def test_without_a_session_the_call_page_sends_to_the_login(office: BackofficeProcess) -> None:
    page = requests.get(office.url + "/console/call", timeout=10, allow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/console/login")
    assert not _socket_welcomed(office, requests.Session())


def test_an_interpreter_gets_the_call_page_as_interpreter_and_nothing_of_citizens(
    office: BackofficeProcess,
) -> None:
    olena = _logged_in(office, "olena", lands="/console/call")
    page = olena.get(office.url + "/console/call", timeout=10, allow_redirects=False)
    assert page.status_code == 200 and '"role": "interpreter"' in page.text
    assert _socket_welcomed(office, olena)
    for citizens_data in ("/console", "/console/documents", "/console/search?q=a"):
        refused = olena.get(office.url + citizens_data, timeout=10, allow_redirects=False)
        assert refused.status_code == 403, citizens_data


def test_an_interpreter_without_languages_is_told_what_is_missing_not_sent_in_a_circle(
    office: BackofficeProcess,
) -> None:
    office.add_staff("mira", PASSWORD, "Mira Novak", ("interpreter",))
    mira = _logged_in(office, "mira", lands="/console/call")
    page = mira.get(office.url + "/console/call", timeout=10, allow_redirects=False)
    assert page.status_code == 403
    assert "noch keine Sprachen eingetragen" in page.text
    assert 'href="/console/call"' not in page.text  # the page it is on would be a circle
    assert 'href="/console/account"' in page.text
    assert mira.get(office.url + "/console/account", timeout=10).status_code == 200
    assert not _socket_welcomed(office, mira)


def test_a_caseworker_made_interpreter_is_told_calls_stop_ringing(
    office: BackofficeProcess,
) -> None:
    office.add_staff("ben", PASSWORD, "Ben Roth", ("caseworker",))
    told = office.cli("interpreter", "--username", "ben", "--languages", "tr").stdout
    assert "citizens' calls no longer ring for them" in told
    office.cli("interpreter", "--username", "ben", "--languages", "")
    page = _logged_in(office, "ben").get(office.url + "/console/call", timeout=10)
    assert '"role": "staff"' in page.text  # a caseworker again, rung for calls


def test_the_citizen_hears_the_team_of_the_caseworker_who_answers(
    office: BackofficeProcess,
) -> None:
    anna = _logged_in(office, "anna")
    form = anna.get(office.url + "/console/account", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None
    saved = anna.post(
        office.url + "/console/account",
        data={"display_name": "Anna Schmidt", "team": "leistung", "csrf_token": token[1]},
        timeout=10,
    )
    assert saved.status_code == 200
    with (
        Peer.staff(office.url, anna.cookies["bt_session"]) as staff,
        Peer.terminal(office.url, office.enroll("kabine").device_token) as terminal,
    ):
        staff.send(type="presence", available=True)
        staff.expect("presence_ack")
        terminal.send(type="call_request", ring_timeout_seconds=30)
        terminal.expect("ringing")
        staff.send(type="accept", call_id=staff.expect("ring")["call_id"])
        accepted = terminal.expect("accepted")
    assert (accepted["staff_name"], accepted["team"]) == ("Anna Schmidt", "Team Leistung")
