"""Admin mode's findings in words an IT person reads at a glance; the technical detail apart.

Admin mode speaks German, or English when the terminal's language is English (the other
languages' translation files carry the German words: IT staff of a German job centre read
German, whatever language the citizens choose). Every text is a literal
``QCoreApplication.translate("Admin", ...)``, so lupdate finds it. Exception class names,
device strings and full ids go into a ``detail`` the screen shows only behind "Details".
"""

from __future__ import annotations

import uuid

import requests
from PySide6.QtCore import QCoreApplication

from contract.fleet import Presence, ScannerHealth
from scanner.page_checks import Edge, PageCheck, PageEncoding


def short_id(value: uuid.UUID | str) -> str:
    """The first block of a UUID, enough to tell terminals apart on a screen ("54c06238")."""
    return str(value).split("-")[0]


def health_words(health: ScannerHealth) -> str:
    words = {
        ScannerHealth.OK: QCoreApplication.translate("Admin", "working"),
        ScannerHealth.JAMMED: QCoreApplication.translate("Admin", "paper jam"),
        ScannerHealth.COVER_OPEN: QCoreApplication.translate("Admin", "cover open"),
        ScannerHealth.NOT_FOUND: QCoreApplication.translate("Admin", "not found"),
        ScannerHealth.ERROR: QCoreApplication.translate("Admin", "reports an error"),
        ScannerHealth.UNKNOWN: QCoreApplication.translate("Admin", "not checked yet"),
    }
    return words[health]


def presence_words(presence: Presence) -> str:
    words = {
        Presence.PRESENT: QCoreApplication.translate("Admin", "connected"),
        Presence.MISSING: QCoreApplication.translate("Admin", "not connected"),
        Presence.UNKNOWN: QCoreApplication.translate("Admin", "unknown (no sound system found)"),
    }
    return words[presence]


def connection_problem(error: requests.RequestException) -> str:
    """Why the office could not be reached, as IT would say it (the class goes in the detail)."""
    if isinstance(error, requests.exceptions.SSLError):
        return QCoreApplication.translate(
            "Admin", "not reachable: the office's certificate is not trusted"
        )
    if isinstance(error, requests.exceptions.Timeout):
        return QCoreApplication.translate("Admin", "not reachable: no answer in time")
    if isinstance(error, requests.exceptions.ConnectionError):
        return QCoreApplication.translate(
            "Admin", "not reachable: connection refused or address unknown"
        )
    return QCoreApplication.translate("Admin", "not reachable")


def technical(error: BaseException) -> str:
    """For the Details: the exception's class and message (no citizen's data passes here)."""
    return f"{type(error).__name__}: {error}"


def _edge(edge: Edge) -> str:
    words = {
        Edge.TOP: QCoreApplication.translate("Admin", "top"),
        Edge.BOTTOM: QCoreApplication.translate("Admin", "bottom"),
        Edge.LEFT: QCoreApplication.translate("Admin", "left"),
    }
    return words.get(edge, QCoreApplication.translate("Admin", "right"))


def page_check_words(check: PageCheck) -> str:
    """'Content touches the edge: top, bottom. Not blank. Exposure fine. Encoded as black and
    white (CCITT G4).' One sentence per finding."""
    sentences = []
    if check.cut_off:
        edges = ", ".join(_edge(edge) for edge in check.cut_off)
        sentences.append(
            QCoreApplication.translate("Admin", "Content touches the edge: %1.").replace(
                "%1", edges
            )
        )
    else:
        sentences.append(QCoreApplication.translate("Admin", "No content at the edges."))
    sentences.append(
        QCoreApplication.translate("Admin", "Blank page.")
        if check.blank
        else QCoreApplication.translate("Admin", "Not blank.")
    )
    if check.too_dark:
        sentences.append(QCoreApplication.translate("Admin", "Too dark."))
    elif check.too_light:
        sentences.append(QCoreApplication.translate("Admin", "Too light."))
    else:
        sentences.append(QCoreApplication.translate("Admin", "Exposure fine."))
    encodings = {
        PageEncoding.BILEVEL: QCoreApplication.translate(
            "Admin", "Encoded as black and white (CCITT G4)."
        ),
        PageEncoding.GRAY: QCoreApplication.translate("Admin", "Encoded as grey (JPEG)."),
        PageEncoding.COLOR: QCoreApplication.translate("Admin", "Encoded in colour (JPEG)."),
    }
    sentences.append(encodings[check.encoding])
    return " ".join(sentences)


def page_check_detail(check: PageCheck) -> str:
    return ", ".join(f"{key}={value}" for key, value in check.as_dict().items())
