"""The staff console's own inputs, attacked: the search box and its filters, the documents
search, and the figures period (and its CSV). Whatever staff type or a tampered link carries,
the page answers (never a 5xx), finds what it should and nothing else, and writes no searched
value to the log. And records the console cannot show are damaged rows in the search results
and a damaged part of the figures, never a 500 for the page.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from tests.helpers.hostile import HostileOffice
from tests.hostile.test_hostile_damage import (
    DAMAGED,
    _bad_callback,
    _bad_document,
    _delete,
    _log_names,
    _on_sqlite,
)

# What a search box meets: SQL LIKE wildcards, quotes, escapes, very long text, RTL text,
# emoji, control and bidi characters, digits of other scripts. None may find the good request.
SEARCHES = [
    ("a percent sign", "%"),
    ("an underscore", "_"),
    ("percent and underscore around a letter", "%a_%"),
    ("quotes", "' OR '1'='1"),
    ("a double quote and a semicolon", '"; DROP TABLE callback_request; --'),
    ("backslashes", "\\\\%\\_"),
    ("10,000 characters", "M" * 10_000),
    ("right-to-left text", "مرحبا بكم"),
    ("an emoji joined by a ZWJ", "\U0001f469\u200d\U0001f467"),
    ("a NUL byte", "Mül\x00ler"),
    ("bidi controls", "\u202eZYX\u202c"),
    ("Arabic-Indic digits", "٠١٧٠١٢٣٤٥٦٧"),
    ("a marker name of a citizen", "Quistorp-Suchmarker"),
]


@pytest.mark.parametrize(("what", "query"), SEARCHES, ids=[c[0] for c in SEARCHES])
def test_a_hostile_search_answers_and_finds_nothing_else(
    hostile: HostileOffice, what: str, query: str
) -> None:
    with hostile.attack(f"console search: {what}"):
        search = hostile.staff.get(
            hostile.url + "/console/search", params={"q": query, "status": "all"}, timeout=10
        )
        documents = hostile.staff.get(
            hostile.url + "/console/documents", params={"q": query}, timeout=10
        )
    assert search.status_code == 200, search.text[:300]
    assert documents.status_code == 200, documents.text[:300]
    assert f"/console/requests/{hostile.good_callback}" not in search.text
    assert f'/console/documents/{hostile.good_document}"' not in documents.text
    assert "Quistorp-Suchmarker" not in hostile.office.log_text()


FILTERS = [
    ("an unknown status and sort", {"status": "verloren", "sort": "'; --"}),
    ("a filter of 10,000 characters", {"concern": "x" * 10_000, "location": "y" * 10_000}),
    ("a language with bidi controls", {"language": "\u202ede"}),
    ("a team that does not exist", {"team": "%"}),
    ("cursors beyond the id range", {"after": str(2**70), "before": "99999999999"}),
    ("cursors that are no numbers", {"after": "٣", "before": "-1"}),
    ("due: not today", {"due": "\x00"}),
]


@pytest.mark.parametrize(("what", "params"), FILTERS, ids=[c[0] for c in FILTERS])
def test_hostile_filters_and_cursors_answer(
    hostile: HostileOffice, what: str, params: dict[str, str]
) -> None:
    with hostile.attack(f"console filters: {what}"):
        pages = [
            hostile.staff.get(hostile.url + path, params=params, timeout=10)
            for path in ("/console", "/console/search", "/console/documents")
        ]
    assert [page.status_code for page in pages] == [200, 200, 200]


PERIODS = [
    ("the year 9999", {"from": "9999-12-01", "to": "9999-12-31"}),
    ("the year 1", {"from": "0001-01-01", "to": "0001-01-02"}),
    ("from the year 1 to today", {"from": "0001-01-01"}),
    ("a day that does not exist", {"from": "2026-02-30", "to": "2026-13-01"}),
    ("10,000 characters", {"from": "2" * 10_000, "to": "-" * 10_000}),
    ("reversed", {"from": "2026-12-31", "to": "2026-01-01"}),
]


@pytest.mark.parametrize(("what", "params"), PERIODS, ids=[c[0] for c in PERIODS])
def test_a_hostile_figures_period_answers(
    hostile: HostileOffice, what: str, params: dict[str, str]
) -> None:
    with hostile.attack(f"figures period: {what}"):
        page = hostile.staff.get(hostile.url + "/console/figures", params=params, timeout=10)
        table = hostile.staff.get(hostile.url + "/console/figures.csv", params=params, timeout=10)
    assert page.status_code == 200 and "Kennzahlen" in page.text
    assert table.status_code == 200 and "Zeitraum;von" in table.text


def test_a_damaged_callback_is_a_damaged_row_in_the_search(hostile: HostileOffice) -> None:
    # A copy of the good request keeps its reference's search key: the search finds both.
    bad = _bad_callback(hostile, status="verloren")
    with hostile.attack("search: a damaged callback among the hits"):
        search = hostile.staff.get(
            hostile.url + "/console/search",
            params={"q": hostile.good_reference, "status": "all", "sort": "newest"},
            timeout=10,
        )
    assert search.status_code == 200
    assert DAMAGED in search.text and f"callback request #{bad}" in search.text
    assert f"/console/requests/{hostile.good_callback}" in search.text
    assert _log_names(hostile, "callback request", bad)
    _delete(hostile, "callback_request", bad)


def test_a_damaged_document_is_a_damaged_hit_in_the_search(hostile: HostileOffice) -> None:
    if not _on_sqlite(hostile):
        return  # PostgreSQL refuses a time that is no time: this damage cannot arise there
    bad = _bad_document(hostile, received_at="morgen")
    with hostile.attack("search: a damaged document among the hits"):
        search = hostile.staff.get(
            hostile.url + "/console/search",
            params={"q": hostile.good_document_reference},
            timeout=10,
        )
    assert search.status_code == 200
    assert DAMAGED in search.text and f"document #{bad}" in search.text
    assert _log_names(hostile, "document", bad)
    _delete(hostile, "received_document", bad)


def test_a_value_the_figures_cannot_compute_with_is_a_damaged_part(
    hostile: HostileOffice,
) -> None:
    if not _on_sqlite(hostile):
        return  # PostgreSQL's INTEGER column refuses 10^18: this damage cannot arise there
    bad = _bad_callback(hostile)
    with hostile.sql() as db:
        # 10^18 seconds to the first attempt: no timedelta holds the median.
        db.execute(
            text("UPDATE callback_request SET first_wait_seconds = :s WHERE id = :id"),
            {"s": 10**18, "id": bad},
        )
    with hostile.attack("figures: a wait of 10^18 seconds"):
        page = hostile.staff.get(hostile.url + "/console/figures", timeout=10)
        table = hostile.staff.get(hostile.url + "/console/figures.csv", timeout=10)
    assert page.status_code == 200 and DAMAGED in page.text
    assert "Unterlagen" in page.text  # the other parts are still counted
    assert table.status_code == 200
    assert f"Rückrufbitten;nicht gezählt;{DAMAGED}" in table.text
    assert _log_names(hostile, "figures part", "Rückrufbitten")
    _delete(hostile, "callback_request", bad)


# What the fleet page's language negotiation meets (backoffice/fleet/language.py): each is a
# header or cookie no browser sends; none may be a 5xx, and none names English.
LANGUAGE_CHOICES: list[tuple[str, dict[str, str | bytes], dict[str, str]]] = [
    ("an Accept-Language of 8,000 characters", {"Accept-Language": "x" * 8000}, {}),
    ("a weight of 8,000 digits", {"Accept-Language": "en;q=0." + "9" * 8000}, {}),
    ("weights out of range", {"Accept-Language": "en;q=2, en;q=-1, en;q=nan, en;q=1e3"}, {}),
    ("only separators", {"Accept-Language": ",;" * 2000}, {}),
    ("bytes that are no UTF-8", {"Accept-Language": b"\xff\xfeen"}, {}),
    ("a cookie of 4,000 characters", {}, {"bt_language": "e" * 4000}),
    ("a cookie in capitals", {}, {"bt_language": "EN"}),
    # Only the exact codes count: "en-GB" is no choice the switch makes.
    ("a cookie naming a region", {}, {"bt_language": "en-GB"}),
    ("a percent-encoded bidi control", {}, {"bt_language": "%E2%80%AEen"}),
]


@pytest.mark.parametrize(
    ("what", "headers", "cookies"), LANGUAGE_CHOICES, ids=[c[0] for c in LANGUAGE_CHOICES]
)
def test_a_hostile_language_choice_gets_the_fleet_page_in_german(
    hostile: HostileOffice,
    what: str,
    headers: dict[str, str | bytes],
    cookies: dict[str, str],
) -> None:
    with hostile.attack(f"fleet page language: {what}"):
        page = hostile.it.get(
            hostile.url + "/console/fleet", headers=headers, cookies=cookies, timeout=10
        )
    assert page.status_code == 200, page.text[:300]
    assert '<html lang="de">' in page.text and "Alle Terminals" in page.text
    assert page.headers["content-language"] == "de"


@pytest.mark.parametrize("language", ["fr", "EN", "e" * 17, "en\u202e", "", "de;q=1"], ids=repr)
def test_the_language_switch_refuses_what_it_does_not_speak(
    hostile: HostileOffice, language: str
) -> None:
    page = hostile.it.get(hostile.url + "/console/fleet", timeout=10)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    with hostile.attack(f"language switch: {language[:20]!r}"):
        answer = hostile.it.post(
            hostile.url + "/console/fleet/language",
            data={"language": language, "csrf_token": token[1]},
            allow_redirects=False,
            timeout=10,
        )
    # Back to the page as it was: no cookie, no 5xx (a value over 16 characters: a 422).
    assert answer.status_code in (303, 422), answer.text[:300]
    assert "set-cookie" not in answer.headers
    assert "bt_language" not in hostile.it.cookies
