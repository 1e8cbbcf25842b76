"""Leichte Sprache as its rules ask: one sentence per line, and the hard words of the journeys
(scannen, Akte, BG-Nummer, Rückruf) explained in a sentence of their own where they appear."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from config.callback import CallbackSettings
from config.documents import DocumentSettings
from config.site import SiteSettings
from kiosk.viewmodels.language import I18N_DIR

# A sentence ends and the next begins on the same line: ". Bitte", "? Tippen". A date format
# ("d. MMMM") or an abbreviation before a number is no new sentence.
TWO_SENTENCES = re.compile(r"[.!?] +[A-ZÄÖÜ][a-zäöüß]")
# Admin mode is for IT staff and speaks German or English, not Leichte Sprache.
NOT_FOR_CITIZENS = {"Admin", "AdminOverlay"}
EXPLAINED = {
    "scannen": "Scannen heißt: ",
    "Akte": "In der Akte sind alle Ihre Papiere beim Jobcenter.",
    "BG-Nummer": "Die BG-Nummer ist Ihre Nummer beim Jobcenter.",
    "Rückruf": "Rückruf heißt: Wir rufen Sie an.",
}


def _translations() -> list[str]:
    # The project's own translation source, not untrusted input.
    root = ET.parse(I18N_DIR / "buergerterminal_de-LS.ts").getroot()  # noqa: S314
    texts = []
    for context in root.findall("./context"):
        if context.findtext("name") in NOT_FOR_CITIZENS:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts.extend(forms or [translation.text or ""])
    return texts


def _config_texts() -> list[str]:
    """What the office's config says in Leichte Sprache by default."""
    return [
        CallbackSettings().privacy_notice["de-LS"],
        DocumentSettings().privacy_notice["de-LS"],
        SiteSettings().opening_hours["de-LS"],
    ]


def lines_with_two_sentences(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.split("\n") if TWO_SENTENCES.search(line)]


@pytest.mark.parametrize("source", [_translations, _config_texts], ids=["ui", "config"])
def test_one_sentence_per_line(source: object) -> None:
    assert callable(source)
    assert lines_with_two_sentences(source()) == []


def test_the_check_finds_two_sentences_on_one_line() -> None:
    assert lines_with_two_sentences(["Wir rufen Sie an. Sie sagen uns, wann."]) != []
    assert lines_with_two_sentences(["Wir rufen Sie an.\nSie sagen uns, wann."]) == []
    assert lines_with_two_sentences(["dddd, d. MMMM", "Zum Beispiel: 0171 2345678."]) == []


@pytest.mark.parametrize("word", sorted(EXPLAINED))
def test_hard_words_are_explained(word: str) -> None:
    texts = _translations() + _config_texts()
    assert any(word.lower() in text.lower() for text in texts)
    assert any(EXPLAINED[word] in text for text in texts), f"{word} is not explained"
