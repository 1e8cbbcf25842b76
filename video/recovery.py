"""Reconnecting a call whose link dropped: the same call, new connections.

A cabin's mobile line can vanish for seconds. aiortc cannot restart ICE on a peer connection
(no ``restartIce``, aiortc/aiortc#211 and #1367; nor can it take a second offer/answer on a
connection that is up), and after a drop the relay itself is often gone: the cabin's NAT
forgot its mapping, so coturn sees a stranger. So the terminal renegotiates the call with
fresh peer connections inside the same call id: it tells the hub ``resume`` (over a new
socket if the old one died with the link), gets fresh TURN credentials, offers staff (and an
interpreter) new connections and waits for media. The terminal drives it, because it is the
one that knows its link failed (its media watchdog) and the one that always offers.

Each attempt has :data:`ATTEMPT_SECONDS`; attempts repeat until ``reconnect_seconds`` after
the media stopped. A socket that stays silent after ``resume`` for :data:`RESUME_SECONDS` is
taken as dead and replaced, so a link that comes back is used within about a second.
"""

from __future__ import annotations

import asyncio
import logging

from websockets.exceptions import InvalidStatus, InvalidURI, WebSocketException

from contract import signaling as s
from video.session import CallOverError, CallSession
from video.state import CallState

log = logging.getLogger(__name__)

ATTEMPT_SECONDS = 8.0
RESUME_SECONDS = 1.5
CONNECT_SECONDS = 2.0
RETRY_PAUSE_SECONDS = 0.2

_RETRYABLE = (TimeoutError, OSError, WebSocketException, InvalidURI, RuntimeError)


async def reconnect(session: CallSession) -> None:
    clock = session.clock
    lost_at = clock()
    deadline = lost_at + session.settings.reconnect_seconds
    session.metrics.reconnects.append((lost_at, None))
    session.states.move(CallState.RECONNECTING)
    for party in list(session.links):
        await session.drop_link(party)  # their relays went with the link
    attempt = 0
    while (left := deadline - clock()) > 0:
        attempt += 1
        try:
            await asyncio.wait_for(_attempt(session), min(ATTEMPT_SECONDS, left))
        except CallOverError:
            return  # the hub no longer holds the call; the session has ended it
        except InvalidStatus as error:
            log.error("reconnect refused by the backoffice (HTTP %s)", error.response.status_code)
            break
        except _RETRYABLE as error:
            log.info("reconnect attempt %d failed: %s", attempt, type(error).__name__)
            await session.drop_link(s.Party.STAFF)
            await asyncio.sleep(RETRY_PAUSE_SECONDS)
            continue
        back_at = clock()
        session.metrics.reconnects[-1] = (lost_at, back_at)
        # An interpreter's connection follows once staff's is up (CallSession._on_link_state).
        log.info("call reconnected after %.1f s (%d attempts)", back_at - lost_at, attempt)
        return
    log.warning("call not reconnected within %.0f s; ending it", session.settings.reconnect_seconds)
    await session.finish(CallState.FAILED)


async def _attempt(session: CallSession) -> None:
    signaling = session.signaling
    resumed = False
    if signaling.open:
        try:
            await _resume(session, RESUME_SECONDS)
            resumed = True
        except TimeoutError:
            log.info("no answer to resume on the old socket; opening a new one")
    if not resumed:
        await signaling.connect(open_timeout=CONNECT_SECONDS)
        await _resume(session, RESUME_SECONDS * 2)
    assert session.call_id is not None
    sdp = await session.staff_offer()
    answer = session.expect(f"answer:{s.Party.STAFF}")
    await signaling.send(s.Offer(call_id=session.call_id, sdp=sdp))
    await answer
    await _media_flowing(session)


async def _resume(session: CallSession, patience: float) -> None:
    """``resume`` and the hub's ``resumed`` with fresh ICE servers (raises TimeoutError)."""
    assert session.call_id is not None
    resumed = session.expect("resumed")
    ice = session.expect("ice")
    await session.signaling.send(s.Resume(call_id=session.call_id))
    await asyncio.wait_for(resumed, patience)
    await asyncio.wait_for(ice, patience)


async def _media_flowing(session: CallSession) -> None:
    link = session.links[s.Party.STAFF]
    while link.video_frames == 0 and link.audio_frames == 0:
        await asyncio.sleep(0.02)
