"""Reads TOML settings files and turns every mistake into one line naming file and key."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ValidationError

from config.schema import BackofficeSettings, TerminalSettings


class ConfigError(Exception):
    """A settings file is missing, unreadable or invalid. ``str()`` is the message for IT."""


def _key_path(location: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in location:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
        else:
            parts.append(item)
    return ".".join(parts) or "(top level)"


def _describe(error: ValidationError, path: Path) -> str:
    lines = []
    for problem in error.errors():
        key = _key_path(problem["loc"])
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key (misspelt, or not valid in this section)"
        lines.append(f"{path}: {key}: {message}")
    return "\n".join(lines)


def _load[S: BaseModel](path: Path | None, schema: type[S]) -> S:
    if path is None:
        return schema()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None


def load_terminal_settings(path: Path | None = None) -> TerminalSettings:
    """Settings for the terminal; ``None`` gives the built-in demo defaults."""
    return _load(path, TerminalSettings)


def load_backoffice_settings(path: Path | None = None) -> BackofficeSettings:
    """Settings for the backoffice; ``None`` gives the built-in defaults."""
    return _load(path, BackofficeSettings)
