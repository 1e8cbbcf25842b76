"""The fleet page's words for what terminals report: German for IT, never a raw enum value.

The stable English codes ("scanner jammed", "missing") stay for logs, ``/metrics`` and the
page's "Details"; this module is what the page shows first.
"""

from __future__ import annotations

import uuid

from contract.fleet import Presence, ScannerHealth

_SCANNER = {
    ScannerHealth.OK: "funktioniert",
    ScannerHealth.JAMMED: "Papierstau",
    ScannerHealth.COVER_OPEN: "Deckel offen",
    ScannerHealth.NOT_FOUND: "nicht gefunden",
    ScannerHealth.ERROR: "meldet einen Fehler",
    ScannerHealth.UNKNOWN: "noch nicht geprüft",
}

_PRESENCE = {
    Presence.PRESENT: "angeschlossen",
    Presence.MISSING: "fehlt",
    Presence.UNKNOWN: "unbekannt",
}


def scanner_words(health: ScannerHealth) -> str:
    return _SCANNER[health]


def presence_words(presence: Presence) -> str:
    return _PRESENCE[presence]


def short_id(value: uuid.UUID | str) -> str:
    """A terminal's id as people compare it on a screen: its first block ("54c06238")."""
    return str(value).split("-")[0]
