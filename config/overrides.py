"""Remote config overrides: partial terminal settings held by the backoffice.

Both sides check an override with the same schema, :class:`config.schema.TerminalSettings`:
the backoffice when IT uploads it, the terminal when it arrives (merged onto its own file).
Sections that would let an override cut the terminal off its office or its data are refused.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from typing import Any

from pydantic import ValidationError

from config.loader import _key_path
from config.schema import TerminalSettings

# An override must never move the terminal to another backoffice or another data folder:
# those come from the local file and enrollment only.
FORBIDDEN_SECTIONS = frozenset({"backoffice", "device", "admin"})


class OverrideError(ValueError):
    """An override is not valid. ``str()`` names the keys, for IT."""


def parse_override_text(text: str) -> dict[str, Any]:
    """TOML, or JSON if it starts with ``{``; checked against the schema."""
    stripped = text.strip()
    try:
        data: Any = json.loads(stripped) if stripped.startswith("{") else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise OverrideError(f"neither valid TOML nor JSON: {exc}") from None
    if not isinstance(data, dict):
        raise OverrideError("an override must be a table of settings")
    return check_overrides(data)


def check_overrides(data: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
    """Returns ``data`` if it is allowed and ``base`` merged with it is valid settings."""
    forbidden = sorted(FORBIDDEN_SECTIONS & data.keys())
    if forbidden:
        raise OverrideError(f"{', '.join(forbidden)}: cannot be set remotely")
    effective_settings(base or {}, data)
    return data


def effective_settings(base: dict[str, Any], overrides: dict[str, Any]) -> TerminalSettings:
    try:
        return TerminalSettings.model_validate(merge(base, overrides))
    except ValidationError as exc:
        problems = "; ".join(
            f"{_key_path(error['loc'])}: {error['msg']}"
            for error in exc.errors(include_input=False)
        )
        raise OverrideError(problems) from None


def merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; anything else in ``overrides`` replaces what ``base`` has."""
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def overrides_sha256(overrides: dict[str, Any]) -> str:
    canonical = json.dumps(overrides, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
