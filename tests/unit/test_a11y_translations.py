"""Every translation complete: all seven languages, every message, placeholders and plurals."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from pytestqt.qtbot import QtBot

from config.site import SiteSettings
from kiosk.viewmodels.language import I18N_DIR, LanguageViewModel, available_languages

LANGUAGES = ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]
# Plural forms Qt's rules expect (Qt's numerus table): Arabic has six, the Slavic three.
PLURAL_FORMS = {"de": 2, "de-LS": 2, "en": 2, "uk": 3, "ar": 6, "tr": 1, "ru": 3}
PLACEHOLDER = re.compile(r"%[1-9n]")


def _messages(code: str) -> list[ET.Element]:
    # The project's own translation sources, not untrusted input.
    root = ET.parse(I18N_DIR / f"buergerterminal_{code}.ts").getroot()  # noqa: S314
    return root.findall("./context/message")


def test_the_offices_default_is_all_seven_languages() -> None:
    assert SiteSettings().languages == LANGUAGES


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    problems = []
    for message in _messages(code):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"not translated: {source}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[code]:
            problems.append(f"{len(forms)} plural forms, not {PLURAL_FORMS[code]}: {source}")
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for text in texts:
            if not text.strip():
                problems.append(f"empty: {source}")
            elif set(PLACEHOLDER.findall(text)) - {"%n"} != wanted:
                problems.append(f"placeholders differ: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


def test_all_languages_have_the_same_messages() -> None:
    def keys(code: str) -> set[str]:
        return {m.findtext("source") or "" for m in _messages(code)}

    assert all(keys(code) == keys("en") for code in LANGUAGES)


def test_every_language_is_offered_in_its_own_name(qtbot: QtBot) -> None:
    codes = available_languages(I18N_DIR, LANGUAGES)
    assert codes == LANGUAGES  # every .ts is compiled (scripts/setup runs kiosk.i18n.build)
    language = LanguageViewModel(codes, "de", I18N_DIR)
    try:
        names = {entry["code"]: entry["name"] for entry in language.property("languages")}
        assert names == {
            "de": "Deutsch",
            "de-LS": "Leichte Sprache",
            "en": "English",
            "uk": "Українська",
            "ar": "العربية",
            "tr": "Türkçe",
            "ru": "Русский",
        }
        language.select("de-LS")
        assert language.property("localeName") == "de_DE"
        language.select("ar")
        assert language.property("rightToLeft")
    finally:
        language.unload()
