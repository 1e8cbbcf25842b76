"""Subcommands of ``kiosk``; see ``kiosk.cli``."""
