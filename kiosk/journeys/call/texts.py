"""Citizen-facing sentences about who is in the call, all through Qt's translation system.

They are built here (not in QML) because read-aloud speaks the same sentence the screen shows
when it changes (an interpreter joins, the link drops), see :mod:`.parties`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_CONTEXT = "CallJourney"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _fill(text: str, *values: str) -> str:
    """Qt's %1, %2 in one pass: a name that itself contains "%2" stays as it is."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], text)


def staff_line(name: str, team: str) -> str:
    """Who took the call, as they chose to be named (empty: nothing is said)."""
    if not name:
        return ""
    if team:
        return _fill(_tr("You are talking to %1 (%2)."), name, team)
    return _fill(_tr("You are talking to %1."), name)


def interpreter_joined(name: str, language: str, audio_only: bool) -> str:
    """``language`` is the interpreted language's own name (e.g. "Українська")."""
    text = (
        _tr("Interpreter %1 (%2) has joined the call by voice only.")
        if audio_only
        else _tr("Interpreter %1 (%2) has joined the call.")
    )
    return _fill(text, name, language)


def interpreter_left() -> str:
    return _tr("The interpreter has left the call.")


def reconnecting() -> str:
    return _tr("Reconnecting …")


def reconnecting_hint() -> str:
    return _tr("Please wait. The call goes on as soon as the connection is back.")
