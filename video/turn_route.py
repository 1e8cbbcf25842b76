"""Which of the office's TURN URLs a call's connection uses: the first that answers.

aiortc takes one TURN server per peer connection ("only a single TURN server is supported",
``aiortc.rtcicetransport.connection_kwargs``) and waits up to 5 s for it while gathering. A
cabin on a network that lets no UDP out would spend those 5 s on ``turn:…?transport=udp``
and then have no relay at all, although ``turns:…:443`` would have worked. So before each
connection the terminal asks every TURN URL at once for a relay (an allocation, deleted again
at once) and takes the first in the office's order that answered: UDP where it works (least
delay), else TCP, else TLS on 443.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from aioice import stun, turn
from aiortc import RTCConfiguration, RTCIceServer
from aiortc.rtcicetransport import parse_stun_turn_uri

from config.schema import VideoSettings
from contract.signaling import IceServer

log = logging.getLogger(__name__)

# Long enough for a TLS handshake and an allocation across a slow mobile link; a relay that
# takes longer than this to allocate would not carry a conversation either.
PROBE_SECONDS = 2.5
# How long a probe's allocation may take to be deleted (one round trip to the relay).
DELETE_SECONDS = 1.0


@dataclass(frozen=True)
class TurnOption:
    url: str  # turn:host:port?transport=udp|tcp or turns:host:port?transport=tcp
    username: str
    credential: str


class ProbeProtocol(asyncio.DatagramProtocol):
    """Receives nothing; knows when its allocation is deleted and its socket closed."""

    def __init__(self) -> None:
        self.closed = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)


async def _answers(option: TurnOption, closing: list[asyncio.Task[None]]) -> bool:
    parsed = parse_stun_turn_uri(option.url)
    try:
        endpoint, probe = await turn.create_turn_endpoint(
            ProbeProtocol,
            server_addr=(parsed["host"], parsed["port"]),
            username=option.username,
            password=option.credential,
            ssl=parsed["scheme"] == "turns",
            transport=parsed["transport"],
        )
    except (OSError, ConnectionError, stun.TransactionTimeout) as error:
        log.info("TURN %s not reachable from here: %s", _where(option.url), type(error).__name__)
        return False
    except stun.TransactionFailed as error:  # e.g. 401: credentials expired or not the office's
        log.warning("TURN %s refused us: %s", _where(option.url), error)
        return False
    # The call's connection makes its own allocation: this one is deleted, and its socket
    # closed, even when the probe is no longer wanted (usable_turn waits for ``closing``).
    closing.append(asyncio.ensure_future(delete_allocation(endpoint, probe)))
    return True


async def delete_allocation(endpoint: turn.TurnTransport, probe: ProbeProtocol) -> None:
    """Deletes a probe's allocation and waits (briefly) until its socket is closed."""
    endpoint.close()
    try:
        await asyncio.wait_for(asyncio.shield(probe.closed), DELETE_SECONDS)
    except TimeoutError:
        log.info("a TURN probe's allocation was not deleted in time; it expires by itself")


def _where(url: str) -> str:
    """The URL without anything but scheme, host, port and transport (it holds no secrets,
    but keep log lines short)."""
    return url.split("?")[0] + (" (tcp)" if "transport=tcp" in url else "")


async def usable_turn(
    options: Sequence[TurnOption], timeout: float = PROBE_SECONDS
) -> TurnOption | None:
    """The first of ``options`` (in their order) that gives a relay within ``timeout``.

    All are tried at once; the answer comes as soon as the best one still possible has
    answered, so a network where UDP works pays one round trip, not the timeout."""
    if not options:
        return None
    closing: list[asyncio.Task[None]] = []
    tasks = [asyncio.ensure_future(_answers(option, closing)) for option in options]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        for option, task in zip(options, tasks, strict=True):
            try:
                # Past the deadline this only takes an answer that is already in.
                usable = await asyncio.wait_for(
                    asyncio.shield(task), max(deadline - loop.time(), 0)
                )
            except TimeoutError:
                usable = False
            if usable:
                log.info("calls relay through %s", _where(option.url))
                return option
        log.warning("no TURN URL gave a relay; the call can only connect directly")
        return None
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*closing, return_exceptions=True)


async def call_configuration(
    servers: Sequence[IceServer], fallback: VideoSettings
) -> RTCConfiguration:
    """The peer connection's ICE configuration for one party of a call.

    ``servers`` are the hub's for this call (TURN credentials of our own); a terminal whose
    hub sends none uses its configured ``video.ice_servers``. One STUN and the one TURN URL
    that answered are all aiortc can use.

    Not ``max-bundle``, although one transport would need one relay instead of one per media
    kind: aiortc 1.16 then takes the remote candidates from the *last* m-section of the
    answer (``iceCandidates[iceTransport] = media`` in ``setRemoteDescription``), and
    Chromium's bundled answer has them in the first only. Behind NAT, no pair forms at all."""
    turn_options = [
        TurnOption(url, server.username or "", server.credential or "")
        for server in servers
        for url in server.urls
        if url.startswith("turn")
    ]
    stun = next((u for s in servers for u in s.urls if u.startswith("stun:")), None)
    ice: list[RTCIceServer] = []
    if stun is not None:
        ice.append(RTCIceServer(urls=[stun]))
    chosen = await usable_turn(turn_options)
    if chosen is not None:
        ice.append(RTCIceServer([chosen.url], chosen.username, chosen.credential))
    if not servers and fallback.ice_servers:
        ice.append(
            RTCIceServer(
                urls=list(fallback.ice_servers),
                username=fallback.ice_username or None,
                credential=fallback.ice_credential or None,
            )
        )
    # Always explicit: with iceServers unset aiortc quietly asks Google's public STUN server,
    # which leaks the cabin's address and adds 5 s to each call when unreachable.
    return RTCConfiguration(iceServers=ice)
