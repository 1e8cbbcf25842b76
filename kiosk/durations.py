"""Durations as people say them: "2 Minuten", "45 Sekunden", never "600 Sekunden".

Plural forms come from each language's translation (Qt's ``%n`` numerus forms: Arabic has
six, Ukrainian and Russian three), so "1 Minute" / "2 Minuten" / "5 хвилин" are all right.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

_MINUTE = 60


def in_words(seconds: float) -> str:
    """Under a minute in seconds, from a minute on in whole minutes (rounded up: a countdown
    never promises less time than is left)."""
    whole = max(0, math.ceil(seconds))
    if whole < _MINUTE:
        return QCoreApplication.translate("Durations", "%n second(s)", "", whole)
    return QCoreApplication.translate("Durations", "%n minute(s)", "", math.ceil(whole / _MINUTE))
