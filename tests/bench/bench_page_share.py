"""Pages shown during a call: `.venv/bin/python tests/bench/bench_page_share.py [--screenshots]`.

One call through the real backoffice (aiortc terminal ↔ headless Chromium staff page) on
loopback. Prints the time from ``VideoCall.show_page()`` to the staff page's ``page_seen``
for a ~150 KB page preview (1240 px wide), each page sent alone, median of N. With
``--screenshots`` it also writes docs/screenshots/console-call-pages.png (two pages shown) and
console-call-page-large.png (one of them enlarged).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers import pages
from tests.helpers.backoffice import running_backoffice
from tests.helpers.video_kiosk import RecordingListener, enrolled_device, kiosk_call
from tests.helpers.video_page_channel import preview_of
from tests.helpers.video_staff import StaffPage, chromium
from video.call import VideoCall
from video.state import CallState

PASSWORD = "ein-langes-passwort"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--screenshots", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(relativeCreated)7.0f %(name)s %(message)s")
    logging.getLogger("video").setLevel(logging.INFO)
    form = pages.colour_form()
    with tempfile.TemporaryDirectory() as tmp, running_backoffice(Path(tmp) / "office") as office:
        office.add_staff("anna", PASSWORD)
        with chromium() as browser, kiosk_call(office.url, enrolled_device(office)) as call_rec:
            call, recorder = call_rec
            staff = StaffPage(browser, office.url).log_in("anna", PASSWORD)
            staff.page.set_viewport_size({"width": 1440, "height": 900})
            staff.set_available(True)
            call.start_call()
            staff.wait_ringing()
            staff.accept()
            recorder.wait_for(CallState.IN_CALL)
            recorder.wait_frames(video=10, audio=10)
            if args.screenshots:
                _screenshots(staff, call, recorder)
                staff.page.evaluate("() => window.staffCall.pages.callStarted()")
            timings = []
            for number in range(1, args.pages + 1):
                page = preview_of(form, number, quality=55)
                started = time.monotonic()
                call.show_page(page)
                recorder.wait_pages_seen(page.page_id, timeout=60)
                timings.append(recorder.pages_seen[page.page_id] - started)
                print(f"page {number}: {len(page.jpeg) / 1024:.0f} KiB, {timings[-1]:.3f} s")
            print(
                f"show_page → page_seen, {len(timings)} pages: median "
                f"{statistics.median(timings):.3f} s, min {min(timings):.3f}, "
                f"max {max(timings):.3f}"
            )
            print(
                "media during the pages:",
                recorder.video_frames,
                "video /",
                recorder.audio_frames,
                "audio frames received",
            )
            staff.hang_up()
            final = recorder.wait_for(CallState.ENDED, CallState.FAILED)
            print("call", final.value, "- states:", [state.value for state in recorder.states])


def _screenshots(staff: StaffPage, call: VideoCall, recorder: RecordingListener) -> None:
    shown = [preview_of(pages.letter(), 1), preview_of(pages.bank_statement(), 2)]
    for page in shown:
        call.show_page(page)
    recorder.wait_pages_seen(*(page.page_id for page in shown), timeout=60)
    time.sleep(1)  # a few more video frames, so the remote picture is not black
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    staff.page.screenshot(path=str(SCREENSHOTS / "console-call-pages.png"))
    staff.page.locator(f'[data-page-id="{shown[0].page_id}"] .page-open').click()
    staff.page.locator("#page-viewer").wait_for(state="visible")
    staff.page.screenshot(path=str(SCREENSHOTS / "console-call-page-large.png"))
    staff.page.keyboard.press("Escape")
    print("screenshots written to", SCREENSHOTS)


if __name__ == "__main__":
    main()
