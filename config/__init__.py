"""Settings for terminal and backoffice: one pydantic schema, TOML files, clear errors.

The schema is :mod:`config.schema` (the two roots and the small sections), with the sections
that carry texts in every language in :mod:`config.site`, :mod:`config.callback` and
:mod:`config.documents`; :mod:`config.loader` reads a file and names the key of any mistake;
:mod:`config.overrides` merges the remote config IT sets on the fleet page. Both sides import
it; it imports nothing of ours. Public surface: :func:`load_terminal_settings`,
:func:`load_backoffice_settings`, :class:`TerminalSettings`, :class:`BackofficeSettings`,
:class:`ConfigError`.
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
