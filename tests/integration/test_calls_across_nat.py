"""Calls across real networks: the cabin and the staff member each at home behind their own
NAT, coturn (Debian's) on the internet between them, the backoffice at the office.

The terminal (aiortc, its own process) runs in the kiosk's namespace, the staff page (and an
external interpreter's page) in Debian's Chromium in the staff's namespace; direct UDP
between the homes is blocked (``tests.helpers.nat_rig``). Needs root and ``ip netns``, as CI
has; skips otherwise.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from config.schema import VideoSettings
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.coturn import CoturnServer, running_coturn
from tests.helpers.nat_rig import NatRig, nat_rig
from tests.helpers.netns import NetnsUnavailableError, check_available
from tests.helpers.netns_kiosk import NamespacedKiosk
from tests.helpers.test_ca import ServerCertificate, issue_server_certificate
from tests.helpers.video_kiosk import enrolled_device
from tests.helpers.video_staff import GuestPage, StaffPage, chromium

try:
    check_available()
except NetnsUnavailableError as error:
    pytest.skip(f"no network namespaces here: {error}", allow_module_level=True)

pytestmark = pytest.mark.e2e
PASSWORD = "ein-langes-passwort"
# Short enough for a test, long enough to cover a 10 s cut with room to spare.
RECONNECT_SECONDS = 15
KIOSK_VIDEO = VideoSettings(width=320, height=240, fps=15, reconnect_seconds=RECONNECT_SECONDS)


@pytest.fixture(scope="module")
def rig() -> Iterator[NatRig]:
    with nat_rig(("kiosk", "staff")) as built:
        built.block_direct_udp()
        yield built


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("nat")


@pytest.fixture(scope="module")
def certificate(rig: NatRig, folder: Path) -> ServerCertificate:
    return issue_server_certificate(folder / "tls", rig.turn_address)


@pytest.fixture(scope="module")
def coturn(rig: NatRig, folder: Path, certificate: ServerCertificate) -> Iterator[CoturnServer]:
    secret = secrets.token_hex(24)
    (folder / "turn-secret").write_text(secret + "\n")
    (folder / "turn-secret").chmod(0o600)
    with running_coturn(folder / "coturn", rig.turn_address, secret, certificate,
                        prefix=rig.internet_prefix()) as server:  # fmt: skip
        yield server


@pytest.fixture(scope="module")
def office(rig: NatRig, folder: Path, coturn: CoturnServer) -> Iterator[BackofficeProcess]:
    config = folder / "office.toml"
    # UDP first, TLS on 443 for networks that block UDP (no plain TCP: the test below must
    # show that TLS is what gets through).
    config.write_text(
        f'[turn]\nurls = ["{coturn.url("udp")}", "{coturn.url("tls")}"]\n'
        f'shared_secret_file = "{folder / "turn-secret"}"\n'
        f"[video]\nreconnect_seconds = {RECONNECT_SECONDS}\n"
    )
    with running_backoffice(folder / "office", config=config, host=rig.office_address) as running:
        running.add_staff("anna", PASSWORD, display_name="Anna Schmidt")
        yield running


@pytest.fixture(scope="module")
def token(office: BackofficeProcess) -> str:
    return enrolled_device(office, location="Kabine Wiesenburg")


@pytest.fixture(scope="module")
def browser(rig: NatRig, folder: Path, office: BackofficeProcess) -> Iterator[Browser]:
    # A page on a plain-HTTP, non-loopback origin gets no camera unless told it is secure.
    secure = f"--unsafely-treat-insecure-origin-as-secure={office.url}"
    wrapper = rig.chromium_wrapper(rig.sites["staff"], folder)
    with chromium([secure], executable=str(wrapper)) as running:
        yield running


@pytest.fixture(scope="module")
def anna(browser: Browser, office: BackofficeProcess) -> Iterator[StaffPage]:
    page = StaffPage(browser, office.url, bypass_csp=True).log_in("anna", PASSWORD)
    page.set_available(True)
    yield page
    page.close()


@pytest.fixture
def kiosk(
    rig: NatRig, office: BackofficeProcess, token: str, certificate: ServerCertificate,
    tmp_path: Path,
) -> Iterator[NamespacedKiosk]:  # fmt: skip
    # The terminal trusts the office's CA for TURN over TLS as for everything else.
    env = {**os.environ, "SSL_CERT_FILE": str(certificate.ca_file)}
    started = NamespacedKiosk.start(rig.sites["kiosk"].exec_prefix(), office.url, token,
                                    tmp_path / "kiosk.log", env, KIOSK_VIDEO)  # fmt: skip
    yield started
    started.stop()


def _in_call(kiosk: NamespacedKiosk, anna: StaffPage) -> None:
    kiosk.call()
    kiosk.wait_state("ringing", timeout=30)
    anna.wait_ringing(timeout=15)
    anna.accept()
    kiosk.wait_state("in_call", timeout=30)


def _media_both_ways(kiosk: NamespacedKiosk, anna: StaffPage) -> None:
    kiosk.wait_link("staff", lambda link: link["video_frames"] >= 10 and link["audio_level"] > 0)
    anna.wait_stats(lambda s: s["framesDecoded"] >= 10 and s["totalAudioEnergy"] > 0,
                    timeout=20)  # fmt: skip


def test_a_call_between_two_nats_goes_through_the_relay(
    kiosk: NamespacedKiosk, anna: StaffPage, coturn: CoturnServer
) -> None:
    _in_call(kiosk, anna)
    _media_both_ways(kiosk, anna)
    link = kiosk.link("staff")
    assert link["pair"][0] == "relay", link  # the terminal sends through coturn
    assert link["relay"] == coturn.url("udp").split("?")[0]
    staff = anna.stats()
    assert staff["remoteCandidateType"] == "relay", staff
    kiosk.hang_up()
    kiosk.wait_state("ended", timeout=10)
    anna.page.locator("#call").wait_for(state="hidden", timeout=10_000)


def test_where_udp_is_blocked_the_call_goes_over_turn_tls(
    rig: NatRig, kiosk: NamespacedKiosk, anna: StaffPage, coturn: CoturnServer
) -> None:
    rig.sites["kiosk"].block_udp()
    try:
        _in_call(kiosk, anna)
        _media_both_ways(kiosk, anna)
        link = kiosk.link("staff")
        assert link["relay"] == coturn.url("tls").split("?")[0], link
        assert link["pair"][0] == "relay"
        kiosk.hang_up()
        kiosk.wait_state("ended", timeout=10)
    finally:
        rig.sites["kiosk"].block_udp(False)


def test_three_parties_hear_and_see_each_other_and_the_interpreter_can_leave(
    kiosk: NamespacedKiosk, anna: StaffPage, browser: Browser, office: BackofficeProcess
) -> None:
    _in_call(kiosk, anna)
    link = anna.create_guest_link()
    guest = GuestPage(browser, office.url, bypass_csp=True)
    try:
        guest.join(link, "Dolmetschdienst Nord", "uk")
        # The citizen's screen is told who joined, in which language.
        deadline = time.monotonic() + 20
        while kiosk.parties.get("interpreter_name") != "Dolmetschdienst Nord":
            assert time.monotonic() < deadline, kiosk.parties
            time.sleep(0.2)
        assert kiosk.parties["interpreter_language"] == "uk"
        # Everyone hears and sees everyone: frames and audio energy, not just "connected".
        for party in ("staff", "interpreter"):
            kiosk.wait_link(
                party, lambda link: link["video_frames"] >= 10 and link["audio_level"] > 0
            )
        for page, parties in ((anna, ("kiosk", "interpreter")), (guest, ("kiosk", "staff"))):
            for party in parties:
                page.wait_stats(lambda s: s["framesDecoded"] >= 10 and s["totalAudioEnergy"] > 0,
                                timeout=25, party=party)  # fmt: skip

        anna.remove_interpreter()
        guest.page.wait_for_function(
            "() => document.getElementById('status').textContent.includes('beendet')"
        )
        deadline = time.monotonic() + 10
        while kiosk.parties.get("interpreter_name"):
            assert time.monotonic() < deadline, kiosk.parties
            time.sleep(0.2)
        # The call goes on between the citizen and Anna.
        before = kiosk.link("staff")["video_frames"]
        kiosk.wait_link("staff", lambda link: link["video_frames"] >= before + 15)
        assert [link["party"] for link in kiosk.report()["links"]] == ["staff"]
        assert kiosk.states[-1] == "in_call"
    finally:
        guest.close()
    kiosk.hang_up()
    kiosk.wait_state("ended", timeout=10)


def test_a_link_cut_for_10_s_resumes_the_same_call(
    rig: NatRig, kiosk: NamespacedKiosk, anna: StaffPage
) -> None:
    _in_call(kiosk, anna)
    _media_both_ways(kiosk, anna)
    call_id = kiosk.report()["call_id"]
    cabin = rig.sites["kiosk"]
    cut_at = time.monotonic()
    cabin.cut()
    try:
        kiosk.wait_state("reconnecting", timeout=10)
        anna.page.locator("#reconnecting").wait_for(state="visible", timeout=15_000)
        assert "wiederhergestellt" in anna.status
        time.sleep(max(0.0, cut_at + 10 - time.monotonic()))
    finally:
        cabin.restore()
    kiosk.wait_state("in_call", timeout=RECONNECT_SECONDS)
    # Back in the same call, with media flowing again.
    report = kiosk.wait_report(lambda r: r["reconnects"] and r["reconnects"][-1][1] is not None)
    assert report["call_id"] == call_id and anna.call_id() == call_id
    before = anna.stats()["framesDecoded"]
    _media_both_ways(kiosk, anna)
    anna.wait_stats(lambda s: s["framesDecoded"] > before + 10, timeout=15)
    anna.page.locator("#reconnecting").wait_for(state="hidden", timeout=10_000)
    kiosk.hang_up()
    kiosk.wait_state("ended", timeout=10)


def test_a_link_cut_for_longer_ends_the_call_cleanly(
    rig: NatRig, kiosk: NamespacedKiosk, anna: StaffPage
) -> None:
    _in_call(kiosk, anna)
    _media_both_ways(kiosk, anna)
    cabin = rig.sites["kiosk"]
    cabin.cut()
    try:
        kiosk.wait_state("reconnecting", timeout=10)
        # The terminal gives up after its reconnect time; the citizen then sees "The
        # connection was lost" with "Request a callback" (VideoEndedPage for a failed call).
        assert kiosk.wait_state("failed", "ended", timeout=RECONNECT_SECONDS + 15) == "failed"
        # The hub holds the call as long for a terminal it lost, then ends it for staff.
        anna.page.locator("#call").wait_for(state="hidden", timeout=45_000)
        assert anna.status == "Die Verbindung zum Terminal ist abgebrochen."
    finally:
        cabin.restore()
    assert anna.call_id() is None
