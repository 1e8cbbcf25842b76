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

_STATS = """async () => {
  const pc = window.staffCall.pc;
  const out = {framesDecoded: 0, totalSamplesReceived: 0, bytesReceived: 0, bytesSent: 0,
               connectionState: pc ? pc.connectionState : null};
  if (!pc) return out;
  (await pc.getStats()).forEach((r) => {
    if (r.type === "inbound-rtp" && r.kind === "video") {
      out.framesDecoded = r.framesDecoded || 0; out.bytesReceived += r.bytesReceived || 0;
    }
    if (r.type === "inbound-rtp" && r.kind === "audio") {
      out.totalSamplesReceived = r.totalSamplesReceived || 0;
      out.bytesReceived += r.bytesReceived || 0;
    }
    if (r.type === "outbound-rtp") out.bytesSent += r.bytesSent || 0;
  });
  return out;
}"""


@contextlib.contextmanager
def chromium(extra_flags: list[str] | None = None) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS + MEDIA_FLAGS + (extra_flags or [])
        )
        try:
            yield browser
        finally:
            browser.close()


class StaffPage:
    """One staff member's console tab on ``/console/call`` (own browser context = own login)."""

    def __init__(self, browser: Browser, office_url: str) -> None:
        self.office_url = office_url
        self.context: BrowserContext = browser.new_context(
            permissions=["camera", "microphone"], base_url=office_url
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

    def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = self.page.evaluate(_STATS)
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
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 10.0
    ) -> dict[str, Any]:
        """Polls getStats until ``predicate`` holds; fails with the last figures."""
        deadline = time.monotonic() + timeout
        stats = self.stats()
        while time.monotonic() < deadline:
            stats = self.stats()
            if predicate(stats):
                return stats
            time.sleep(0.1)
        raise AssertionError(f"staff page stats never got there: {stats}")

    def close(self) -> None:
        self.context.close()
