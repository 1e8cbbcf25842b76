"""The installed software's version, as both programs report it (``--version``, heartbeats)."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "buergerterminal"


def software_version() -> str:
    """The version of the installed distribution, or ``0+unknown`` when run from a bare tree."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
