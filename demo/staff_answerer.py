"""The staff side of the demo's video call: Debian's Chromium (through Playwright) answers once.

``python -m demo.staff_answerer URL USER SHOT RENDEZVOUS`` (password on stdin) logs in as a
member of staff, opens the call page, switches "available" on, accepts the first ring, waits
until the terminal's picture plays, saves the call page as SHOT and waits for the terminal to
hang up. It tells the kiosk walk and the demo how far it got through marks in RENDEZVOUS
(``demo.walks``). ``kiosk demo`` runs it in its own process group, so stopping it stops its
browser too. Chromium's fake camera and microphone stand in for a headset.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from demo.console_snapshot import CHROMIUM_ARGS, chromium_executable
from demo.walks import Mark, Rendezvous
from durable.files import write_file_atomically

log = logging.getLogger(__name__)

MEDIA_FLAGS = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    # Lets Chromium offer 127.0.0.1 candidates: all a call on one machine has.
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
]
# The terminal's picture is really playing: frames presented, not just a track announced.
_PICTURE_PLAYS = """frames => {
  const video = document.getElementById("remote-video");
  return !!video && video.videoWidth > 0
      && video.getVideoPlaybackQuality().totalVideoFrames >= frames;
}"""


@dataclass(frozen=True)
class AnswerTimeouts:
    launch_s: float = 30.0
    ring_s: float = 600.0  # the kiosk walks its other journeys first; the demo stops us anyway
    picture_s: float = 30.0
    hang_up_s: float = 60.0
    frames: int = 10


class StaffSideError(Exception):
    """The staff side could not take the call; the message is the demo's one line."""


@dataclass(frozen=True)
class StaffLogin:
    office_url: str
    username: str
    password: str


def answer_one_call(
    login: StaffLogin, shot: Path, rendezvous: Rendezvous, timeouts: AnswerTimeouts
) -> bool:
    """True once a call was answered, photographed and ended; False if the kiosk skipped it."""
    executable = chromium_executable()
    if executable is None:
        raise StaffSideError("no Chromium installed (apt-get install chromium)")

    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=executable,
                args=CHROMIUM_ARGS + MEDIA_FLAGS,
                timeout=timeouts.launch_s * 1000,
            )
        except PlaywrightError as error:
            raise StaffSideError(f"Chromium could not start ({_first_line(error)})") from error
        try:
            return _answer(browser, login, shot, rendezvous, timeouts)
        except PlaywrightError as error:
            raise StaffSideError(f"the staff page failed ({_first_line(error)})") from error
        finally:
            browser.close()


def _answer(
    browser: Browser, login: StaffLogin, shot: Path, rendezvous: Rendezvous, t: AnswerTimeouts
) -> bool:
    context = browser.new_context(
        permissions=["camera", "microphone"],
        base_url=login.office_url,
        viewport={"width": 1280, "height": 800},
    )
    page = context.new_page()
    page.goto("/console/login")
    page.fill("#username", login.username)
    page.fill("#password", login.password)
    page.click("button[type=submit]")
    page.wait_for_url("**/console")
    page.goto("/console/call")
    page.wait_for_function("window.staffCall && window.staffCall.socket !== null")
    log.info("staff answerer: on the call page, waiting until the terminal wants to call")
    if not _wait_for(page, rendezvous, Mark.VIDEO_WANTED, t.ring_s):
        return False
    page.locator("#available").click()
    page.wait_for_function(
        "document.getElementById('available').getAttribute('aria-checked') === 'true'"
    )
    rendezvous.mark(Mark.STAFF_READY)
    log.info("staff answerer: available, waiting for the terminal to call")
    banner = page.locator("#ring-banner")
    for _ in _seconds(t.ring_s):
        if rendezvous.has(Mark.VIDEO_SKIPPED):
            return False  # the kiosk left the call out; nothing to answer
        with contextlib.suppress(PlaywrightTimeout):
            banner.wait_for(state="visible", timeout=1000)
            break
    else:
        raise StaffSideError(f"no call rang within {t.ring_s:.0f} s")
    page.locator("#ring-list .accept").first.click()
    page.wait_for_function(_PICTURE_PLAYS, arg=t.frames, timeout=t.picture_s * 1000)
    _save(page.screenshot(full_page=True), shot)
    rendezvous.mark(Mark.STAFF_PHOTOGRAPHED)
    log.info("staff answerer: call page saved as %s", shot.name)
    page.locator("#call").wait_for(state="hidden", timeout=t.hang_up_s * 1000)
    context.close()
    return True


def _seconds(total: float) -> Iterator[int]:
    yield from range(max(1, int(total)))


def _wait_for(page: Page, rendezvous: Rendezvous, mark: Mark, seconds: float) -> bool:
    """Until the kiosk leaves ``mark``; False if it left the call out or never came."""
    for _ in range(max(1, int(seconds * 4))):
        if rendezvous.has(mark):
            return True
        if rendezvous.has(Mark.VIDEO_SKIPPED):
            return False
        page.wait_for_timeout(250)
    raise StaffSideError(f"the terminal did not get to the call within {seconds:.0f} s")


def _save(png: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file_atomically(path, png, mode=0o644)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.staff_answerer", description=__doc__)
    parser.add_argument("url", help="the backoffice, e.g. http://127.0.0.1:8470")
    parser.add_argument("username")
    parser.add_argument("shot", type=Path, help="where to save the call page (PNG)")
    parser.add_argument("rendezvous", type=Path, help="folder for the marks (demo.walks)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    rendezvous = Rendezvous(args.rendezvous)
    # The password comes on stdin: a command line is visible to every user of the machine.
    login = StaffLogin(args.url, args.username, sys.stdin.readline().strip())
    try:
        answer_one_call(login, args.shot, rendezvous, AnswerTimeouts())
    except StaffSideError as error:
        rendezvous.mark(Mark.STAFF_GAVE_UP, str(error))
        log.warning("staff answerer gave up: %s", error)
        return 1
    except Exception as error:
        # Whatever went wrong, leave the mark: without it the kiosk would wait in vain.
        rendezvous.mark(Mark.STAFF_GAVE_UP, f"the staff side failed ({_first_line(error)})")
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
