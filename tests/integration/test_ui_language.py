"""Language switch on every screen: texts change, entries stay; right-to-left mirrors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from config.schema import TerminalSettings
from config.site import SiteSettings
from demo import uidriver
from kiosk.viewmodels.language import I18N_DIR
from tests.helpers.qt_kiosk import Citizen, running_kiosk


def test_switching_mid_journey_keeps_entries_and_changes_texts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.open_language_chooser()
        assert citizen.text("lang_de") == "Deutsch"
        assert citizen.text("lang_en") == "English"
        assert citizen.text("lang_de-LS") == "Leichte Sprache"
        assert citizen.text("lang_uk") == "Українська"
        citizen.tap("closeLanguageChooser")
        citizen.start_and_choose_concern()
        citizen.enter_contact(phone="0171 23")
        assert citizen.text("phoneError").startswith("Diese Telefonnummer")

        citizen.choose_language("en")
        qtbot.waitUntil(lambda: citizen.step_title() == "How can we reach you?")
        assert citizen.text("stepIndicator") == "Step 2 of 5"
        assert citizen.text("phoneError") == (
            "This phone number is not complete. Please check the digits."
        )
        assert citizen.text("openingHoursText") == "Opening hours: Mon–Fri 8 am–12 noon, Thu 2–6 pm"
        assert uidriver.text_of(kiosk.window, "nameInput") == "Erika Mustermann"
        assert uidriver.text_of(kiosk.window, "phoneInput") == "0171 23"

        citizen.type("phoneInput", "0171 2345678")
        citizen.tap("nextButton")
        qtbot.waitUntil(lambda: bool(kiosk.journey.days))
        assert kiosk.journey.days[0]["label"] == "Monday, 23 November"

        citizen.choose_language("de")
        qtbot.waitUntil(lambda: citizen.step_title() == "Wann dürfen wir Sie anrufen?")
        assert kiosk.journey.days[0]["label"] == "Montag, 23. November"
        assert kiosk.journey.phone == "0171 2345678"


def _fake_arabic(folder: Path) -> None:
    """A translation file is all a new language needs; this one translates one text."""
    for code in ("de", "en"):
        shutil.copy(I18N_DIR / f"buergerterminal_{code}.qm", folder)
    ts = folder / "buergerterminal_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ar" sourcelanguage="en"><context><name>HomeScreen</name>'
        "<message><source>Welcome</source><translation>أهلا وسهلا</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)


def test_right_to_left_language_mirrors_the_layout(qtbot: QtBot, tmp_path: Path) -> None:
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    _fake_arabic(i18n)
    settings = TerminalSettings(site=SiteSettings(languages=["de", "en", "ar", "tr"]))
    with running_kiosk(qtbot, tmp_path, settings=settings, i18n_dir=i18n) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        # "tr" has no translation file: not offered, rather than a button that does nothing.
        citizen.open_language_chooser()
        assert not uidriver.exists(kiosk.window, "lang_tr")
        assert citizen.text("lang_ar") == "العربية"
        citizen.tap("closeLanguageChooser")
        citizen.tap("startCallback")
        back = uidriver.find(kiosk.window, "backButton")
        assert back.mapToScene(back.boundingRect().center()).x() < 960

        citizen.choose_language("ar")
        qtbot.waitUntil(lambda: kiosk.language.rightToLeft)
        qtbot.waitUntil(lambda: back.mapToScene(back.boundingRect().center()).x() > 960)
        citizen.tap("backButton")
        qtbot.waitUntil(lambda: kiosk.shell.screen == "home")
