"""ICE consent on a slow link: two real aioice connections on loopback, the answering side
made slow as a full queue on a thin link makes it. A call must not be cut because answers take
a second; it must end when the other side is really gone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from aioice import Connection, stun
from aioice.ice import StunProtocol

from video import consent

# Seconds scaled down from RFC 7675's 5 s / 30 s so the test takes a few seconds.
FAST = consent.ConsentTiming(interval_seconds=0.2, expiry_seconds=1.5, retransmissions=2)


@pytest.fixture
def patient_consent() -> Iterator[None]:
    consent.install(FAST)
    yield
    consent.uninstall()


async def _connected_pair() -> tuple[Connection, Connection]:
    caller = Connection(ice_controlling=True)
    answerer = Connection(ice_controlling=False)
    await asyncio.gather(caller.gather_candidates(), answerer.gather_candidates())
    for this, other in ((caller, answerer), (answerer, caller)):
        for candidate in other.local_candidates:
            await this.add_remote_candidate(candidate)
        await this.add_remote_candidate(None)
        this.remote_username = other.local_username
        this.remote_password = other.local_password
    await asyncio.gather(caller.connect(), answerer.connect())
    return caller, answerer


def _answer_late(connection: Connection, seconds: float | None) -> None:
    """The connection answers STUN checks ``seconds`` late (``None``: never)."""
    answer = connection.request_received
    loop = asyncio.get_running_loop()

    def late(message: stun.Message, addr: tuple[str, int], protocol: StunProtocol) -> None:
        if seconds is not None:
            loop.call_later(seconds, answer, message, addr, protocol)

    connection.request_received = late  # type: ignore[method-assign]


async def _still_sends(connection: Connection) -> bool:
    try:
        await connection.send(b"still here?")
    except ConnectionError:
        return False
    return bool(connection._nominated)


def test_answers_a_second_late_keep_the_connection(patient_consent: None) -> None:
    async def scenario() -> bool:
        caller, answerer = await _connected_pair()
        try:
            _answer_late(answerer, 1.0)  # stock aioice gives up on each after 0.5 s
            await asyncio.sleep(FAST.expiry_seconds * 2.5)
            return await _still_sends(caller)
        finally:
            await asyncio.gather(caller.close(), answerer.close())

    assert asyncio.run(scenario()) is True


def test_a_peer_that_never_answers_loses_consent(patient_consent: None) -> None:
    async def scenario() -> bool:
        caller, answerer = await _connected_pair()
        try:
            _answer_late(answerer, None)
            await asyncio.sleep(FAST.expiry_seconds * 2.5)
            return await _still_sends(caller)
        finally:
            await asyncio.gather(caller.close(), answerer.close())

    assert asyncio.run(scenario()) is False
