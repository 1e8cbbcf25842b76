"""Admin mode's and the fleet page's words for what a terminal reports: no raw Python values,
no exception class names in the words (they go to the Details)."""

from __future__ import annotations

import uuid

import pytest
import requests

from backoffice.fleet import wording as fleet_wording
from contract.fleet import Presence, ScannerHealth
from kiosk.admin.wording import (
    connection_problem,
    page_check_detail,
    page_check_words,
    short_id,
    technical,
)
from scanner.page_checks import Edge, PageCheck, PageEncoding

CUT = PageCheck(
    blank=False,
    cut_off=(Edge.TOP, Edge.LEFT),
    skew_degrees=0.0,
    too_dark=False,
    too_light=False,
    encoding=PageEncoding.BILEVEL,
    paper_level=250,
    ink_level=20,
)


def test_a_page_check_in_words_with_the_raw_values_apart() -> None:
    # No translator loaded: the English source words.
    assert page_check_words(CUT) == (
        "Content touches the edge: top, left. Not blank. Exposure fine. "
        "Encoded as black and white (CCITT G4)."
    )
    assert "cut_off=['top', 'left']" in page_check_detail(CUT)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (requests.exceptions.ConnectTimeout("x"), "not reachable: no answer in time"),
        (
            requests.exceptions.SSLError("x"),
            "not reachable: the office's certificate is not trusted",
        ),
        (
            requests.exceptions.ConnectionError("x"),
            "not reachable: connection refused or address unknown",
        ),
    ],
)
def test_connection_problems_in_words_and_the_class_only_in_the_detail(
    error: requests.RequestException, words: str
) -> None:
    assert connection_problem(error) == words
    assert type(error).__name__ not in words
    assert technical(error).startswith(type(error).__name__ + ": ")


def test_ids_are_shortened_to_their_first_block() -> None:
    value = uuid.UUID("54c06238-ad50-420a-a4bb-ef05eb19f1fa")
    assert short_id(value) == fleet_wording.short_id(value) == "54c06238"


def test_the_fleet_page_names_every_state_in_german() -> None:
    assert [fleet_wording.scanner_words(h) for h in ScannerHealth] == [
        "funktioniert", "Papierstau", "Deckel offen", "nicht gefunden", "meldet einen Fehler",
        "noch nicht geprüft",
    ]  # fmt: skip
    assert [fleet_wording.presence_words(p) for p in Presence] == [
        "angeschlossen", "fehlt", "unbekannt",
    ]  # fmt: skip
