"""Durations in words, with each language's plural forms from its translation file."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.durations import in_words
from kiosk.viewmodels.language import I18N_DIR, LanguageViewModel

LANGUAGES = ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]


@pytest.mark.parametrize(
    ("code", "seconds", "words"),
    [
        ("de", 600, "10 Minuten"),
        ("de", 120, "2 Minuten"),
        ("de", 61, "2 Minuten"),  # rounded up: never less time than is left
        ("de", 60, "1 Minute"),
        ("de", 45, "45 Sekunden"),
        ("de", 1, "1 Sekunde"),
        ("en", 600, "10 minutes"),
        ("en", 1, "1 second"),
        ("ru", 60, "1 минуту"),
        ("ru", 180, "3 минуты"),
        ("ru", 300, "5 минут"),
        ("uk", 1320, "22 хвилини"),
        ("ar", 120, "دقيقتين"),
        ("ar", 600, "10 دقائق"),
        ("tr", 600, "10 dakika"),
    ],
)
def test_durations_read_as_people_say_them(
    qtbot: QtBot, code: str, seconds: int, words: str
) -> None:
    language = LanguageViewModel(LANGUAGES, "de", I18N_DIR)
    try:
        language.select(code)
        assert in_words(seconds) == words
    finally:
        language.unload()
