"""The staff call page in real Chromium, with terminals calling through the real backoffice:
who is calling and for how long, a queue when several ring, a tone, a system notification and
an announcement; and an interpreter of the office invited into a call, joining audio-only,
and leaving again while the call goes on."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.screenshot_folder import screenshot_folder
from tests.helpers.video_kiosk import enrolled_device, kiosk_call
from tests.helpers.video_staff import StaffPage, chromium
from video.call import VideoCall
from video.peer_link import LinkReport
from video.state import CallState

pytestmark = pytest.mark.e2e
PASSWORD = "ein-langes-passwort"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path_factory.mktemp("callpage") / "office") as running:
        running.add_staff("anna", PASSWORD, display_name="Anna Schmidt")
        running.add_staff("olena", PASSWORD, display_name="Olena Kovalenko")
        running.cli("interpreter", "--username", "olena", "--languages", "uk,ru")
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as running:
        yield running


@pytest.fixture
def anna(browser: Browser, office: BackofficeProcess) -> Iterator[StaffPage]:
    page = StaffPage(browser, office.url, notifications=True).log_in("anna", PASSWORD)
    yield page
    page.close()


def test_several_calls_ring_as_a_queue_with_who_is_calling(
    office: BackofficeProcess, anna: StaffPage, tmp_path: Path
) -> None:
    first = enrolled_device(office, location="Kabine Dorfplatz")
    second = enrolled_device(office, location="Kabine Bahnhof")
    anna.set_available(True)
    with (
        kiosk_call(office.url, first, language="uk") as (call_one, one),
        kiosk_call(office.url, second, language="ar") as (call_two, two),
    ):
        call_one.start_call()
        one.wait_for(CallState.RINGING)
        anna.wait_ringing()
        call_two.start_call()
        two.wait_for(CallState.RINGING)
        items = anna.page.locator("#ring-list .ring-item")
        expect(items).to_have_count(2)
        expect(anna.page.locator("#ring-title")).to_have_text("2 Anrufe warten")
        # The longest-waiting call first, each with where, which terminal, which language.
        expect(items.nth(0).locator(".ring-location")).to_have_text("Kabine Dorfplatz")
        expect(items.nth(0).locator(".ring-language")).to_have_text("Ukrainisch")
        expect(items.nth(0).locator(".ring-terminal")).to_have_text("Terminal „kabine“")
        expect(items.nth(1).locator(".ring-location")).to_have_text("Kabine Bahnhof")
        expect(items.nth(1).locator(".ring-language")).to_have_text("Arabisch")
        waited = items.nth(0).locator(".ring-waited")
        expect(waited).to_have_text(re.compile(r"^\d+ s$"))
        first_wait = int(waited.inner_text().split()[0])
        expect(waited).not_to_have_text(f"{first_wait} s", timeout=3000)  # it counts on
        # Heard, seen and announced: a tone, a system notification per call, a live region.
        counts = anna.page.evaluate(
            "() => ({beeps: staffCall.rings.state.beeps,"
            " notes: staffCall.rings.state.notifications})"
        )
        assert counts["beeps"] >= 1 and counts["notes"] == 2
        expect(anna.page.locator("#ring-live")).to_have_text(
            "Videoanruf aus Kabine Bahnhof (Terminal „kabine“), Sprache: Arabisch"
        )
        anna.page.screenshot(path=screenshot_folder(tmp_path) / "console-call-queue.png")
        items.nth(1).locator(".accept").click()
        two.wait_for(CallState.IN_CALL, timeout=15)
        expect(anna.page.locator("#ring-banner")).to_be_hidden()
        call_two.hang_up()
        two.wait_for(CallState.ENDED)
        call_one.hang_up()
    anna.set_available(False)


def test_an_office_interpreter_joins_audio_only_and_leaves_while_the_call_goes_on(
    office: BackofficeProcess, browser: Browser, anna: StaffPage, tmp_path: Path
) -> None:
    shots = screenshot_folder(tmp_path)
    token = enrolled_device(office, location="Kabine Wiesenburg")
    olena = StaffPage(browser, office.url).log_in("olena", PASSWORD)
    try:
        expect(olena.page.locator("#presence-label")).to_have_text(
            "Für Dolmetsch-Anfragen verfügbar"
        )
        olena.set_available(True)
        anna.set_available(True)
        with kiosk_call(office.url, token, language="uk") as (call, kiosk):
            call.start_call()
            anna.wait_ringing()
            anna.accept()
            kiosk.wait_for(CallState.IN_CALL, timeout=15)
            kiosk.wait_parties(lambda p: p.staff_name == "Anna Schmidt")
            # Anna sees Olena available, with her languages, and invites her.
            roster = anna.page.locator("#interpreter-list li")
            expect(roster).to_have_count(1)
            expect(roster.first).to_contain_text("Olena Kovalenko (Ukrainisch, Russisch)")
            expect(roster.first).to_contain_text("verfügbar")
            roster.first.get_by_role("button", name="Olena Kovalenko einladen").click()
            olena.wait_ringing()
            expect(olena.page.locator("#ring-list .ring-kind")).to_have_text(
                "Dolmetsch-Anfrage von Anna Schmidt"
            )
            olena.page.check("#audio-only")
            olena.page.screenshot(
                path=shots / "console-call-interpreter-invited.png", full_page=True
            )
            olena.accept()
            kiosk.wait_parties(lambda p: p.interpreter_name == "Olena Kovalenko")
            assert kiosk.parties.interpreter_language == "uk"
            assert kiosk.parties.interpreter_audio_only
            expect(anna.page.locator("#interpreting-status")).to_have_text(
                "Dolmetschung: Olena Kovalenko, Ukrainisch (nur Ton), ist im Gespräch."
            )
            expect(roster.first).to_contain_text("im Gespräch")
            anna.wait_stats(lambda s: s["framesDecoded"] > 10, timeout=20)
            anna.page.screenshot(path=shots / "console-call-interpreter-joined.png", full_page=True)
            # Everyone hears everyone; Olena's part carries no picture.
            olena.wait_stats(lambda s: s["totalAudioEnergy"] > 0, timeout=20, party="kiosk")
            olena.wait_stats(lambda s: s["totalAudioEnergy"] > 0, timeout=20, party="staff")
            anna.wait_stats(lambda s: s["totalSamplesReceived"] > 0, timeout=20,
                            party="interpreter")  # fmt: skip
            links = {link.party: link for link in _wait_links(call, "interpreter")}
            assert links["interpreter"].video_frames == 0
            # Olena leaves; the citizen and Anna talk on.
            olena.hang_up()
            kiosk.wait_parties(lambda p: not p.interpreter)
            expect(anna.page.locator("#interpreting-status")).to_have_text(
                "Olena Kovalenko hat das Gespräch verlassen."
            )
            frames = kiosk.video_frames
            kiosk.wait_frames(video=frames + 15, audio=0)
            assert kiosk.states[-1] is CallState.IN_CALL
            call.hang_up()
            kiosk.wait_for(CallState.ENDED)
    finally:
        olena.close()
        anna.set_available(False)


def _wait_links(call: VideoCall, party: str) -> list[LinkReport]:
    """The call's links once ``party``'s carries a second of sound."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        links = call.links()
        if any(link.party == party and link.audio_frames > 50 for link in links):
            return links
        time.sleep(0.2)
    raise AssertionError(f"no audio from {party}: {call.links()}")


def test_a_one_time_link_that_is_unknown_or_spent_lets_nobody_in(
    office: BackofficeProcess, browser: Browser
) -> None:
    page = browser.new_page()
    try:
        response = page.goto(office.url + "/call/join/not-a-link-anyone-made")
        assert response is not None and response.status == 410
        expect(page.locator("#join-closed")).to_contain_text("nicht mehr gültig")
        expect(page.locator("#join-form")).to_have_count(0)
        assert response.headers["referrer-policy"] == "no-referrer"
    finally:
        page.close()
    url = office.url.replace("http://", "ws://") + "/call/join/not-a-link-anyone-made/signaling"
    with pytest.raises(InvalidStatus) as refused:
        connect(url)
    assert refused.value.response.status_code == 403
