"""The fleet page's words for what terminals report, in the page's language: never a raw enum
value, never a Python repr.

The stable English codes ("scanner jammed", "missing") stay for logs, ``/metrics`` and the
page's "Details"; this module is what the page shows first. The words themselves are in one
table per language (``german.py``, ``english.py``); here is how figures and moments read.
"""

from __future__ import annotations

import datetime as dt
import uuid

from backoffice.console.formatting import OfficeTime
from backoffice.fleet import english
from backoffice.fleet.english import ENGLISH
from backoffice.fleet.german import GERMAN
from backoffice.fleet.language import Language
from backoffice.fleet.phrases import Phrases
from backoffice.fleet.status import Problem, StatusClass
from contract.fleet import Presence, ScannerHealth

PHRASES = {Language.GERMAN: GERMAN, Language.ENGLISH: ENGLISH}


def phrases(language: Language) -> Phrases:
    return PHRASES[language]


def status_words(status: StatusClass, words: Phrases = GERMAN) -> str:
    return words.status[status]


def scanner_words(health: ScannerHealth, words: Phrases = GERMAN) -> str:
    return words.scanner[health]


def presence_words(presence: Presence, words: Phrases = GERMAN) -> str:
    return words.presence[presence]


def problem_words(problem: Problem, words: Phrases = GERMAN) -> str:
    """The finding as IT reads it; what the terminal said itself stays in ``problem.detail``."""
    return words.problems[problem.code].format(
        duration=age(problem.figure, words),
        count=f"{problem.figure:.0f}",
        percent=words.percent.format(n=f"{problem.figure * 100:.0f}"),
    )


def moment(value: dt.datetime | None, words: Phrases, time: OfficeTime) -> str:
    """``Fr 21.11.2025, 10:14 Uhr`` (the console's own format) or ``Fri 21 Nov 2025, 10:14``."""
    if value is None or words.language is Language.GERMAN:
        return time.moment(value)
    local = time.local(value)
    weekday, month = english.WEEKDAYS[local.weekday()], english.MONTHS[local.month - 1]
    return f"{weekday} {local.day} {month} {local:%Y}, {local:%H:%M}"


def age(seconds: float | None, words: Phrases = GERMAN) -> str:
    if seconds is None:
        return "–"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{_decimal(seconds / 3600, words)} h"
    return words.days.format(n=f"{seconds / 86400:.0f}")


def size(count: float, words: Phrases = GERMAN) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{_decimal(count, words)} {unit}"
        count /= 1024
    return f"{_decimal(count, words)} TB"


def _decimal(value: float, words: Phrases) -> str:
    return f"{value:.1f}".replace(".", words.decimal_mark)


def short_id(value: uuid.UUID | str) -> str:
    """A terminal's id as people compare it on a screen: its first block ("54c06238")."""
    return str(value).split("-")[0]
