"""Subcommands of ``backoffice``; see :mod:`backoffice.cli`."""
