"""The accessibility audit (tests/helpers/a11y_audit.py) catches a broken screen: each test
breaks a real, otherwise clean screen in one way and expects exactly that to be reported. An
audit that passes everything would pass these screens too; these tests would then fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from demo.screen_views import SQUARE, View, show
from kiosk.app import KioskApp
from tests.helpers.a11y_audit import audit
from tests.helpers.qt_kiosk import Citizen, running_kiosk

SETTINGS = TerminalSettings(accessibility=AccessibilitySettings(speech_engine="mock"))


@pytest.fixture
def contact_step(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskApp]:
    """The contact step with both errors shown, a 1280x1024 screen, large text: it scrolls."""
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.enter_contact(phone="0171 23", bg="12345")
        citizen.sees("phoneError")
        uidriver.hide_keyboard(kiosk.window)
        show(kiosk, View(SQUARE, "de", large=True))
        assert audit(kiosk.window) == []  # clean before it is broken
        yield kiosk


def _scroll_area_around(item: QQuickItem) -> QQuickItem:
    area = item.parentItem()
    while area is not None and area.property("scrollCueShown") is None:
        area = area.parentItem()
    assert area is not None
    return area


def _add(kiosk: KioskApp, qml: str, parent: QQuickItem) -> QQuickItem:
    """A piece of QML put on the screen, as a careless change might."""
    component = QQmlComponent(kiosk.engine)
    component.setData(f"import QtQuick\nimport QtQuick.Controls.Basic\n{qml}".encode(), QUrl())
    item = component.create(kiosk.engine.rootContext())
    assert isinstance(item, QQuickItem), component.errorString()
    item.setParentItem(parent)
    item.setParent(parent)
    return item


def test_a_field_below_the_fold_without_a_scroll_cue_is_reported(contact_step: KioskApp) -> None:
    area = _scroll_area_around(uidriver.find(contact_step.window, "bgInput"))
    assert area.property("scrollCueShown")  # the page is longer than the screen
    area.setProperty("cueEnabled", False)  # a scrolling page that does not say so
    problems = audit(contact_step.window)
    assert any(
        "outside the visible area with no scroll cue" in p and "bgInput" in p for p in problems
    ), problems


def test_a_step_made_too_tall_pushes_its_main_action_off_the_screen(
    contact_step: KioskApp,
) -> None:
    title = uidriver.find(contact_step.window, "stepTitle")
    title.setProperty("text", "\n".join(["Eine sehr lange Frage"] * 30))
    problems = audit(contact_step.window)
    assert any("outside the window" in p and "nextButton" in p for p in problems), problems


def test_a_label_cut_off_is_reported(contact_step: KioskApp) -> None:
    page = contact_step.window.contentItem()
    _add(
        contact_step,
        'Text { text: "Telefonnummer für den Rückruf"; x: 200; y: 300; width: 80;'
        " elide: Text.ElideRight; font.pixelSize: 30 }",
        page,
    )
    problems = audit(contact_step.window)
    assert any("text cut off" in p and "Telefonnummer" in p for p in problems), problems


def test_a_small_target_and_faint_text_are_reported(contact_step: KioskApp) -> None:
    page = contact_step.window.contentItem()
    _add(
        contact_step,
        'Button { objectName: "tiny"; text: "OK"; x: 200; y: 300; width: 30; height: 30 }',
        page,
    )
    _add(
        contact_step,
        'Text { objectName: "faint"; text: "Hinweis"; color: "#B8B8B8"; font.pixelSize: 18 }',
        page,
    )
    problems = audit(contact_step.window)
    assert any("smaller than 44×44 (30×30): tiny" in p for p in problems), problems
    assert any(p.startswith("contrast") and "faint" in p for p in problems), problems


def test_a_button_under_a_scroll_bar_is_reported(contact_step: KioskApp) -> None:
    """As on a right-to-left page whose bar moved to the left, over the fields' edge."""
    bar = uidriver.find(contact_step.window, "scrollBar")
    assert bar.isVisible()
    corner = bar.mapToScene(bar.boundingRect().topLeft())
    _add(
        contact_step,
        f'Button {{ objectName: "underBar"; text: "Weiter"; x: {corner.x() - 40};'
        f" y: {corner.y()}; width: 60; height: 60 }}",
        contact_step.window.contentItem(),
    )
    problems = audit(contact_step.window)
    assert any("under a scroll bar" in p and "underBar" in p for p in problems), problems
