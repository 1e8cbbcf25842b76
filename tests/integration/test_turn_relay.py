"""Debian's coturn (use-auth-secret) accepts the credentials the backoffice issues, over UDP,
TCP and TLS, and refuses expired or forged ones. The TURN client is aioice's, the one the
terminal's calls use; and the terminal picks the first of the office's TURN URLs that
answers."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aioice import stun, turn

from backoffice.signaling.turn import IceServerGrant, TurnCredentials
from config.turn import TurnSettings
from tests.helpers.coturn import CoturnServer, running_coturn
from tests.helpers.test_ca import ServerCertificate, issue_server_certificate
from video.turn_route import ProbeProtocol, TurnOption, delete_allocation, usable_turn

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


async def _relay_address(
    coturn: CoturnServer, server: IceServerGrant, transport: str, context: ssl.SSLContext | None
) -> tuple[str, int]:
    port = coturn.tls_port if transport == "tls" else coturn.port
    assert port is not None
    endpoint, probe = await asyncio.wait_for(
        turn.create_turn_endpoint(
            ProbeProtocol,
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
        await delete_allocation(endpoint, probe)


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


# ---- the terminal's choice among the office's TURN URLs (video.turn_route) ----------------


def _options(coturn: CoturnServer, *urls: str) -> list[TurnOption]:
    server = _issuer(coturn).issue("a1" * 16, "kiosk").servers[0]
    assert server.username is not None and server.credential is not None
    return [TurnOption(url, server.username, server.credential) for url in urls]


@pytest.fixture
def trusts_test_ca(certificate: ServerCertificate, monkeypatch: pytest.MonkeyPatch) -> None:
    # As a terminal trusts the office's CA: through OpenSSL's default verify paths.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.ca_file))


@pytest.mark.usefixtures("trusts_test_ca")
def test_a_terminal_takes_udp_where_it_works(coturn: CoturnServer) -> None:
    options = _options(coturn, coturn.url("udp"), coturn.url("tcp"), coturn.url("tls"))
    assert asyncio.run(usable_turn(options)) == options[0]


@pytest.mark.usefixtures("trusts_test_ca")
def test_where_udp_goes_unanswered_the_next_transport_is_taken(coturn: CoturnServer) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as black_hole:
        # Takes datagrams and never answers, as a firewall that drops UDP does.
        black_hole.bind(("127.0.0.1", 0))
        silent_udp = f"turn:127.0.0.1:{black_hole.getsockname()[1]}?transport=udp"
        options = _options(coturn, silent_udp, coturn.url("tls"), coturn.url("tcp"))
        assert asyncio.run(usable_turn(options, timeout=1.0)) == options[1]


def test_a_relay_that_refuses_the_credentials_is_not_taken(coturn: CoturnServer) -> None:
    refused = [TurnOption(coturn.url("udp"), "1:forged", "bm90LXZhbGlk")]
    assert asyncio.run(usable_turn(refused, timeout=1.0)) is None
