"""From a heartbeat to the fleet page's status class, problems and Prometheus lines."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from backoffice.fleet import metrics
from backoffice.fleet.status import StatusClass, assess
from backoffice.fleet.store import TerminalView
from backoffice.storage.models import Device
from contract.fleet import Heartbeat, QueueFigures, ScannerHealth

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def beat(**changes: Any) -> Heartbeat:
    fields: dict[str, Any] = {
        "sent_at": NOW,
        "interval_seconds": 60,
        "software_version": "0.1.0",
        "scanner": ScannerHealth.OK,
        "queue": QueueFigures(items=0, bytes=0),
        "disk_free_bytes": 50,
        "disk_total_bytes": 100,
    }
    fields.update(changes)
    return Heartbeat(**fields)


def codes(report: Heartbeat, received: dt.datetime = NOW) -> tuple[StatusClass, list[str]]:
    assessment = assess(report, received, None, NOW)
    return assessment.status, [problem.code for problem in assessment.problems]


def test_a_healthy_terminal_is_ok() -> None:
    assert codes(beat()) == (StatusClass.OK, [])


def test_a_jammed_scanner_is_an_alarm() -> None:
    assert codes(beat(scanner=ScannerHealth.JAMMED)) == (StatusClass.ALARM, ["scanner jammed"])
    assert codes(beat(scanner=ScannerHealth.COVER_OPEN))[0] is StatusClass.ALARM


def test_an_outbox_problem_is_an_alarm_and_unsealed_credentials_are_not() -> None:
    damaged = beat(outbox_problem="outbox damaged, salvaged 2026-12-07 10:00 UTC: 3 lost")
    assert codes(damaged) == (StatusClass.ALARM, ["outbox problem"])
    # Most terminals have no TPM: the page notes it on the row, it is no problem to chase.
    assert codes(beat(credentials_sealed=False)) == (StatusClass.OK, [])


def test_an_ageing_queue_warns_then_alarms() -> None:
    waiting = QueueFigures(items=3, bytes=900, oldest_age_seconds=1200)
    assert codes(beat(queue=waiting)) == (StatusClass.WARNING, ["queue growing"])
    stuck = QueueFigures(items=3, bytes=900, oldest_age_seconds=4 * 3600)
    assert codes(beat(queue=stuck)) == (StatusClass.ALARM, ["queue stuck"])


def test_silence_beyond_three_intervals_is_offline_and_revocation_wins() -> None:
    assert codes(beat(), NOW - dt.timedelta(seconds=150))[0] is StatusClass.OK
    assert codes(beat(), NOW - dt.timedelta(seconds=211))[0] is StatusClass.OFFLINE
    assert assess(beat(), NOW, NOW, NOW).status is StatusClass.REVOKED
    assert assess(None, None, None, NOW).status is StatusClass.NEW


def test_metrics_count_terminals_and_escape_labels() -> None:
    device = Device(
        id=uuid.UUID(int=7),
        name='Terminal "Nord"',
        location="Bücherei\nNord",
        token_sha256="x",
        enrolled_at=NOW,
    )
    report = beat(queue=QueueFigures(items=2, bytes=2048, oldest_age_seconds=30.5))
    view = TerminalView(device, report, NOW, NOW, assess(report, NOW, None, NOW))
    text = metrics.render([view])
    assert 'buergerterminal_terminals{status="ok"} 1' in text
    assert 'buergerterminal_terminals{status="alarm"} 0' in text
    labels = f'terminal="{device.id}",name="Terminal \\"Nord\\"",location="Bücherei\\nNord"'
    assert f"buergerterminal_queue_items{{{labels}}} 2" in text
    assert f"buergerterminal_queue_oldest_age_seconds{{{labels}}} 30.5" in text
    assert f"buergerterminal_last_seen_timestamp_seconds{{{labels}}} {NOW.timestamp():.3f}" in text
