"""The terminal's side of "Show a document": the message format and the courier's queue.

The courier runs on a real asyncio loop against ``FakePageChannel`` (bytes pile up in its
buffer until the test lets the wire take them); the real channel is in
tests/integration/test_video_page_share.py.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable

import pytest

from config.schema import VideoSettings
from tests.helpers.video_page_channel import FakePageChannel, jpeg_page
from video import page_share as share
from video.call import CallListener, VideoCall
from video.media import synthetic_media
from video.page_channel import HIGH_WATER, ChannelState, PageCourier
from video.signaling_client import SignalingEndpoint

Scenario = Callable[[PageCourier, FakePageChannel, list[str]], Awaitable[None]]


def run_courier(scenario: Scenario) -> tuple[FakePageChannel, list[str]]:
    """Runs ``scenario`` with a courier (not yet attached) and its channel; returns both."""
    channel = FakePageChannel()
    seen: list[str] = []

    async def main() -> None:
        courier = PageCourier(seen.append)
        channel.on_low = courier.drained
        runner = asyncio.create_task(courier.run())
        try:
            await scenario(courier, channel, seen)
        finally:
            courier.closed()
            await asyncio.wait_for(runner, 5)

    asyncio.run(main())
    return channel, seen


async def open_and_send_all(courier: PageCourier, channel: FakePageChannel) -> None:
    courier.attach(channel)
    channel.open()
    courier.opened()
    wire = asyncio.create_task(channel.keep_transmitting())
    for _ in range(10_000):
        await asyncio.sleep(0)
        if not courier.queued and channel.bufferedAmount == 0:
            break
    wire.cancel()


def reassemble(channel: FakePageChannel) -> dict[str, bytes]:
    """Pages as the staff page would put them together, by page id."""
    pages: dict[str, bytes] = {}
    current = ""
    for message in channel.sent:
        if isinstance(message, bytes):
            pages[current] += message
        elif json.loads(message)["type"] == "page":
            current = json.loads(message)["page_id"]
            pages[current] = b""
    return pages


def test_pages_shown_before_the_channel_opens_go_out_in_order_once_it_does() -> None:
    big = jpeg_page(1, 220, 220, noise=1)  # ~40 KB: three chunks
    small = jpeg_page(2)

    async def scenario(courier: PageCourier, channel: FakePageChannel, _: list[str]) -> None:
        courier.show(big)
        courier.show(small)
        courier.hand_in("K7F-3QX", 2)
        await asyncio.sleep(0.01)
        assert channel.sent == []  # nothing before the channel is open
        await open_and_send_all(courier, channel)

    channel, _ = run_courier(scenario)
    chunks = -(-len(big.jpeg) // share.CHUNK_BYTES)
    assert chunks >= 3
    assert channel.kinds() == (
        ["page"] + ["chunk"] * chunks + ["page_end", "page", "chunk", "page_end"]
        + ["pages_handed_in"]
    )  # fmt: skip
    sizes = [len(m) for m in channel.sent if isinstance(m, bytes)]
    assert sizes[: chunks - 1] == [share.CHUNK_BYTES] * (chunks - 1)
    assert reassemble(channel) == {big.page_id: big.jpeg, small.page_id: small.jpeg}
    header = channel.texts()[0]
    assert header == {
        "type": "page",
        "page_id": big.page_id,
        "number": 1,
        "mime": "image/jpeg",
        "size": len(big.jpeg),
        "width": 220,
        "height": 220,
        "sha256": hashlib.sha256(big.jpeg).hexdigest(),
    }
    assert channel.texts()[-1] == {"type": "pages_handed_in", "reference": "K7F-3QX", "count": 2}


def test_a_slow_wire_never_gets_more_than_the_high_water_mark_queued() -> None:
    page = jpeg_page(1, 400, 400, noise=1)  # ~140 KB: nine chunks

    async def scenario(courier: PageCourier, channel: FakePageChannel, _: list[str]) -> None:
        courier.attach(channel)
        channel.open()
        courier.opened()
        courier.show(page)
        await asyncio.sleep(0.01)
        stalled_at = len(channel.sent)
        assert 1 < stalled_at < 10  # waiting for the wire, not done
        await asyncio.sleep(0.01)
        assert len(channel.sent) == stalled_at  # really waiting
        while "page_end" not in channel.kinds():
            channel.transmit(5000)  # a thin link: a little at a time
            await asyncio.sleep(0)

    channel, _ = run_courier(scenario)
    assert len(page.jpeg) > 8 * share.CHUNK_BYTES
    assert channel.most_buffered <= HIGH_WATER + share.CHUNK_BYTES
    assert reassemble(channel) == {page.page_id: page.jpeg}


def test_a_page_withdrawn_before_it_went_out_is_never_sent() -> None:
    first, second = jpeg_page(1), jpeg_page(2)

    async def scenario(courier: PageCourier, channel: FakePageChannel, _: list[str]) -> None:
        courier.show(first)
        courier.show(second)
        courier.withdraw(first.page_id)
        await open_and_send_all(courier, channel)
        courier.withdraw(second.page_id)  # already with the staff page: they are told
        await open_and_send_all(courier, channel)

    channel, _ = run_courier(scenario)
    assert list(reassemble(channel)) == [second.page_id]
    assert channel.texts()[-1] == {"type": "page_withdrawn", "page_id": second.page_id}


def test_pages_after_the_call_ended_are_dropped_with_a_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "video")
    queued, late = jpeg_page(1), jpeg_page(2)

    async def scenario(courier: PageCourier, channel: FakePageChannel, _: list[str]) -> None:
        courier.attach(channel)
        courier.show(queued)  # the channel never opened: the call ended while connecting
        courier.closed()
        courier.show(late)
        courier.hand_in("K7F-3QX", 1)
        channel.open()
        courier.opened()  # a late event changes nothing
        await asyncio.sleep(0.01)
        assert courier.state is ChannelState.CLOSED
        assert courier.queued == 0

    channel, _ = run_courier(scenario)
    assert channel.sent == []
    assert f"page {late.page_id} dropped: the call is over" in caplog.text
    assert "1 queued items dropped" in caplog.text


def test_page_seen_is_reported_for_sent_pages_and_nonsense_is_ignored(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "video")
    page, never_sent = jpeg_page(1), jpeg_page(2)

    async def scenario(courier: PageCourier, channel: FakePageChannel, seen: list[str]) -> None:
        courier.show(page)
        await open_and_send_all(courier, channel)
        for nonsense in (
            b"\x00binary",
            "not json",
            '["a list"]',
            '{"type": "page_seen", "page_id": "../etc"}',
            json.dumps({"type": "page_seen", "page_id": never_sent.page_id}),
            json.dumps({"type": "page_zoomed", "page_id": page.page_id}),
        ):
            courier.received(nonsense)
        assert seen == []
        courier.received(json.dumps({"type": "page_seen", "page_id": page.page_id}))

    _, seen = run_courier(scenario)
    assert seen == [page.page_id]
    assert caplog.text.count("ignored") == 6


def test_shared_pages_and_notices_refuse_what_the_staff_page_could_not_use() -> None:
    good = jpeg_page(1)
    with pytest.raises(ValueError, match="page_id"):
        share.SharedPage("NOT-HEX", 1, good.jpeg, 10, 10)
    with pytest.raises(ValueError, match="JPEG"):
        share.SharedPage(good.page_id, 1, b"\x89PNG....", 10, 10)
    with pytest.raises(ValueError, match="bytes"):
        share.SharedPage(good.page_id, 1, b"\xff\xd8" + bytes(share.MAX_PAGE_BYTES), 10, 10)
    with pytest.raises(ValueError, match="width"):
        share.SharedPage(good.page_id, 1, good.jpeg, 0, 10)
    with pytest.raises(ValueError, match="reference"):
        share.pages_handed_in("<script>", 1)


def test_the_video_call_drops_pages_when_no_call_is_under_way(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "video")
    page = jpeg_page(1)
    call = VideoCall(
        VideoSettings(),
        SignalingEndpoint("http://127.0.0.1:9", "token"),
        CallListener(),
        media_factory=synthetic_media,
        link_tuning=None,
    )
    with call:
        call.show_page(page)
        call.pages_handed_in("K7F-3QX", 1)
    call.show_page(page)  # the call thread is gone: neither blocks nor raises
    with pytest.raises(ValueError):
        call.withdraw_page("not an id")
    assert f"page {page.page_id} dropped: no call under way" in caplog.text
    assert "hand-in of 1 pages not told: no call under way" in caplog.text
    assert "page dropped: the video call is closed" in caplog.text
