"""On every step: start over (after a short question), help from a person worded for the site
(a reception desk, or an unattended cabin), the languages on the start screen, Enter moving
from field to field, and the on-screen keyboard never hiding the field or the way on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from config.site import SiteKind, SiteSettings
from demo import uidriver
from demo.screen_views import LANDSCAPE, SQUARE, View, show
from kiosk.app import KioskApp
from tests.helpers.qt_kiosk import Citizen, running_kiosk

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))
CABIN = TerminalSettings(
    site=SiteSettings(kind=SiteKind.CABIN),
    accessibility=AccessibilitySettings(speech_engine="mock"),
)


def test_start_over_asks_first_then_deletes_everything(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.type("nameInput", "Erika Mustermann")

        citizen.tap("startOverButton")
        assert citizen.text("startOverDialogTitle") == "Neu beginnen?"
        citizen.tap("startOverNo")  # changed her mind: everything stays
        qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "startOverDialog"))
        assert citizen.step_title() == "Wie erreichen wir Sie?"
        assert kiosk.journey.name == "Erika Mustermann"

        citizen.tap("startOverButton")
        with qtbot.waitSignal(kiosk.shell.sessionEnded):
            citizen.tap("startOverYes")
        assert kiosk.shell.screen == "home"
        assert kiosk.journey.name == ""
        citizen.sees("startCallback")


def test_help_sends_people_to_the_reception_desk_where_there_is_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        assert "fragen Sie am Empfang" in citizen.text("personHelp")
        citizen.start_and_choose_concern()
        citizen.type("nameInput", "Erika Mustermann")
        citizen.tap("helpButton")
        assert citizen.text("helpPlace").startswith("Bitte fragen Sie am Empfang.")
        assert citizen.text("helpPhone") == "Rufen Sie uns an: +49\xa05121\xa0969-0"
        citizen.tap("helpCloseButton")  # back where she was, nothing lost
        qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "helpDialog"))
        assert kiosk.journey.name == "Erika Mustermann"


def test_in_an_unattended_cabin_help_is_the_hotline_or_a_video_call(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=CABIN) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        assert "Empfang" not in citizen.text("personHelp")
        assert "per Video" in citizen.text("personHelp")
        citizen.tap("startDocuments")
        citizen.tap("helpButton")
        assert "Empfang" not in citizen.text("helpPlace")
        assert "In dieser Kabine" in citizen.text("helpPlace")
        citizen.tap("helpVideoButton")
        qtbot.waitUntil(lambda: kiosk.shell.screen == "video")
        assert not uidriver.exists(kiosk.window, "helpDialog")


def test_the_start_screen_offers_every_language_in_its_own_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        codes = [entry["code"] for entry in kiosk.language.property("languages")]
        names = [citizen.text(f"homeLang_{code}") for code in codes]
        assert names == [
            "Deutsch",
            "Leichte Sprache",
            "English",
            "Українська",
            "العربية",
            "Türkçe",
            "Русский",
        ]
        citizen.tap("homeLang_uk")
        qtbot.waitUntil(lambda: kiosk.language.current() == "uk")
        # The list behind the top bar's button speaks the language it shows.
        citizen.open_language_chooser()
        assert citizen.text("languageChooserTitle") == "Виберіть мову"
        assert citizen.text("closeLanguageChooser") == "Закрити"


def _in_view(kiosk: KioskApp, name: str) -> bool:
    """Whole inside the visible part of the scrolling page that holds it."""
    item = uidriver.find(kiosk.window, name)
    view = item.parentItem()
    while not view.inherits("QQuickFlickable"):
        view = view.parentItem()
    shown = view.mapRectToScene(QRectF(0, 0, view.width(), view.height()))
    return shown.contains(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))


def test_with_large_text_on_a_wide_screen_every_service_is_named_on_the_start_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The page scrolls for the rest, but no service is below the fold."""
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        for language in ("de", "en", "uk", "ar", "tr", "ru"):
            show(kiosk, View(LANDSCAPE, language, large=True, contrast=True))
            for tile in ("startCallback", "startDocuments", "startVideo"):
                assert _in_view(kiosk, tile + "Title"), (language, tile)


def _on_screen(kiosk: KioskApp, name: str) -> bool:
    """Whole inside the window and above the on-screen keyboard."""
    item = uidriver.find(kiosk.window, name)
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    keyboard = uidriver.find(kiosk.window, "inputPanel")
    keyboard_top = keyboard.mapToScene(keyboard.boundingRect().topLeft()).y()
    return (
        rect.top() >= 0
        and rect.bottom() <= keyboard_top + 1
        and rect.right() <= kiosk.window.width()
    )


def _texts_halved_at_the_top(kiosk: KioskApp, name: str) -> list[str]:
    """Texts the scrolling page around ``name`` shows cut through at its top edge (a field's
    label showing its lower half above the field)."""
    page = uidriver.find(kiosk.window, name).parentItem()
    while not page.inherits("QQuickFlickable"):
        page = page.parentItem()
    top = page.mapToScene(page.boundingRect().topLeft()).y()
    halved = []
    for item in uidriver.all_items_under(page):
        if item.inherits("QQuickText") and item.isVisible() and item.property("text"):
            rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if rect.top() < top - 1 and rect.bottom() > top + 1:
                halved.append(str(item.property("text")))
    return halved


def test_enter_moves_on_and_the_keyboard_never_hides_the_field_or_the_way_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """On a 1280x1024 screen with large text, where the keyboard leaves room for one field:
    the page scrolls to each focused field."""
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        show(kiosk, View(SQUARE, "de", large=True))
        citizen.start_and_choose_concern()
        citizen.tap("nameInput")
        qtbot.waitUntil(
            lambda: bool(uidriver.find(kiosk.window, "onScreenKeyboard").property("active"))
        )
        for field in ("nameInput", "phoneInput", "bgInput"):
            qtbot.waitUntil(
                lambda f=field: kiosk.window.activeFocusItem() is uidriver.find(kiosk.window, f)
            )
            qtbot.waitUntil(lambda f=field: _on_screen(kiosk, f))
            assert _on_screen(kiosk, "nextButton")
            assert _texts_halved_at_the_top(kiosk, field) == []
            uidriver.press_enter(kiosk.window)
        # Enter on the last field is the step's "Next": here it says what is missing.
        citizen.sees("nameError")
        assert kiosk.journey.page == 2


@pytest.mark.parametrize("large", [False, True], ids=["standard", "large-text"])
def test_the_keyboard_keys_span_a_wide_screen_and_leave_the_page_most_of_it(
    qtbot: QtBot, tmp_path: Path, large: bool
) -> None:
    """No empty bands beside the keys on a 1920x1080 screen, still at most 40 % of the height."""
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        show(kiosk, View(LANDSCAPE, "de", large=large))
        citizen.start_and_choose_concern()
        citizen.tap("nameInput")
        qtbot.waitUntil(
            lambda: bool(uidriver.find(kiosk.window, "onScreenKeyboard").property("active"))
        )
        keys = uidriver.find(kiosk.window, "keyboardLayoutLoader")
        qtbot.waitUntil(lambda: keys.width() > 0)
        rect = keys.mapRectToScene(QRectF(0, 0, keys.width(), keys.height()))
        assert rect.width() >= 0.95 * kiosk.window.width(), rect
        assert rect.height() <= 0.4 * kiosk.window.height() + 1, rect
