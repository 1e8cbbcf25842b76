"""The terminal's remote config: a good one is kept, a bad one refused, the last good one stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from config.overrides import OverrideError, overrides_sha256, parse_override_text
from contract.fleet import RemoteConfig
from sync.remote_config import RemoteConfigStore, effective_settings


def remote(overrides: dict[str, Any]) -> RemoteConfig:
    return RemoteConfig(sha256=overrides_sha256(overrides), overrides=overrides)


def test_a_good_override_is_stored_and_used_at_the_next_start(tmp_path: Path) -> None:
    config = tmp_path / "terminal.toml"
    config.write_text(f'[device]\ndata_dir = "{tmp_path / "data"}"\n[site]\nlocation = "Foyer"\n')
    store = RemoteConfigStore(tmp_path / "data", {})
    assert store.accept(remote({"timeouts": {"inactivity_seconds": 200}}))
    settings = effective_settings(config)
    assert settings.timeouts.inactivity_seconds == 200
    assert settings.site.location == "Foyer"


@pytest.mark.parametrize(
    "bad",
    [
        {"timeouts": {"inactivity_seconds": 1}},  # below the schema's minimum
        {"timeouts": {"no_such_key": 1}},
        {"device": {"data_dir": "/srv/elsewhere"}},  # never remotely
        {"backoffice": {"url": "http://evil.example"}},
    ],
)
def test_a_bad_override_is_refused_and_the_last_good_one_kept(
    tmp_path: Path, bad: dict[str, Any]
) -> None:
    store = RemoteConfigStore(tmp_path, {})
    good = remote({"timeouts": {"inactivity_seconds": 200}})
    assert store.accept(good)
    assert not store.accept(remote(bad))
    assert store.current() == good


def test_an_override_whose_checksum_does_not_match_is_refused(tmp_path: Path) -> None:
    store = RemoteConfigStore(tmp_path, {})
    forged = RemoteConfig(sha256="0" * 64, overrides={"timeouts": {"inactivity_seconds": 200}})
    assert not store.accept(forged)
    assert store.current() is None


def test_the_backoffice_side_names_the_key_of_a_bad_upload() -> None:
    with pytest.raises(OverrideError, match=r"timeouts\.inactivity_seconds"):
        parse_override_text("[timeouts]\ninactivity_seconds = 2\n")
    assert parse_override_text('{"site": {"location": "Foyer"}}') == {"site": {"location": "Foyer"}}
    with pytest.raises(OverrideError, match="neither valid TOML nor JSON"):
        parse_override_text("[timeouts\n")
