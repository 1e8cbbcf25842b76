"""Debian's coturn (use-auth-secret) accepts the credentials the backoffice issues, over UDP,
TCP and TLS, and refuses expired or forged ones. The TURN client is aioice's, the one the
terminal's calls use."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aioice import stun, turn

from backoffice.signaling.turn import IceServerGrant, TurnCredentials
from config.schema import TurnSettings
from tests.helpers.coturn import CoturnServer, running_coturn
from tests.helpers.test_ca import ServerCertificate, issue_server_certificate

SECRET = "coturn-und-backoffice-teilen-dies"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> ServerCertificate:
    return issue_server_certificate(tmp_path_factory.mktemp("tls"), "127.0.0.1")


@pytest.fixture(scope="module")
def coturn(
    tmp_path_factory: pytest.TempPathFactory, certificate: ServerCertificate
) -> Iterator[CoturnServer]:
    with running_coturn(tmp_path_factory.mktemp("coturn"), "127.0.0.1", SECRET, certificate) as s:
        yield s


def _issuer(
    coturn: CoturnServer, secret: str = SECRET, clock_offset: float = 0.0
) -> TurnCredentials:
    settings = TurnSettings(
        urls=[coturn.url("udp"), coturn.url("tcp"), coturn.url("tls")],
        shared_secret_file=Path("/unused"),
        ttl_seconds=600,
    )
    return TurnCredentials(settings, secret.encode(), lambda: time.time() + clock_offset)


class _Discard(asyncio.DatagramProtocol):
    pass


async def _relay_address(
    coturn: CoturnServer, server: IceServerGrant, transport: str, context: ssl.SSLContext | None
) -> tuple[str, int]:
    port = coturn.tls_port if transport == "tls" else coturn.port
    assert port is not None
    endpoint, _ = await asyncio.wait_for(
        turn.create_turn_endpoint(
            _Discard,
            server_addr=(coturn.address, port),
            username=server.username,
            password=server.credential,
            ssl=context,
            transport="udp" if transport == "udp" else "tcp",
        ),
        10,
    )
    try:
        relayed: tuple[str, int] = endpoint.get_extra_info("sockname")
        return relayed
    finally:
        endpoint.close()


@pytest.mark.parametrize("transport", ["udp", "tcp", "tls"])
def test_issued_credentials_get_a_relay(
    coturn: CoturnServer, certificate: ServerCertificate, transport: str
) -> None:
    server = _issuer(coturn).issue("0123456789abcdef" * 2, "kiosk").servers[0]
    context = None
    if transport == "tls":
        context = ssl.create_default_context(cafile=str(certificate.ca_file))
    relayed = asyncio.run(_relay_address(coturn, server, transport, context))
    assert relayed[0] == coturn.address and relayed[1] > 0


@pytest.mark.parametrize(
    ("secret", "clock_offset"),
    [
        (SECRET, -700.0),  # issued 700 s ago with a 600 s lifetime: expired
        ("ein-anderes-geheimnis-als-coturns", 0.0),  # minted without the office's secret
    ],
    ids=["expired", "wrong-secret"],
)
def test_expired_or_forged_credentials_are_refused(
    coturn: CoturnServer, secret: str, clock_offset: float
) -> None:
    server = _issuer(coturn, secret, clock_offset).issue("f" * 32, "kiosk").servers[0]
    with pytest.raises(stun.TransactionFailed) as refused:
        asyncio.run(_relay_address(coturn, server, "udp", None))
    assert refused.value.response.error_code == 401
