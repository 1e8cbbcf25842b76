"""Who the citizen talks to, on the real call screen (offscreen QML): the colleague's name and
team, an interpreter who joins (name, language in its own name) and leaves, "Reconnecting …"
while a dropped link is restored; each in the language on screen, and read aloud by itself
to a citizen who uses read-aloud. The call is the named ``FakeConsultationCall``: the real
call's parties and reconnects are tested against a real staff page in
tests/integration/test_calls_across_nat.py.

Set ``BT_SCREENSHOT_DIR=DIR`` to keep screenshots (kiosk-video-parties-*.png).
"""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from config.schema import AccessibilitySettings, TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.speech_log import SpeechLog
from tests.helpers.video_fake_call import FakeConsultationCall
from tests.helpers.video_ui import UI_VIDEO, cabin_devices, video_of, wait_stage
from video.session import CallParties
from video.signaling_client import SignalingEndpoint

SETTINGS = TerminalSettings(
    video=UI_VIDEO, accessibility=AccessibilitySettings(speech_engine="mock")
)
SHOTS = os.environ.get("BT_SCREENSHOT_DIR")
ANNA = CallParties(staff_name="Anna Schmidt", team="Team Leistung")
OLENA = CallParties(
    staff_name="Anna Schmidt", team="Team Leistung",
    interpreter_name="Olena Kovalenko", interpreter_language="uk",
)  # fmt: skip


def _wiring() -> VideoWiring:
    return VideoWiring(
        lambda: SignalingEndpoint("http://127.0.0.1:9", "fake-device-token"),
        cabin_devices,
        ended_screen_ms=600_000,
        speaker_probe=lambda: True,
        call_factory=FakeConsultationCall,
    )


def _in_call(citizen: Citizen) -> FakeConsultationCall:
    citizen.tap("startVideo")
    video = video_of(citizen.kiosk)
    citizen.qtbot.waitUntil(lambda: bool(video.property("devicesReady")), timeout=5000)
    citizen.tap("startCallButton")
    wait_stage(citizen.qtbot, citizen.kiosk, "in_call")
    call = video._wiring.calls[-1]
    assert isinstance(call, FakeConsultationCall)
    return call


def _shown(kiosk: KioskApp, name: str) -> str:
    """The text of ``name`` if it is on screen (visible), else ""."""
    if not uidriver.exists(kiosk.window, name):
        return ""
    item = uidriver.find(kiosk.window, name)
    return str(item.property("text")) if item.isVisible() else ""


def _shot(qtbot: QtBot, kiosk: KioskApp, name: str) -> None:
    if SHOTS:
        qtbot.wait(200)
        uidriver.screenshot(kiosk.window, Path(SHOTS) / f"kiosk-video-parties-{name}.png")


def test_the_screen_names_the_colleague_and_an_interpreter_and_reads_it_aloud(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=_wiring()) as kiosk:
        assert kiosk.accessibility is not None
        citizen = Citizen(qtbot, kiosk)
        citizen.choose_language("uk")
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen.tap("readAloudButton")  # the citizen listens rather than reads
        qtbot.waitUntil(lambda: log.readings_finished == 1)
        call = _in_call(citizen)
        call.parties_are(ANNA)
        qtbot.waitUntil(lambda: _shown(kiosk, "staffLine") != "")
        assert _shown(kiosk, "staffLine") == "Ваш співрозмовник: Anna Schmidt (Team Leistung)."
        assert _shown(kiosk, "interpreterLine") == ""

        call.parties_are(OLENA)
        joined = "Перекладач: Olena Kovalenko (Українська) тепер у розмові."
        qtbot.waitUntil(lambda: _shown(kiosk, "interpreterLine") == joined)
        qtbot.waitUntil(lambda: log.said() == [joined])  # read aloud by itself
        assert uidriver.exists(kiosk.window, "interpreterVideo")  # their picture is shown
        _shot(qtbot, kiosk, "interpreter-uk")

        call.parties_are(ANNA)
        left = "Перекладача більше немає в розмові."
        qtbot.waitUntil(lambda: _shown(kiosk, "interpreterLine") == left)
        qtbot.waitUntil(lambda: log.said() == [left])
        assert not uidriver.exists(kiosk.window, "interpreterVideo")


def test_a_citizen_who_does_not_use_read_aloud_hears_nothing_unasked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=_wiring()) as kiosk:
        assert kiosk.accessibility is not None
        log = SpeechLog(kiosk.accessibility.speaker)
        citizen = Citizen(qtbot, kiosk)
        call = _in_call(citizen)
        call.parties_are(OLENA)
        qtbot.waitUntil(lambda: _shown(kiosk, "interpreterLine") != "")
        assert _shown(kiosk, "interpreterLine") == (
            "Dolmetschung: Olena Kovalenko (Українська) ist jetzt im Gespräch."
        )
        qtbot.wait(300)
        assert log.said() == [] and log.words == 0


def test_a_dropped_link_shows_reconnecting_and_then_the_call_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=_wiring()) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        call = _in_call(citizen)
        call.parties_are(ANNA)
        call.link_drops()
        qtbot.waitUntil(lambda: _shown(kiosk, "reconnectingLine") != "")
        assert _shown(kiosk, "reconnectingLine") == "Verbindung wird wiederhergestellt …"
        assert video_of(kiosk).property("stage") == "in_call"  # the same call, still on screen
        _shot(qtbot, kiosk, "reconnecting-de")
        citizen.choose_language("ar")
        qtbot.waitUntil(lambda: _shown(kiosk, "reconnectingLine") == "جارٍ استعادة الاتصال …")
        _shot(qtbot, kiosk, "reconnecting-ar")
        call.link_is_back()
        qtbot.waitUntil(lambda: _shown(kiosk, "reconnectingLine") == "")
        assert _shown(kiosk, "staffLine") == "أنت تتحدث مع: Anna Schmidt (Team Leistung)."


def test_a_link_not_restored_ends_with_the_offer_of_a_callback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with running_kiosk(qtbot, tmp_path, settings=SETTINGS, video=_wiring()) as kiosk:
        citizen = Citizen(qtbot, kiosk)
        call = _in_call(citizen)
        call.link_drops()
        qtbot.waitUntil(lambda: _shown(kiosk, "reconnectingLine") != "")
        call.link_stays_lost()
        wait_stage(qtbot, kiosk, "lost")  # the 'connection lost' screen: call again or callback
        assert video_of(kiosk).property("endReason") == "lost"
        citizen.sees("lostCallbackButton")
        assert not video_of(kiosk).parties.property("reconnecting")
