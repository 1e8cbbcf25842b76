"""The citizen's video call in the real kiosk UI (offscreen Qt, QML, aiortc) to a staff page in
real headless Chromium, through the real backoffice (``backoffice serve`` subprocess).

Set ``BT_SCREENSHOT_DIR=DIR`` to keep a screenshot of every video screen there
(docs/screenshots/kiosk-video-*.png are made that way).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from pytestqt.qtbot import QtBot

from config.schema import TerminalSettings
from demo import uidriver
from kiosk.app import KioskApp
from kiosk.journeys.call.viewmodel import VideoWiring
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.qt_kiosk import Citizen, running_kiosk
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import StaffPage, chromium
from tests.helpers.video_ui import UI_VIDEO, cabin_devices, surface, video_of, wait_stage
from video.signaling_client import SignalingEndpoint

pytestmark = pytest.mark.e2e
PASSWORD = "ein-langes-passwort"
SHOTS = os.environ.get("BT_SCREENSHOT_DIR")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path_factory.mktemp("video-ui") / "office") as running:
        running.add_staff("anna", PASSWORD)
        yield running


@pytest.fixture(scope="module")
def endpoint(office: BackofficeProcess) -> SignalingEndpoint:
    return SignalingEndpoint(office.url, enrolled_device(office))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def anna_tab(browser: Browser, office: BackofficeProcess) -> Iterator[StaffPage]:
    page = StaffPage(browser, office.url).log_in("anna", PASSWORD)
    yield page
    page.close()


@pytest.fixture
def anna(anna_tab: StaffPage) -> StaffPage:
    anna_tab.set_available(False)
    return anna_tab


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path, endpoint: SignalingEndpoint) -> Iterator[KioskApp]:
    wiring = VideoWiring(
        lambda: endpoint, cabin_devices, ended_screen_ms=2000, speaker_probe=lambda: True
    )
    settings = TerminalSettings(video=UI_VIDEO)
    with running_kiosk(qtbot, tmp_path, settings=settings, video=wiring) as running:
        yield running


def _shot(kiosk: KioskApp, name: str) -> None:
    if SHOTS:
        uidriver.screenshot(kiosk.window, Path(SHOTS) / f"kiosk-video-{name}.png")


def _call_until_in_call(qtbot: QtBot, kiosk: KioskApp, staff: StaffPage) -> Citizen:
    citizen = Citizen(qtbot, kiosk)
    staff.set_available(True)
    citizen.tap("startVideo")
    qtbot.waitUntil(lambda: bool(video_of(kiosk).property("devicesReady")), timeout=5000)
    citizen.tap("startCallButton")
    citizen.sees("waitingTitle")
    staff.wait_ringing()
    qtbot.waitUntil(lambda: bool(video_of(kiosk).property("ringing")), timeout=5000)
    _shot(kiosk, "02-waiting")
    staff.accept()
    wait_stage(qtbot, kiosk, "in_call")
    return citizen


def test_a_call_shows_the_colleague_and_the_citizen_hangs_up(
    qtbot: QtBot, kiosk: KioskApp, anna: StaffPage
) -> None:
    citizen = Citizen(qtbot, kiosk)
    citizen.tap("startVideo")
    citizen.sees("startCallButton")
    preview = surface(kiosk, "checkSelfView")
    qtbot.waitUntil(lambda: preview.frames_painted >= 3, timeout=5000)
    qtbot.waitUntil(lambda: float(video_of(kiosk).property("micLevel")) > 0.2, timeout=5000)
    _shot(kiosk, "01-check")
    citizen.tap("videoBackButton")
    qtbot.waitUntil(lambda: kiosk.shell.property("screen") == "home")

    _call_until_in_call(qtbot, kiosk, anna)
    remote = surface(kiosk, "remoteVideo")
    # Decoded frames from Chromium's fake camera, painted by the scene graph on the kiosk …
    qtbot.waitUntil(lambda: remote.frames_painted >= 15, timeout=10_000)
    assert remote.picture_size() == (640, 480)  # native size
    assert surface(kiosk, "selfView").frames_painted > 0
    qtbot.waitUntil(lambda: video_of(kiosk).property("quality") == "good", timeout=5000)
    # … and the kiosk's pictures decoded in the staff browser.
    anna.wait_stats(lambda s: s["framesDecoded"] >= 15)
    citizen.tap("muteButton")
    qtbot.waitUntil(lambda: citizen.text("muteButton") == "Mikrofon ist aus")
    _shot(kiosk, "03-in-call")

    citizen.tap("hangUpButton")
    assert citizen.text("endedTitle") == "Das Gespräch ist beendet."
    assert not remote.property("hasPicture")  # the colleague's face does not linger
    _shot(kiosk, "04-ended")
    anna.page.locator("#call").wait_for(state="hidden", timeout=5000)
    with qtbot.waitSignal(kiosk.shell.sessionEnded, timeout=5000):
        pass
    assert kiosk.shell.property("screen") == "home"


def test_staff_hanging_up_is_told_plainly(qtbot: QtBot, kiosk: KioskApp, anna: StaffPage) -> None:
    citizen = _call_until_in_call(qtbot, kiosk, anna)
    qtbot.waitUntil(lambda: surface(kiosk, "remoteVideo").frames_painted > 0, timeout=10_000)
    anna.hang_up()
    assert (
        citizen.text("endedTitle") == "Unsere Kollegin oder unser Kollege hat das Gespräch beendet."
    )


def test_staff_tab_closed_mid_call_shows_lost_then_resets(
    qtbot: QtBot, kiosk: KioskApp, browser: Browser, office: BackofficeProcess
) -> None:
    staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
    citizen = _call_until_in_call(qtbot, kiosk, staff)
    qtbot.waitUntil(lambda: surface(kiosk, "remoteVideo").frames_painted > 0, timeout=10_000)
    staff.close()
    # Within seconds (the watchdog and the hub's socket close), not aiortc's ~30 s.
    wait_stage(qtbot, kiosk, "ended", timeout=6000)
    # The page's pagehide handler says goodbye ("hung_up") when it can; a vanished page
    # ("peer_lost", or the watchdog) shows as a lost connection.
    assert citizen.text("endedTitle") in {
        "Die Verbindung ist abgebrochen.",
        "Unsere Kollegin oder unser Kollege hat das Gespräch beendet.",
    }
    _shot(kiosk, "05-lost")
    with qtbot.waitSignal(kiosk.shell.sessionEnded, timeout=5000):
        pass


def test_nobody_available_offers_a_callback_in_the_same_language(
    qtbot: QtBot, kiosk: KioskApp, anna: StaffPage
) -> None:
    citizen = Citizen(qtbot, kiosk)
    citizen.choose_language("en")
    citizen.tap("startVideo")
    qtbot.waitUntil(lambda: bool(video_of(kiosk).property("devicesReady")), timeout=5000)
    citizen.tap("startCallButton")
    wait_stage(qtbot, kiosk, "offer")
    assert citizen.text("offerTitle") == "Right now nobody is free to take your call."
    _shot(kiosk, "06-nobody-available")
    citizen.tap("offerCallbackButton")
    citizen.sees("stepTitle")
    assert kiosk.shell.property("screen") == "callback"
    assert kiosk.language.current() == "en"
    assert citizen.step_title() == "What is your call about?"
