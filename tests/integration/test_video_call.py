"""End to end: aiortc on the terminal ↔ real headless Chromium on the staff call page, through
the real backoffice's signaling (``backoffice serve`` subprocess). Calls are short, 320x240."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from config.schema import VideoSettings
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.video_kiosk import TEST_VIDEO, RecordingListener, enrolled_device, kiosk_call
from tests.helpers.video_staff import StaffPage, chromium
from video.state import CallState

pytestmark = pytest.mark.e2e
PASSWORD = "ein-langes-passwort"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path_factory.mktemp("video") / "office") as running:
        running.add_staff("anna", PASSWORD)
        running.add_staff("ben", PASSWORD)
        yield running


@pytest.fixture(scope="module")
def device_token(office: BackofficeProcess) -> str:
    return enrolled_device(office)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def anna_tab(browser: Browser, office: BackofficeProcess) -> Iterator[StaffPage]:
    # One login for the module: each console login costs an argon2 check.
    page = StaffPage(browser, office.url).log_in("anna", PASSWORD)
    yield page
    page.close()


@pytest.fixture
def anna(anna_tab: StaffPage) -> StaffPage:
    anna_tab.set_available(False)
    return anna_tab


def _connected_call(
    staff: StaffPage, recorder: RecordingListener, start_call: Callable[[], None]
) -> None:
    staff.set_available(True)
    start_call()
    recorder.wait_for(CallState.RINGING)
    staff.wait_ringing()
    staff.accept()
    recorder.wait_for(CallState.IN_CALL)


def test_a_call_carries_video_and_sound_both_ways(
    office: BackofficeProcess, device_token: str, anna: StaffPage
) -> None:
    with kiosk_call(office.url, device_token) as (call, recorder):
        _connected_call(anna, recorder, call.start_call)
        assert not anna.ringing
        recorder.wait_frames(video=15, audio=50)
        # Chromium's fake camera is 640x480; the terminal gets it at native size.
        assert (640, 480) in recorder.video_sizes
        stats = anna.wait_stats(
            lambda s: s["framesDecoded"] >= 15 and s["totalSamplesReceived"] >= 48_000
        )
        assert stats["connectionState"] == "connected"

        anna.hang_up()
        recorder.wait_for(CallState.ENDED, timeout=5)
    assert recorder.states == [
        CallState.IDLE,
        CallState.CHECKING,
        CallState.WAITING,
        CallState.RINGING,
        CallState.CONNECTING,
        CallState.IN_CALL,
        CallState.ENDED,
    ]


def test_the_terminal_hanging_up_ends_the_call_on_the_staff_page(
    office: BackofficeProcess, device_token: str, anna: StaffPage
) -> None:
    with kiosk_call(office.url, device_token) as (call, recorder):
        _connected_call(anna, recorder, call.start_call)
        anna.page.locator("#call").wait_for(state="visible")
        call.hang_up()
        recorder.wait_for(CallState.ENDED)
        anna.page.locator("#call").wait_for(state="hidden", timeout=5000)
        assert anna.status == "Das Terminal hat den Anruf beendet."


def test_staff_tab_closed_mid_call_is_noticed_within_seconds(
    office: BackofficeProcess, device_token: str, browser: Browser
) -> None:
    staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
    with kiosk_call(office.url, device_token) as (call, recorder):
        _connected_call(staff, recorder, call.start_call)
        recorder.wait_frames(video=5, audio=10)
        staff.close()
        # No stopwatch (the machine's load would decide it): the terminal is *told* the call
        # ended, by the hub, as the tab's socket closed; it does not find out from a media
        # timeout (FAILED). 10 s is well short of the hub's 15 s silence timeout
        # (backoffice.signaling.router.Heartbeat), which is not what this test is about.
        final = recorder.wait_for(CallState.ENDED, CallState.FAILED, timeout=10)
    assert final is CallState.ENDED


def test_nobody_available_is_told_at_once(
    office: BackofficeProcess, device_token: str, anna: StaffPage
) -> None:
    anna.set_available(False)
    with kiosk_call(office.url, device_token) as (call, recorder):
        call.start_call()
        recorder.wait_for(CallState.NOBODY_AVAILABLE, timeout=5)
    assert not anna.ringing


def test_nobody_answering_in_time_is_no_answer(
    office: BackofficeProcess, device_token: str, anna: StaffPage
) -> None:
    anna.set_available(True)
    quick = VideoSettings(**{**TEST_VIDEO.model_dump(), "ring_timeout_seconds": 5})
    with kiosk_call(office.url, device_token, quick) as (call, recorder):
        call.start_call()
        anna.wait_ringing()
        recorder.wait_for(CallState.NO_ANSWER, timeout=8)
        anna.wait_not_ringing(timeout=3)


def test_two_staff_ring_one_accepts_the_other_stops_and_cannot_join(
    office: BackofficeProcess, device_token: str, browser: Browser, anna: StaffPage
) -> None:
    ben = StaffPage(browser, office.url).log_in("ben", PASSWORD)
    try:
        ben.set_available(True)
        with kiosk_call(office.url, device_token) as (call, recorder):
            _connected_call(anna, recorder, call.start_call)
            ben.wait_not_ringing(timeout=3)
            call_id = anna.call_id()
            assert call_id is not None
            # Ben's page tries to barge in regardless: refused, and the call carries on.
            ben.send_raw({"type": "accept", "call_id": call_id})
            ben.send_raw({"type": "answer", "call_id": call_id, "sdp": "v=0 fake sdp"})
            ben.send_raw({"type": "end", "call_id": call_id})
            recorder.wait_frames(video=10, audio=25)
            assert recorder.states[-1] is CallState.IN_CALL
            assert ben.stats()["connectionState"] is None  # never had a peer connection
    finally:
        ben.close()


def test_a_terminal_without_valid_credentials_is_refused(office: BackofficeProcess) -> None:
    url = office.url.replace("http://", "ws://") + "/api/v1/signaling/kiosk"
    with pytest.raises(InvalidStatus) as refused:
        connect(url, additional_headers={"Authorization": "Bearer not-a-device-token"})
    assert refused.value.response.status_code == 403
    with kiosk_call(office.url, "not-a-device-token") as (call, recorder):
        call.start_call()
        recorder.wait_for(CallState.FAILED)


def test_a_second_terminal_cannot_join_someone_elses_call(
    office: BackofficeProcess, device_token: str, anna: StaffPage, tmp_path: Path
) -> None:
    other_token = enrolled_device(office, location="Kabine Bahnhof")
    with kiosk_call(office.url, device_token) as (call, recorder):
        _connected_call(anna, recorder, call.start_call)
        call_id = anna.call_id()
        url = office.url.replace("http://", "ws://") + "/api/v1/signaling/kiosk"
        with connect(url, additional_headers={"Authorization": f"Bearer {other_token}"}) as other:
            assert '"welcome"' in str(other.recv(timeout=5))
            other.send(f'{{"type": "offer", "call_id": "{call_id}", "sdp": "v=0 other offer"}}')
            assert '"not_your_call"' in str(other.recv(timeout=5))
            other.send(f'{{"type": "end", "call_id": "{call_id}"}}')
            assert '"not_your_call"' in str(other.recv(timeout=5))
        recorder.wait_frames(video=10, audio=25)
        assert recorder.states[-1] is CallState.IN_CALL
        assert anna.in_call_view
