"""From a terminal's last heartbeat to what the fleet page shows: a status class and problems.

Rules (one place, so the page, the alert list and ``/metrics`` agree):

    revoked                                   REVOKED
    no heartbeat for 3 intervals + 30 s       OFFLINE (since the last one)
    scanner jammed, cover open, not found     ALARM
    undelivered for over an hour, disk < 5 %  ALARM
    outbox damaged or unusable                ALARM
    undelivered for over 10 min, quarantined
    items, disk < 15 %, delivery failing      WARNING
    otherwise                                 OK
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from contract.fleet import Heartbeat, ScannerHealth

QUEUE_WARNING_SECONDS = 600
QUEUE_ALARM_SECONDS = 3600
DISK_WARNING_SHARE = 0.15
DISK_ALARM_SHARE = 0.05
OFFLINE_GRACE_SECONDS = 30


class StatusClass(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    ALARM = "alarm"
    OFFLINE = "offline"
    REVOKED = "revoked"
    # Enrolled, but no heartbeat yet.
    NEW = "new"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    StatusClass.OK: "in Ordnung",
    StatusClass.WARNING: "Warnung",
    StatusClass.ALARM: "Alarm",
    StatusClass.OFFLINE: "offline",
    StatusClass.REVOKED: "gesperrt",
    StatusClass.NEW: "noch keine Meldung",
}


class Severity(enum.StrEnum):
    WARNING = "warning"
    ALARM = "alarm"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    # Stable and English, for searching logs and alert rules: "scanner jammed".
    code: str
    # For the page (German).
    text: str


_SCANNER_PROBLEMS = {
    ScannerHealth.JAMMED: Problem(Severity.ALARM, "scanner jammed", "Papierstau im Scanner"),
    ScannerHealth.COVER_OPEN: Problem(
        Severity.ALARM, "scanner cover open", "Scannerdeckel ist offen"
    ),
    ScannerHealth.NOT_FOUND: Problem(Severity.ALARM, "scanner not found", "Scanner nicht gefunden"),
    ScannerHealth.ERROR: Problem(Severity.ALARM, "scanner error", "Scanner meldet einen Fehler"),
}


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.0f} h"


def problems(report: Heartbeat) -> list[Problem]:
    found: list[Problem] = []
    scanner = _SCANNER_PROBLEMS.get(report.scanner)
    if scanner is not None:
        found.append(scanner)
    age = report.queue.oldest_age_seconds
    if age is not None and age > QUEUE_ALARM_SECONDS:
        found.append(
            Problem(
                Severity.ALARM,
                "queue stuck",
                f"Warteschlange seit {_minutes(age)} nicht zugestellt",
            )
        )
    elif age is not None and age > QUEUE_WARNING_SECONDS:
        found.append(
            Problem(
                Severity.WARNING,
                "queue growing",
                f"Warteschlange seit {_minutes(age)} nicht zugestellt",
            )
        )
    if report.queue.quarantined:
        found.append(
            Problem(
                Severity.WARNING,
                "items quarantined",
                f"{report.queue.quarantined} Einreichung(en) vom Backoffice abgewiesen",
            )
        )
    if report.disk_total_bytes:
        share = report.disk_free_bytes / report.disk_total_bytes
        if share < DISK_ALARM_SHARE:
            found.append(Problem(Severity.ALARM, "disk full", f"Nur {share:.0%} Speicher frei"))
        elif share < DISK_WARNING_SHARE:
            found.append(Problem(Severity.WARNING, "disk low", f"Nur {share:.0%} Speicher frei"))
    if report.outbox_problem:
        found.append(
            Problem(Severity.ALARM, "outbox problem", f"Warteschlange: {report.outbox_problem}")
        )
    if report.queue.items and report.last_error:
        found.append(
            Problem(
                Severity.WARNING, "delivery failing", f"Zustellung scheitert: {report.last_error}"
            )
        )
    return found


@dataclass(frozen=True)
class Assessment:
    status: StatusClass
    problems: tuple[Problem, ...]


def assess(
    report: Heartbeat | None,
    received_at: dt.datetime | None,
    revoked_at: dt.datetime | None,
    now: dt.datetime,
) -> Assessment:
    if revoked_at is not None:
        return Assessment(StatusClass.REVOKED, ())
    if report is None or received_at is None:
        return Assessment(StatusClass.NEW, ())
    silent = (now - received_at).total_seconds()
    if silent > 3 * report.interval_seconds + OFFLINE_GRACE_SECONDS:
        return Assessment(StatusClass.OFFLINE, ())
    found = tuple(problems(report))
    if any(problem.severity is Severity.ALARM for problem in found):
        return Assessment(StatusClass.ALARM, found)
    if found:
        return Assessment(StatusClass.WARNING, found)
    return Assessment(StatusClass.OK, ())
