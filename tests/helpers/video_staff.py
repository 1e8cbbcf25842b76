"""A staff member in real headless Chromium (Debian's, via Playwright) on the call page.

Chromium's fake camera and microphone stand in for devices; ``--allow-loopback-in-peer-
connection`` lets it offer 127.0.0.1 candidates, which is all a loopback test has.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from demo.console_snapshot import CHROMIUM_ARGS

CHROMIUM = "/usr/bin/chromium"
MEDIA_FLAGS = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
]

# Figures of the page's connection to one party (``window.staffCall`` on the call page,
# ``window.guestCall`` on an external interpreter's page): frames, audio energy, candidates.
_STATS = """async ([page, party]) => {
  const pc = window[page].peers.get(party);
  const out = {framesDecoded: 0, totalSamplesReceived: 0, totalAudioEnergy: 0,
               bytesReceived: 0, bytesSent: 0, connectionState: pc ? pc.connectionState : null,
               localCandidateType: null, remoteCandidateType: null, relayProtocol: null};
  if (!pc) return out;
  const reports = new Map();
  (await pc.getStats()).forEach((r) => reports.set(r.id, r));
  for (const r of reports.values()) {
    if (r.type === "inbound-rtp" && r.kind === "video") {
      out.framesDecoded = r.framesDecoded || 0; out.bytesReceived += r.bytesReceived || 0;
    }
    if (r.type === "inbound-rtp" && r.kind === "audio") {
      out.totalSamplesReceived = r.totalSamplesReceived || 0;
      out.totalAudioEnergy = r.totalAudioEnergy || 0;
      out.bytesReceived += r.bytesReceived || 0;
    }
    if (r.type === "outbound-rtp") out.bytesSent += r.bytesSent || 0;
    if (r.type === "transport" && r.selectedCandidatePairId) {
      const pair = reports.get(r.selectedCandidatePairId);
      const local = pair && reports.get(pair.localCandidateId);
      const remote = pair && reports.get(pair.remoteCandidateId);
      out.localCandidateType = local ? local.candidateType : null;
      out.remoteCandidateType = remote ? remote.candidateType : null;
      out.relayProtocol = local ? (local.relayProtocol || null) : null;
    }
  }
  return out;
}"""


@contextlib.contextmanager
def chromium(extra_flags: list[str] | None = None, executable: str = CHROMIUM) -> Iterator[Browser]:
    """Debian's Chromium with fake devices; ``executable`` may be a wrapper that starts it
    inside a network namespace (``tests.helpers.nat_rig.NatRig.chromium_wrapper``)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS + MEDIA_FLAGS + (extra_flags or [])
        )
        try:
            yield browser
        finally:
            browser.close()


class StaffPage:
    """One staff member's console tab on ``/console/call`` (own browser context = own login).

    ``bypass_csp``: on a non-loopback origin Chromium enforces the page's ``script-src
    'self'`` against Playwright's ``wait_for_function`` (it evals its predicate); the page's
    own scripts are unchanged."""

    window = "staffCall"

    def __init__(
        self,
        browser: Browser,
        office_url: str,
        bypass_csp: bool = False,
        notifications: bool = False,
    ) -> None:
        self.office_url = office_url
        permissions = ["camera", "microphone"] + (["notifications"] if notifications else [])
        self.context: BrowserContext = browser.new_context(
            permissions=permissions, base_url=office_url, bypass_csp=bypass_csp
        )
        self.page: Page = self.context.new_page()

    def log_in(self, username: str, password: str) -> StaffPage:
        self.page.goto("/console/login")
        self.page.fill("#username", username)
        self.page.fill("#password", password)
        self.page.click("button[type=submit]")
        self.page.wait_for_url("**/console")
        self.page.goto("/console/call")
        self.wait_true("() => Boolean(window.staffCall && window.staffCall.socket !== null)")
        return self

    def set_available(self, available: bool = True) -> None:
        switch = self.page.locator("#available")
        if (switch.get_attribute("aria-checked") == "true") != available:
            switch.click()
        wanted = "Sie sind verfügbar." if available else "Sie sind nicht verfügbar."
        self.wait_true("text => document.getElementById('status').textContent === text", wanted)

    def wait_true(self, function: str, arg: Any = None, timeout: float = 30.0) -> None:
        """Polls ``function`` from here: Playwright's own ``wait_for_function`` polls by
        evaluating strings inside the page, which the call page's CSP (no 'unsafe-eval')
        refuses whenever the first look is not already true (a slower start over TLS)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(function, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"not true within {timeout:.0f} s: {function}")
            time.sleep(0.05)

    @property
    def ringing(self) -> bool:
        return self.page.locator("#ring-banner").is_visible()

    def wait_ringing(self, timeout: float = 10.0) -> None:
        self.page.locator("#ring-banner").wait_for(state="visible", timeout=timeout * 1000)

    def wait_not_ringing(self, timeout: float = 10.0) -> None:
        self.page.locator("#ring-banner").wait_for(state="hidden", timeout=timeout * 1000)

    def accept(self) -> None:
        self.page.locator("#ring-list .accept").first.click()

    def decline(self) -> None:
        self.page.locator("#ring-list .decline").first.click()

    def hang_up(self) -> None:
        self.page.locator("#hang-up").click()

    @property
    def in_call_view(self) -> bool:
        return self.page.locator("#call").is_visible()

    @property
    def status(self) -> str:
        return self.page.locator("#status").inner_text()

    def stats(self, party: str = "kiosk") -> dict[str, Any]:
        result: dict[str, Any] = self.page.evaluate(_STATS, [self.window, party])
        return result

    def metrics(self) -> dict[str, Any]:
        result: dict[str, Any] = self.page.evaluate(
            "() => ({...window.staffCall.metrics, now: performance.now(),"
            " callId: window.staffCall.callId, beeps: window.staffCall.beeps})"
        )
        return result

    def call_id(self) -> str | None:
        value: str | None = self.page.evaluate("() => window.staffCall.callId")
        return value

    def send_raw(self, message: dict[str, Any]) -> None:
        """Sends a message of our choosing down this page's own signaling socket."""
        self.page.evaluate("m => window.staffCall.socket.send(JSON.stringify(m))", message)

    def wait_stats(
        self,
        predicate: Callable[[dict[str, Any]], bool],
        timeout: float = 10.0,
        party: str = "kiosk",
    ) -> dict[str, Any]:
        """Polls getStats until ``predicate`` holds; fails with the last figures."""
        deadline = time.monotonic() + timeout
        stats = self.stats(party)
        while time.monotonic() < deadline:
            stats = self.stats(party)
            if predicate(stats):
                return stats
            time.sleep(0.1)
        raise AssertionError(f"staff page stats never got there: {stats}")

    @property
    def reconnecting(self) -> bool:
        return self.page.locator("#reconnecting").is_visible()

    def create_guest_link(self) -> str:
        self.page.locator("#guest-link-create").click()
        field = self.page.locator("#guest-link-text")
        field.wait_for(state="visible")
        return field.input_value()

    def remove_interpreter(self) -> None:
        self.page.locator("#interpreter-remove").click()

    def close(self) -> None:
        self.context.close()


class GuestPage(StaffPage):
    """An external interpreter on the one-time link's page (no login)."""

    window = "guestCall"

    def join(self, url: str, name: str, language: str, audio_only: bool = False) -> None:
        self.page.goto(url)
        self.page.fill("#join-name", name)
        self.page.select_option("#join-language", language)
        if audio_only:
            self.page.check("#join-audio-only")
        self.page.click("#join-button")
