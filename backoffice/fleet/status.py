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
    # Its stored heartbeat cannot be read (backoffice.damage): IT is told in the log.
    DAMAGED = "damaged"


class Severity(enum.StrEnum):
    WARNING = "warning"
    ALARM = "alarm"


class ProblemCode(enum.StrEnum):
    """Stable and English, for searching logs and alert rules; the page shows them in words
    (``backoffice.fleet.wording``) and these only under "Details"."""

    SCANNER_JAMMED = "scanner jammed"
    SCANNER_COVER_OPEN = "scanner cover open"
    SCANNER_NOT_FOUND = "scanner not found"
    SCANNER_ERROR = "scanner error"
    QUEUE_STUCK = "queue stuck"
    QUEUE_GROWING = "queue growing"
    ITEMS_QUARANTINED = "items quarantined"
    DISK_FULL = "disk full"
    DISK_LOW = "disk low"
    OUTBOX_PROBLEM = "outbox problem"
    DELIVERY_FAILING = "delivery failing"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: ProblemCode
    # The figure the words name: seconds undelivered, items refused, share of the disk free.
    figure: float = 0.0
    # What the terminal itself reported (its outbox problem, its delivery error): technical,
    # in the terminal's words, for the page's "Details".
    detail: str = ""


_SCANNER_PROBLEMS = {
    ScannerHealth.JAMMED: Problem(Severity.ALARM, ProblemCode.SCANNER_JAMMED),
    ScannerHealth.COVER_OPEN: Problem(Severity.ALARM, ProblemCode.SCANNER_COVER_OPEN),
    ScannerHealth.NOT_FOUND: Problem(Severity.ALARM, ProblemCode.SCANNER_NOT_FOUND),
    ScannerHealth.ERROR: Problem(Severity.ALARM, ProblemCode.SCANNER_ERROR),
}


def problems(report: Heartbeat) -> list[Problem]:
    found: list[Problem] = []
    scanner = _SCANNER_PROBLEMS.get(report.scanner)
    if scanner is not None:
        found.append(scanner)
    age = report.queue.oldest_age_seconds
    if age is not None and age > QUEUE_ALARM_SECONDS:
        found.append(Problem(Severity.ALARM, ProblemCode.QUEUE_STUCK, age))
    elif age is not None and age > QUEUE_WARNING_SECONDS:
        found.append(Problem(Severity.WARNING, ProblemCode.QUEUE_GROWING, age))
    if report.queue.quarantined:
        found.append(
            Problem(Severity.WARNING, ProblemCode.ITEMS_QUARANTINED, report.queue.quarantined)
        )
    if report.disk_total_bytes:
        share = report.disk_free_bytes / report.disk_total_bytes
        if share < DISK_ALARM_SHARE:
            found.append(Problem(Severity.ALARM, ProblemCode.DISK_FULL, share))
        elif share < DISK_WARNING_SHARE:
            found.append(Problem(Severity.WARNING, ProblemCode.DISK_LOW, share))
    if report.outbox_problem:
        found.append(
            Problem(Severity.ALARM, ProblemCode.OUTBOX_PROBLEM, detail=report.outbox_problem)
        )
    if report.queue.items and report.last_error:
        found.append(
            Problem(Severity.WARNING, ProblemCode.DELIVERY_FAILING, detail=report.last_error)
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
