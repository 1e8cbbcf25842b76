"""Inactivity, reset and wipe on the real QML; and the autopilot's walk through everything."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from config.schema import TerminalSettings
from demo import uidriver
from demo.autopilot import Autopilot
from kiosk.app import KioskApp
from kiosk.journeys.callback.viewmodel import CallbackJourneyViewModel
from kiosk.viewmodels.session import SessionTiming
from tests.helpers.qt_fakes import FixedClock, RecordingSubmitter
from tests.helpers.qt_kiosk import Citizen, running_kiosk

# Short enough to keep tests fast, long enough that a busy CI machine is not "inactive".
QUICK = SessionTiming(inactivity_ms=1500, warning_ms=2000, receipt_ms=800)


def _properties(view_model: CallbackJourneyViewModel) -> dict[str, object]:
    meta = view_model.metaObject()
    names = [meta.property(i).name() for i in range(meta.propertyOffset(), meta.propertyCount())]
    return {name: view_model.property(name) for name in names}


def _text_inputs(kiosk: KioskApp) -> list[QQuickItem]:
    # The citizen's fields, not the on-screen keyboard's own internal ones.
    keyboard = set(uidriver.all_items_under(uidriver.find(kiosk.window, "keyboardLoader")))
    return [
        item
        for item in uidriver.all_items(kiosk.window)
        if (item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit"))
        and item not in keyboard
    ]


def _fill_everything(citizen: Citizen) -> None:
    citizen.start_and_choose_concern()
    citizen.enter_contact(bg="12345BG1234567")
    citizen.choose_first_window()
    citizen.type("noteInput", "Bitte vormittags")


def test_warning_then_more_time_continues_where_the_citizen_was(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, timing=QUICK) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        _fill_everything(citizen)
        citizen.sees("moreTimeButton")
        assert re.search(r"in [12] Sekunden? von vorn", citizen.text("timeoutCountdown"))
        citizen.tap("moreTimeButton")
        qtbot.waitUntil(lambda: not uidriver.exists(kiosk.window, "moreTimeButton"))
        assert citizen.step_title() == "Wann dürfen wir Sie anrufen?"
        assert kiosk.journey.note == "Bitte vormittags"
        assert kiosk.shell.screen == "callback"


def test_touch_on_the_dimmed_screen_does_not_dismiss_the_warning(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, timing=QUICK) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.start_and_choose_concern()
        citizen.sees("moreTimeButton")
        with qtbot.waitSignal(kiosk.shell.sessionEnded, timeout=5000):
            uidriver.tap(kiosk.window, "nextButton")  # under the overlay: swallowed
        assert kiosk.shell.screen == "home"


def test_ignored_warning_resets_and_wipes_everything(qtbot: QtBot, tmp_path: Path) -> None:
    fresh = CallbackJourneyViewModel(
        TerminalSettings().callback, RecordingSubmitter(), FixedClock(), lambda: "de", "+49"
    )
    with running_kiosk(qtbot, tmp_path, timing=QUICK) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("en")
        _fill_everything(citizen)
        assert any(item.property("text") for item in _text_inputs(kiosk))

        with qtbot.waitSignal(kiosk.shell.sessionEnded, timeout=5000):
            pass
        assert kiosk.shell.screen == "home"
        assert kiosk.language.code == "de"
        assert _properties(kiosk.journey) == _properties(fresh)
        inputs = {item.objectName(): item.property("text") for item in _text_inputs(kiosk)}
        # The fields this citizen typed into are among them; every field of every screen
        # (documents, admin PIN, …) must be empty, however many there are.
        assert {"nameInput", "phoneInput", "bgInput", "noteInput"} <= inputs.keys()
        assert set(inputs.values()) == {""}


def test_receipt_resets_by_itself(qtbot: QtBot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path, timing=QUICK) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        _fill_everything(citizen)
        kiosk.guard.stop()  # this test is about the receipt timer, not the inactivity one
        citizen.tap("nextButton")
        citizen.agree_and_continue()
        citizen.tap("submitButton")
        citizen.sees("referenceCode")
        with qtbot.waitSignal(kiosk.shell.sessionEnded, timeout=5000):
            pass
        assert kiosk.journey.referenceCode == ""


def test_autopilot_walks_the_whole_journey(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="demo.autopilot")
    submitter = RecordingSubmitter()
    timing = SessionTiming(inactivity_ms=500, warning_ms=30_000, receipt_ms=30_000)
    with running_kiosk(qtbot, tmp_path, submitter, timing=timing) as kiosk:
        pilot = Autopilot(kiosk, tmp_path / "shots", quit_when_done=False)
        try:
            # 29 language/look pictures before the journey: generous for a loaded machine.
            with qtbot.waitSignal(pilot.finished, timeout=180_000) as finished:
                pilot.start()
        finally:
            pilot.stop()
        assert finished.args == [True]
    assert "receipt shown: K7F-3QX" in caplog.messages
    names = [path.name for path in pilot.screenshots]
    assert names[0] == "language-chooser.png"
    # Home and the contact form in each of the 7 languages, standard and high contrast + large.
    variants = [path for path in pilot.screenshots if path.parent.name == "languages"]
    assert len(variants) == 1 + 2 * 7 * 2
    assert "home-ar-contrast-large.png" in names
    assert "03-contact-wrong-phone.png" in names
    assert names[-1].endswith("-receipt.png")
    assert all(path.stat().st_size > 10_000 for path in pilot.screenshots)
    assert submitter.payloads[0].phone_e164 == "+491712345678"
