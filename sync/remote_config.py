"""The terminal's copy of its remote config: checked on arrival, the last good one kept.

Stored as ``remote-config.json`` in the data folder. ``kiosk sync`` writes it when a heartbeat
answer brings a new one; ``kiosk run`` reads it at start (:func:`effective_settings`). A bad one
(refused by the schema, or forbidden sections) is never written: the previous one stays.
"""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from config import ConfigError, load_terminal_settings
from config.overrides import OverrideError, check_overrides, overrides_sha256
from config.overrides import effective_settings as merged_settings
from config.schema import TerminalSettings
from contract.fleet import RemoteConfig
from durable.files import write_file_atomically

log = logging.getLogger(__name__)

REMOTE_CONFIG_FILE = "remote-config.json"


def local_config_data(config_path: Path | None) -> dict[str, Any]:
    """The local TOML file as a table (the loader has already refused a broken one)."""
    if config_path is None:
        return {}
    try:
        return tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_path}: cannot read config file ({exc})") from None


class RemoteConfigStore:
    def __init__(self, data_dir: Path, local: dict[str, Any]) -> None:
        self.path = data_dir / REMOTE_CONFIG_FILE
        self._local = local

    def current(self) -> RemoteConfig | None:
        try:
            return RemoteConfig.model_validate_json(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError):
            log.warning("%s is unreadable; running with the local config only", self.path)
            return None

    def current_sha256(self) -> str:
        current = self.current()
        return "" if current is None else current.sha256

    def accept(self, remote: RemoteConfig) -> bool:
        """Stores ``remote`` if valid on top of the local file; ``False`` keeps the last good."""
        if remote.sha256 == self.current_sha256():
            return True
        try:
            if overrides_sha256(remote.overrides) != remote.sha256:
                raise OverrideError("checksum does not match the content")
            check_overrides(remote.overrides, self._local)
        except OverrideError as exc:
            log.error(
                "remote config %s refused, keeping the last good one: %s", remote.sha256[:12], exc
            )
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_file_atomically(self.path, remote.model_dump_json(indent=2).encode("utf-8"))
        log.info("remote config %s accepted; applies when the UI next starts", remote.sha256[:12])
        return True


def effective_settings(config_path: Path | None, data_dir: Path | None = None) -> TerminalSettings:
    """The local file with the stored remote overrides on top; local only if they do not fit."""
    local_settings = load_terminal_settings(config_path)
    folder = data_dir or local_settings.device.data_dir
    local = local_config_data(config_path)
    remote = RemoteConfigStore(folder, local).current()
    if remote is None:
        return local_settings
    try:
        return merged_settings(local, check_overrides(remote.overrides, local))
    except OverrideError as exc:
        log.error("stored remote config does not fit the local file, ignoring it: %s", exc)
        return local_settings
