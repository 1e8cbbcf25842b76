"""The fleet page's language: the cookie's choice, else the browser's Accept-Language, else
German, whatever a request carries; and every word and figure in both languages."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

import pytest

from backoffice.console.formatting import OfficeTime
from backoffice.fleet import wording
from backoffice.fleet.language import LANGUAGE_COOKIE, Language, chosen_language
from backoffice.fleet.phrases import Chrome, Phrases, Refusal
from backoffice.fleet.status import Problem, ProblemCode, Severity, StatusClass
from backoffice.storage.fleet_models import OverrideScope
from contract.fleet import Presence, ScannerHealth

GERMAN, ENGLISH = Language.GERMAN, Language.ENGLISH


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("en", ENGLISH),
        ("en-GB,en;q=0.9", ENGLISH),
        ("EN-us", ENGLISH),
        ("de-DE,de;q=0.9,en;q=0.8", GERMAN),
        ("fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7", ENGLISH),
        ("de;q=0.5, en;q=0.6", ENGLISH),
        # Equal weights: the one named first.
        ("en;q=0.5, de;q=0.5", ENGLISH),
        ("*", GERMAN),
        ("uk, *;q=0.1, en;q=0.05", GERMAN),
        # q=0 means "not this one".
        ("en;q=0", GERMAN),
        ("en;q=0.000", GERMAN),
        ("fr", GERMAN),
        ("", GERMAN),
    ],
)
def test_the_browser_language_is_read_by_its_weights(header: str, language: Language) -> None:
    assert chosen_language(None, header) is language


# What a header or a cookie may carry that no browser sends: none of it raises, none of it is
# taken for English.
HOSTILE_HEADERS = [
    ("a very long header", "x-" * 50_000 + "en"),
    ("English only after the first 32 ranges", "fr," * 40 + "en"),
    ("English only after 1024 characters", " " * 1024 + "en"),
    ("a weight above 1", "en;q=2"),
    ("a negative weight", "en;q=-1"),
    ("a weight of four decimals", "en;q=0.1234"),
    ("a weight in exponent notation", "en;q=1e0"),
    ("a weight that is not a number", "en;q=nan"),
    ("an infinite weight", "en;q=inf"),
    ("an empty weight", "en;q="),
    ("a weight twice, the second broken", "en;q=1;q=x"),
    ("a tag with a space inside", "e n"),
    ("a tag too long", "englishlanguage"),
    ("a tag of digits", "12"),
    ("a tag in another script", "ен"),
    ("a NUL byte", "en\x00"),
    ("bidi controls", "\u202een"),
    ("a tag joined by an underscore", "en_GB"),
    ("only separators", ",;,;=,,"),
    ("a CRLF", "en\r\nX-Injected: 1"),
]


@pytest.mark.parametrize(
    ("what", "header"), HOSTILE_HEADERS, ids=[case[0] for case in HOSTILE_HEADERS]
)
def test_a_hostile_accept_language_falls_back_to_german(what: str, header: str) -> None:
    assert chosen_language(None, header) is GERMAN, what


@pytest.mark.parametrize(
    "cookie", ["", "EN", "en ", "english", "en;q=1", "e" * 5000, "\x00", "None", "de-DE"]
)
def test_a_cookie_that_names_no_language_is_ignored(cookie: str) -> None:
    assert chosen_language(cookie, None) is GERMAN
    # ... and the browser's language is asked instead.
    assert chosen_language(cookie, "en") is ENGLISH


def test_the_staff_members_choice_wins_over_the_browser() -> None:
    assert chosen_language("de", "en") is GERMAN
    assert chosen_language("en", "de") is ENGLISH
    assert chosen_language("en", "x" * 100_000) is ENGLISH
    assert LANGUAGE_COOKIE.isascii() and re.fullmatch(r"[a-z_]+", LANGUAGE_COOKIE)


@pytest.mark.parametrize("language", list(Language))
def test_every_state_finding_and_refusal_has_words_in_every_language(language: Language) -> None:
    words = wording.phrases(language)
    tables: dict[str, tuple[Mapping[Any, str], type[enum.Enum]]] = {
        "status": (words.status, StatusClass),
        "scanner": (words.scanner, ScannerHealth),
        "presence": (words.presence, Presence),
        "problems": (words.problems, ProblemCode),
        "refusals": (words.refusals, Refusal),
        "scopes": (words.scopes, OverrideScope),
        "scope_choices": (words.scope_choices, OverrideScope),
    }
    for name, (table, kind) in tables.items():
        assert set(table) == set(kind), name
        assert all(text.strip() for text in table.values()), name
    assert words.language is language


def test_english_says_no_german_word_and_german_is_the_console_chrome() -> None:
    english, german = wording.phrases(ENGLISH), wording.phrases(GERMAN)
    assert german.chrome is None  # base.html's own words
    assert english.chrome is not None and english.chrome.lang is ENGLISH
    texts = [str(getattr(english, f.name)) for f in fields(Phrases)]
    texts += [str(getattr(english.chrome, f.name)) for f in fields(Chrome)]
    for table in (english.status, english.scanner, english.presence, english.problems):
        texts += list(table.values())
    umlauts = [text for text in texts if re.search("[äöüß]", text.replace("Bürgerterminal", ""))]
    assert umlauts == []
    # None of the page's words is the same in both languages but a few international ones.
    same = {
        f.name
        for f in fields(Phrases)
        if isinstance(getattr(english, f.name), str)
        and getattr(english, f.name) == getattr(german, f.name)
    }
    assert same == {
        "title",
        "column_terminal",
        "column_status",
        "column_scanner",
        "column_version",
        "details",
    }


def _problem(code: ProblemCode, figure: float = 0.0, detail: str = "") -> Problem:
    return Problem(Severity.WARNING, code, figure, detail)


@pytest.mark.parametrize(
    ("problem", "german", "english"),
    [
        (
            _problem(ProblemCode.SCANNER_JAMMED),
            "Papierstau im Scanner",
            "Paper jam in the scanner",
        ),
        (
            _problem(ProblemCode.QUEUE_STUCK, 4 * 3600),
            "Warteschlange seit 4,0 h nicht zugestellt",
            "Queue not delivered for 4.0 h",
        ),
        (
            _problem(ProblemCode.QUEUE_GROWING, 1200),
            "Warteschlange seit 20 min nicht zugestellt",
            "Queue not delivered for 20 min",
        ),
        (
            _problem(ProblemCode.ITEMS_QUARANTINED, 3),
            "Vom Backoffice abgewiesene Einreichungen: 3",
            "Submissions refused by the backoffice: 3",
        ),
        (
            _problem(ProblemCode.DISK_LOW, 0.1),
            "Nur 10 % Speicher frei",
            "Only 10% of the disk free",
        ),
        (
            # What the terminal said goes to "Details", not into the words.
            _problem(ProblemCode.DELIVERY_FAILING, detail="ConnectionError: refused"),
            "Die Zustellung scheitert (Fehler unter Details)",
            "Deliveries are failing (the error is under Details)",
        ),
    ],
)
def test_findings_read_as_sentences_in_each_language(
    problem: Problem, german: str, english: str
) -> None:
    assert wording.problem_words(problem, wording.phrases(GERMAN)) == german
    assert wording.problem_words(problem, wording.phrases(ENGLISH)) == english


def test_moments_durations_and_sizes_read_naturally_in_each_language() -> None:
    time = OfficeTime.named("Europe/Berlin")
    german, english = wording.phrases(GERMAN), wording.phrases(ENGLISH)
    moment = dt.datetime(2025, 12, 5, 9, 4, tzinfo=dt.UTC)
    assert wording.moment(moment, german, time) == "Fr 05.12.2025, 10:04 Uhr"
    assert wording.moment(moment, english, time) == "Fri 5 Dec 2025, 10:04"
    assert wording.moment(None, english, time) == ""
    assert [wording.age(s, german) for s in (30, 600, 9000, 400_000)] == [
        "30 s", "10 min", "2,5 h", "5 Tage",
    ]  # fmt: skip
    assert [wording.age(s, english) for s in (30, 600, 9000, 400_000, None)] == [
        "30 s", "10 min", "2.5 h", "5 days", "–",
    ]  # fmt: skip
    assert wording.size(1536, german) == "1,5 KB"
    assert wording.size(1536, english) == "1.5 KB"
    assert wording.size(2**63 - 1, english).endswith(" GB")
