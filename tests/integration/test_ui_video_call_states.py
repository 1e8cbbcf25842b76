"""The call screens' own words: the ring time and what happens then, a microphone switch that
says its state and its action, a lost line that is not an ordinary end (no tick, no countdown,
"Call again"), and an unanswered call that can ring again. Real QML; the colleague's side is the
named ``ScriptedCall``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.video_scripted_call import ScriptedCall, ScriptedCallControl
from tests.helpers.video_ui import UI_VIDEO, cabin_devices, video_of, wait_stage
from video.signaling_client import SignalingEndpoint

SETTINGS = TerminalSettings(
    video=UI_VIDEO, accessibility=AccessibilitySettings(speech_engine="mock")
)


@pytest.fixture
def cabin(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[KioskApp, ScriptedCallControl]]:
    wiring = VideoWiring(
        lambda: SignalingEndpoint("http://127.0.0.1:9", "fake-device-token"),
        cabin_devices,
        speaker_probe=lambda: True,
        call_factory=ScriptedCall,
    )
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=wiring) as kiosk:
        yield kiosk, ScriptedCallControl(wiring)


def call(citizen: Citizen) -> None:
    citizen.tap("startVideo")
    citizen.qtbot.waitUntil(lambda: bool(video_of(citizen.kiosk).property("devicesReady")))
    citizen.tap("startCallButton")
    wait_stage(citizen.qtbot, citizen.kiosk, "waiting")


def test_the_waiting_screen_says_how_long_it_rings_and_what_then(
    qtbot: QtBot, cabin: tuple[KioskApp, ScriptedCallControl]
) -> None:
    kiosk, colleague = cabin
    citizen = Citizen(qtbot, kiosk)
    call(citizen)
    assert citizen.text("ringTime") == (
        "Es klingelt bis zu 20 Sekunden lang. Wenn bis dahin niemand annehmen kann, können "
        "Sie um Rückruf bitten oder noch einmal anrufen."
    )
    colleague.let_ring_out()
    wait_stage(qtbot, kiosk, "offer")
    citizen.tap("offerCallAgainButton")  # someone may be free a minute later
    wait_stage(qtbot, kiosk, "waiting")
    colleague.answer()
    wait_stage(qtbot, kiosk, "in_call")


def test_the_microphone_switch_says_how_it_is_and_what_a_tap_does(
    qtbot: QtBot, cabin: tuple[KioskApp, ScriptedCallControl]
) -> None:
    kiosk, colleague = cabin
    citizen = Citizen(qtbot, kiosk)
    call(citizen)
    colleague.answer()
    wait_stage(qtbot, kiosk, "in_call")
    switch = uidriver.find(kiosk.window, "muteButton")
    assert switch.property("text") == "Mikrofon ist an"
    assert switch.property("hint") == "Tippen zum Ausschalten"
    interface = QAccessible.queryAccessibleInterface(switch)
    assert interface.state().checked  # a switch that is on, for screen readers too

    citizen.tap("muteButton")
    qtbot.waitUntil(lambda: switch.property("text") == "Mikrofon ist aus")
    assert switch.property("hint") == "Tippen zum Einschalten"
    assert not QAccessible.queryAccessibleInterface(switch).state().checked
    assert colleague.muted()  # and the call itself sends no sound


def test_a_lost_line_is_not_an_ordinary_end_and_can_be_called_again(
    qtbot: QtBot, cabin: tuple[KioskApp, ScriptedCallControl]
) -> None:
    kiosk, colleague = cabin
    citizen = Citizen(qtbot, kiosk)
    call(citizen)
    colleague.answer()
    wait_stage(qtbot, kiosk, "in_call")
    colleague.lose()
    wait_stage(qtbot, kiosk, "lost")
    assert citizen.text("lostTitle") == "Die Verbindung ist abgebrochen."
    # Not the end screen: no green tick, no countdown that closes it under the citizen.
    assert not uidriver.exists(kiosk.window, "endedTitle")
    assert not uidriver.exists(kiosk.window, "endedCountdown")
    assert citizen.text("lostCallbackButton") == "Um Rückruf bitten"

    citizen.tap("callAgainButton")
    wait_stage(qtbot, kiosk, "waiting")
    colleague.answer()
    wait_stage(qtbot, kiosk, "in_call")
    colleague.lose()
    wait_stage(qtbot, kiosk, "lost")
    citizen.tap("lostCallbackButton")  # or a callback request, language kept
    qtbot.waitUntil(lambda: kiosk.shell.screen == "callback")
