"""TURN settings and the credentials each party of a call gets (coturn's REST API scheme).

That coturn really accepts them, over UDP, TCP and TLS, is tests/integration/test_turn_relay.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backoffice.signaling.turn import TurnCredentials, TurnSecretError, read_turn_secret
from config import ConfigError
from config.loader import load_backoffice_settings
from config.schema import BackofficeSettings
from config.turn import TurnSettings

SECRET = b"ein-geteiltes-geheimnis-fuer-coturn"
NOW = 1_800_000_000.0


def _issuer(urls: list[str], ttl: int = 600) -> TurnCredentials:
    settings = TurnSettings(urls=urls, shared_secret_file=Path("/unused"), ttl_seconds=ttl)
    return TurnCredentials(settings, SECRET, wall_clock=lambda: NOW)


def test_no_turn_service_by_default_and_no_public_server() -> None:
    settings = BackofficeSettings()
    assert settings.turn.urls == []
    grant = TurnCredentials.from_settings(settings.turn).issue("a" * 32, "kiosk")
    assert grant.servers == ()


def test_each_party_gets_its_own_credentials_expiring_after_the_ttl() -> None:
    issuer = _issuer(["turn:turn.example.org:3478?transport=udp",
                      "turns:turn.example.org:443?transport=tcp"])  # fmt: skip
    kiosk = issuer.issue("c0ffee" * 5 + "00", "kiosk").servers[0]
    staff = issuer.issue("c0ffee" * 5 + "00", "staff").servers[0]
    assert kiosk.urls == ("turn:turn.example.org:3478?transport=udp",
                          "turns:turn.example.org:443?transport=tcp")  # fmt: skip
    assert kiosk.username == f"{int(NOW) + 600}:{'c0ffee' * 5}00.kiosk"
    assert staff.username != kiosk.username
    assert staff.credential != kiosk.credential
    # base64 of a 20-byte HMAC-SHA1
    assert kiosk.credential is not None and len(kiosk.credential) == 28


def test_stun_urls_come_without_credentials() -> None:
    grant = _issuer(["turn:t.example:3478", "stun:t.example:3478"]).issue("b" * 32, "kiosk")
    assert [s.urls for s in grant.servers] == [("turn:t.example:3478",), ("stun:t.example:3478",)]
    assert grant.servers[1].username is None and grant.servers[1].credential is None


def test_turn_urls_without_a_secret_file_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "office.toml"
    config.write_text('[turn]\nurls = ["turn:turn.example.org:3478"]\n')
    with pytest.raises(ConfigError, match=r"turn: .*shared_secret_file is required"):
        load_backoffice_settings(config)


@pytest.mark.parametrize(
    "url",
    ["http://turn.example.org", "turn:turn.example.org", "turn:t.example:3478?transport=sctp",
     "turn:t.example:3478 ; rm -rf /"],
)  # fmt: skip
def test_malformed_turn_urls_are_refused_naming_the_key(tmp_path: Path, url: str) -> None:
    config = tmp_path / "office.toml"
    config.write_text(f'[turn]\nurls = ["{url}"]\nshared_secret_file = "/etc/x"\n')
    with pytest.raises(ConfigError, match=r"turn\.urls\[0\]: "):
        load_backoffice_settings(config)


def test_the_secret_file_must_exist_be_private_and_long_enough(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(TurnSecretError, match="file not found"):
        read_turn_secret(missing)
    open_file = tmp_path / "world-readable"
    open_file.write_text("x" * 32 + "\n")
    open_file.chmod(0o644)
    with pytest.raises(TurnSecretError, match="readable by every user"):
        read_turn_secret(open_file)
    short = tmp_path / "short"
    short.write_text("kurz\n")
    short.chmod(0o600)
    with pytest.raises(TurnSecretError, match="shorter than 16"):
        read_turn_secret(short)
    good = tmp_path / "good"
    good.write_text("  " + "s" * 20 + "  \nsecond line ignored\n")
    good.chmod(0o640)
    assert read_turn_secret(good) == b"s" * 20
