"""ICE consent checks that survive a slow link (aioice 0.13).

Once connected, ICE keeps asking the other side "may I still send?" (consent freshness,
RFC 7675): a STUN check about every 5 s, and consent expires when no answer came for 30 s.
aioice sends each check *once* and counts it lost when the answer takes over 0.5 s; six lost
checks in a row close the connection. On a thin rural link whose queue holds over half a
second (300 kbit/s with video in it, or a busy cabin PC), every answer comes "too late" and a
working call is cut after ~30 s: the thin-link bench (tests/bench/bench_video_thin_link.py)
saw exactly that ("Consent to send expired").

Here each check is retransmitted (0.5 s, 1 s, 2 s: an answer up to ~3.5 s late still counts)
and consent expires by time, 30 s after the last answer, as RFC 7675 section 5.1 puts it. A
peer that is really gone is still noticed in seconds by our media watchdog
(the session watchdog, ``video.session``), so nothing waits longer for a dead call.

aioice has no hook for this, so :func:`install` swaps ``Connection.query_consent``;
:func:`uninstall` restores it (for comparisons in the bench).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import aioice.ice
from aioice import stun

log = logging.getLogger(__name__)

_stock_query_consent = aioice.ice.Connection.query_consent


@dataclass(frozen=True)
class ConsentTiming:
    interval_seconds: float = 5.0  # RFC 7675: every 5 s, randomised by ±20 %
    expiry_seconds: float = 30.0  # RFC 7675: consent expires 30 s after the last answer
    retransmissions: int = 2  # answers up to ~3.5 s late still count


def _patient_query_consent(
    timing: ConsentTiming, clock: Callable[[], float]
) -> Callable[[aioice.ice.Connection], Coroutine[Any, Any, None]]:
    async def query_consent(self: aioice.ice.Connection) -> None:
        assert self.remote_password is not None
        last_answer = clock()
        while True:
            await asyncio.sleep(timing.interval_seconds * (0.8 + 0.4 * random.random()))  # noqa: S311
            for pair in list(self._nominated.values()):
                request = self.build_request(pair, nominate=False)
                try:
                    await pair.protocol.request(
                        request,
                        pair.remote_addr,
                        integrity_key=self.remote_password.encode("utf8"),
                        retransmissions=timing.retransmissions,
                    )
                    last_answer = clock()
                except stun.TransactionError:
                    pass
            if clock() - last_answer >= timing.expiry_seconds:
                log.warning(
                    "ICE consent expired: no answer for %.0f s; closing the connection",
                    clock() - last_answer,
                )
                self._query_consent_task = None
                await self.close()
                return

    return query_consent


def install(
    timing: ConsentTiming | None = None, clock: Callable[[], float] = time.monotonic
) -> None:
    """From now on, ICE connections in this process check consent patiently."""
    aioice.ice.Connection.query_consent = _patient_query_consent(  # type: ignore[method-assign,assignment]
        timing or ConsentTiming(), clock
    )


def uninstall() -> None:
    aioice.ice.Connection.query_consent = _stock_query_consent  # type: ignore[method-assign]
