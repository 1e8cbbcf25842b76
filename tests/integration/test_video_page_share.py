"""End to end: pages the citizen shows during a call reach the staff page at once.

aiortc on the terminal ↔ real headless Chromium on ``/console/call``, through the real
backoffice's signaling; the pages themselves go peer to peer over the "pages" data channel.
One call only (calls are slow): everything the staff member should notice happens in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.helpers import pages
from tests.helpers.backoffice import BackofficeProcess, running_backoffice
from tests.helpers.video_kiosk import enrolled_device, kiosk_call
from tests.helpers.video_page_channel import jpeg_page, preview_of
from tests.helpers.video_staff import StaffPage, chromium
from video.state import CallState

pytestmark = pytest.mark.e2e
PASSWORD = "ein-langes-passwort"

_TILES = """() => [...document.querySelectorAll('#page-list .page-tile')].map((tile) => {
  const img = tile.querySelector('img');
  return {id: tile.dataset.pageId, status: tile.dataset.status,
          label: tile.querySelector('.page-label').textContent,
          note: tile.querySelector('.page-note').textContent,
          naturalWidth: img.naturalWidth, complete: img.complete && !!img.src, alt: img.alt,
          visible: tile.getBoundingClientRect().height > 0};
})"""


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackofficeProcess]:
    with running_backoffice(tmp_path_factory.mktemp("pages") / "office") as running:
        running.add_staff("anna", PASSWORD)
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def anna(browser: Browser, office: BackofficeProcess) -> Iterator[StaffPage]:
    page = StaffPage(browser, office.url).log_in("anna", PASSWORD)
    yield page
    page.close()


def tiles(staff: StaffPage) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = staff.page.evaluate(_TILES)
    return result


def test_pages_shown_in_a_call_appear_on_the_staff_page_and_are_acknowledged(
    office: BackofficeProcess, anna: StaffPage
) -> None:
    letter = preview_of(pages.colour_form(), 1)  # ~180 KB: a dozen chunks
    second = preview_of(pages.colour_form(), 2, width=900)
    assert len(letter.jpeg) > 100_000
    with kiosk_call(office.url, enrolled_device(office)) as (call, recorder):
        anna.set_available(True)
        call.start_call()
        recorder.wait_for(CallState.RINGING)
        call.show_page(letter)  # before the channel exists: queued, sent once it opens
        anna.wait_ringing()
        anna.accept()
        recorder.wait_for(CallState.IN_CALL)
        call.show_page(second)
        # Generous: on this loaded machine UDP drops make aiortc's SCTP back off for seconds.
        recorder.wait_pages_seen(letter.page_id, second.page_id, timeout=60)

        shown = tiles(anna)
        assert [(t["id"], t["label"], t["status"]) for t in shown] == [
            (letter.page_id, "Seite 1", "shown"),
            (second.page_id, "Seite 2", "shown"),
        ]
        assert [t["naturalWidth"] for t in shown] == [1240, 900]
        assert all(t["complete"] and t["visible"] for t in shown)
        assert shown[0]["alt"] == "Seite 1, am Terminal gescannt"

        # Enlarged with the keyboard, closed with Escape; focus returns to the thumbnail.
        anna.page.locator(f'[data-page-id="{letter.page_id}"] .page-open').focus()
        anna.page.keyboard.press("Enter")
        viewer = anna.page.locator("#page-viewer")
        viewer.wait_for(state="visible")
        assert anna.page.locator("#viewer-title").inner_text() == "Seite 1"
        anna.page.keyboard.press("Escape")
        viewer.wait_for(state="hidden")

        call.withdraw_page(second.page_id)
        call.pages_handed_in("K7F-3QX", 1)
        handed_in = anna.page.locator("#pages-handed-in")
        handed_in.wait_for(state="visible")
        assert handed_in.inner_text() == (
            "Für die E-Akte abgegeben: 1 Seite, Vorgangsnummer K7F-3QX"
        )
        withdrawn = tiles(anna)[1]
        assert withdrawn["status"] == "withdrawn"
        assert withdrawn["note"] == "Von der Bürgerin oder dem Bürger zurückgenommen."
        assert not withdrawn["complete"]  # the picture itself is gone

        anna.hang_up()
        recorder.wait_for(CallState.ENDED)
    # The staff member keeps what was shown until they close it.
    assert [t["status"] for t in tiles(anna)] == ["shown", "withdrawn"]
    anna.page.locator("#pages-close").click()
    assert tiles(anna) == []
    assert not anna.page.locator("#shown-pages").is_visible()


# The checks in pages.js, fed through a stand-in channel on the same real page (no call).
_FEED = """async ([messages]) => {
  const pages = window.staffCall.pages;
  const channel = {readyState: 'open', sent: [], send(m) { this.sent.push(m); }};
  pages.callStarted();
  pages.attach(channel);
  for (const m of messages) {
    const data = typeof m === 'string' ? m : new Uint8Array(m).buffer;
    channel.onmessage({data});
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return channel.sent;
}"""


def test_a_page_that_does_not_add_up_is_not_shown(anna: StaffPage) -> None:
    page = jpeg_page(3)
    header = {
        "type": "page", "page_id": page.page_id, "number": 3, "mime": "image/jpeg",
        "size": len(page.jpeg), "width": page.width, "height": page.height,
        "sha256": page.sha256,
    }  # fmt: skip
    tampered = bytearray(page.jpeg)
    tampered[-10] ^= 0xFF
    end = json.dumps({"type": "page_end", "page_id": page.page_id})
    sent = anna.page.evaluate(_FEED, [[json.dumps(header), list(tampered), end]])
    assert sent == []  # no page_seen
    [tile] = tiles(anna)
    assert (tile["status"], tile["note"]) == (
        "failed",
        "Diese Seite konnte nicht angezeigt werden.",
    )

    # The same page, whole, is shown and acknowledged: the check above is not a blanket "no".
    sent = anna.page.evaluate(_FEED, [[json.dumps(header), list(page.jpeg), end]])
    assert [json.loads(m) for m in sent] == [{"type": "page_seen", "page_id": page.page_id}]
    anna.page.evaluate("() => window.staffCall.pages.clear()")
