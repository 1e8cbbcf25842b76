"""``PageCourier``: carries the pages the citizen shows to the staff page, on the call thread.

It owns the terminal's end of the ``"pages"`` data channel (see :mod:`video.page_share` for
what goes over it). What the UI asks for is queued in order and sent once the channel is open;
a page is cut into CHUNK_BYTES pieces and only as many go into the channel's buffer as
``HIGH_WATER`` allows, so a page on a thin link queues here, where a withdrawal can still
overtake it, instead of in the SCTP send buffer, where it cannot. When the call ends whatever
is still queued is dropped: the pages go to the e-file through the outbox, not through here.

The courier does not know aiortc's event emitter: the session forwards the channel's events
to :meth:`opened`, :meth:`drained`, :meth:`received` and :meth:`closed`.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from video import page_share as share

log = logging.getLogger(__name__)

# The channel's buffer may hold this much before we wait: four chunks keep SCTP busy on a
# fast link, yet on a 300 kbit/s link they are about a second of data, so a withdrawal or the
# next page is never stuck behind minutes of queued bytes.
HIGH_WATER = 4 * share.CHUNK_BYTES
# ... and we go on once it has drained to one chunk ("bufferedamountlow").
LOW_WATER = share.CHUNK_BYTES


class DataChannel(Protocol):
    """The part of ``aiortc.RTCDataChannel`` the courier uses."""

    @property
    def readyState(self) -> str: ...  # noqa: N802 (the W3C name, as aiortc spells it)

    @property
    def bufferedAmount(self) -> int: ...  # noqa: N802

    @property
    def bufferedAmountLowThreshold(self) -> int: ...  # noqa: N802

    @bufferedAmountLowThreshold.setter
    def bufferedAmountLowThreshold(self, value: int) -> None: ...  # noqa: N802

    def send(self, data: str | bytes) -> None: ...


class ChannelState(enum.Enum):
    WAITING = "waiting"  # the call is being set up; what comes is queued
    OPEN = "open"
    CLOSED = "closed"  # the call is over; nothing more is sent or queued


@dataclass(frozen=True)
class _ShowPage:
    page: share.SharedPage

    def messages(self) -> Iterator[str | bytes]:
        return share.page_messages(self.page)


@dataclass(frozen=True)
class _Notice:
    """A single text message: a withdrawal or the hand-in."""

    text: str
    what: str  # for the log: the message type, never its content

    def messages(self) -> Iterator[str | bytes]:
        yield self.text


_Outgoing = _ShowPage | _Notice


class PageCourier:
    def __init__(self, page_seen: Callable[[str], None]) -> None:
        self._page_seen = page_seen
        self._channel: DataChannel | None = None
        self._state = ChannelState.WAITING
        self._queue: deque[_Outgoing] = deque()
        self._sent: set[str] = set()  # pages the staff page has had in full
        self._work = asyncio.Event()
        self._room = asyncio.Event()

    def attach(self, channel: DataChannel) -> None:
        """The channel, once the peer connection exists; until then pages only queue. After a
        reconnect the new connection's channel takes over: what was not yet sent in full
        waits for it to open."""
        channel.bufferedAmountLowThreshold = LOW_WATER
        self._channel = channel
        if self._state is ChannelState.OPEN:
            self._state = ChannelState.WAITING
            self._room.set()  # a send waiting for the old channel's buffer gives up on it

    @property
    def state(self) -> ChannelState:
        return self._state

    @property
    def queued(self) -> int:
        return len(self._queue)

    # ---- what the citizen does (via VideoCall, on the call thread) ---------------------------

    def show(self, page: share.SharedPage) -> None:
        if self._refused("page", page.page_id):
            return
        self._queue.append(_ShowPage(page))
        log.info("page %s queued to show (%d bytes)", page.page_id, len(page.jpeg))
        self._work.set()

    def withdraw(self, page_id: str) -> None:
        text = share.page_withdrawn(page_id)
        if self._refused("withdrawal", page_id):
            return
        for item in self._queue:
            if isinstance(item, _ShowPage) and item.page.page_id == page_id:
                # Not yet on its way: the staff page never hears of it.
                self._queue.remove(item)
                log.info("page %s withdrawn before it was sent", page_id)
                return
        self._queue.append(_Notice(text, "page_withdrawn"))
        self._work.set()

    def hand_in(self, reference: str, count: int) -> None:
        text = share.pages_handed_in(reference, count)
        if self._refused("hand-in", f"{count} pages"):
            return
        self._queue.append(_Notice(text, "pages_handed_in"))
        self._work.set()

    def _refused(self, what: str, which: str) -> bool:
        if self._state is ChannelState.CLOSED:
            log.info("%s %s dropped: the call is over", what, which)
            return True
        return False

    # ---- the channel's events -----------------------------------------------------------------

    def opened(self) -> None:
        if self._state is ChannelState.WAITING and self._channel is not None:
            self._state = ChannelState.OPEN
            log.info("page channel open (%d queued)", len(self._queue))
            self._work.set()

    def drained(self) -> None:
        self._room.set()

    def closed(self) -> None:
        if self._state is ChannelState.CLOSED:
            return
        self._state = ChannelState.CLOSED
        if self._queue:
            log.info("page channel closed; %d queued items dropped", len(self._queue))
            self._queue.clear()
        self._work.set()
        self._room.set()

    def received(self, data: str | bytes) -> None:
        try:
            message = share.read_staff_message(data)
        except share.StaffMessageError as error:
            log.warning("ignored a message from the staff page: %s", error)
            return
        if message is None:
            log.info("ignored a message of a type this terminal does not know")
        elif message.page_id not in self._sent:
            log.warning("ignored page_seen for a page this call did not send")
        else:
            log.info("page %s seen on the staff page", message.page_id)
            self._page_seen(message.page_id)

    # ---- sending ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Sends what is queued, in order, until the channel closes."""
        while self._state is not ChannelState.CLOSED:
            if self._state is not ChannelState.OPEN or not self._queue:
                self._work.clear()
                await self._work.wait()
                continue
            item = self._queue.popleft()
            if not await self._deliver(item):
                if self.state is ChannelState.CLOSED:  # (read anew: _deliver may change it)
                    return
                # The link was re-established mid-page: the page goes again, whole.
                self._queue.appendleft(item)

    async def _deliver(self, item: _Outgoing) -> bool:
        channel = self._channel
        assert channel is not None  # only OPEN once attached
        for message in item.messages():
            if not await self._room_in_buffer(channel):
                return False
            try:
                channel.send(message)
            except Exception as error:  # aiortc raises InvalidStateError once it has closed
                log.info("page channel refused a message (%s)", type(error).__name__)
                self.closed()
                return False
        if isinstance(item, _ShowPage):
            self._sent.add(item.page.page_id)
            log.info("page %s sent (%d bytes)", item.page.page_id, len(item.page.jpeg))
        else:
            log.info("%s sent", item.what)
        return True

    async def _room_in_buffer(self, channel: DataChannel) -> bool:
        while channel.bufferedAmount > HIGH_WATER:
            # Cleared before the check above repeats: "bufferedamountlow" can only fire while
            # we wait, as everything runs on this one loop.
            self._room.clear()
            if self._state is ChannelState.CLOSED:
                return False
            await self._room.wait()
        return self._state is ChannelState.OPEN and channel.readyState == "open"
