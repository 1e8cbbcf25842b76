"""Settings for terminal and backoffice: one pydantic schema, TOML files, clear errors.

Public surface: :func:`load_terminal_settings`, :func:`load_backoffice_settings`,
:class:`TerminalSettings`, :class:`BackofficeSettings`, :class:`ConfigError`.
"""

from config.loader import ConfigError, load_backoffice_settings, load_terminal_settings
from config.schema import BackofficeSettings, TerminalSettings

__all__ = [
    "BackofficeSettings",
    "ConfigError",
    "TerminalSettings",
    "load_backoffice_settings",
    "load_terminal_settings",
]
