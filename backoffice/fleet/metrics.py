"""The fleet in Prometheus text format (version 0.0.4), for the monitoring IT already has."""

from __future__ import annotations

from collections import Counter

from backoffice.fleet.status import StatusClass
from backoffice.fleet.store import TerminalView

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(view: TerminalView) -> str:
    device = view.device
    return (
        f'terminal="{device.id}",name="{_label(device.name)}",location="{_label(device.location)}"'
    )


def render(views: list[TerminalView]) -> str:
    lines: list[str] = []

    def family(name: str, kind: str, text: str) -> None:
        lines.append(f"# HELP {name} {text}")
        lines.append(f"# TYPE {name} {kind}")

    counts = Counter(view.status for view in views)
    family("buergerterminal_terminals", "gauge", "Terminals by status class.")
    for status in StatusClass:
        lines.append(f'buergerterminal_terminals{{status="{status.value}"}} {counts[status]}')
    family("buergerterminal_terminal_status", "gauge", "1 for the terminal's status class.")
    for view in views:
        lines.append(
            f'buergerterminal_terminal_status{{{_labels(view)},status="{view.status.value}"}} 1'
        )
    family("buergerterminal_last_seen_timestamp_seconds", "gauge", "Last heartbeat (Unix time).")
    for view in views:
        if view.last_seen is not None:
            lines.append(
                f"buergerterminal_last_seen_timestamp_seconds{{{_labels(view)}}} "
                f"{view.last_seen.timestamp():.3f}"
            )
    queue_families = (
        ("buergerterminal_queue_items", "Undelivered submissions at the last heartbeat."),
        ("buergerterminal_queue_bytes", "Bytes of undelivered submissions."),
        ("buergerterminal_queue_oldest_age_seconds", "Age of the oldest undelivered one."),
    )
    for name, text in queue_families:
        family(name, "gauge", text)
        for view in views:
            if view.report is None:
                continue
            queue = view.report.queue
            value = {
                "buergerterminal_queue_items": float(queue.items),
                "buergerterminal_queue_bytes": float(queue.bytes),
                "buergerterminal_queue_oldest_age_seconds": queue.oldest_age_seconds or 0.0,
            }[name]
            lines.append(f"{name}{{{_labels(view)}}} {value:g}")
    return "\n".join(lines) + "\n"
