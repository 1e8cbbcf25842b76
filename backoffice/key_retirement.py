"""Whether an earlier office key may be destroyed: only once no terminal can hold anything
sealed to it.

The office cannot look into terminals; it reads their heartbeats. A terminal counts as clear
of key K when its latest heartbeat came late enough after K was superseded (it has learned the
new key, and any submission it was sealing to K at that moment has been committed), says it
seals to another key, and counts no undelivered item sealed to K, nor any item sealed before
it learned key ids. Revoked terminals never deliver again and do not count. Everything else
holds K: a terminal that is offline, or runs software too old to report its keys, keeps K
until it reports or IT revokes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from backoffice.fleet.store import TerminalView, fleet
from backoffice.keyring import OfficeKey

# Beyond one heartbeat interval: a submission the UI was sealing when the new key arrived is
# committed within this, so the next heartbeat counts it.
SETTLE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Holdout:
    """A terminal that may still hold items sealed to the key; ``reason`` is for IT."""

    terminal: str
    reason: str


def _label(view: TerminalView) -> str:
    where = f", {view.device.location}" if view.device.location else ""
    return f"{view.device.name}{where} ({view.device.id})"


def _reason(view: TerminalView, key: OfficeKey) -> str | None:
    if view.report is None or view.last_seen is None:
        return "no heartbeat received yet"
    sealing = view.report.sealing
    if sealing is None:
        return "its software does not report sealing keys (upgrade it, or revoke it)"
    assert key.superseded_at is not None
    settled = key.superseded_at + dt.timedelta(seconds=view.report.interval_seconds) + SETTLE
    if view.last_seen < settled:
        return (
            f"no heartbeat since {settled:%Y-%m-%d %H:%M:%S} UTC, when it will have the new "
            f"key (last seen {view.last_seen:%Y-%m-%d %H:%M:%S} UTC)"
        )
    if sealing.key_id == key.key_id:
        return "still seals new items to this key"
    waiting = sealing.queued_by_key.get(key.key_id, 0)
    if waiting:
        return f"{waiting} undelivered item(s) sealed to this key"
    unnamed = sealing.queued_by_key.get("", 0)
    if unnamed:
        return f"{unnamed} undelivered item(s) sealed before it learned key ids"
    return None


def holdouts(session: Session, key: OfficeKey, now: dt.datetime) -> list[Holdout]:
    """Who keeps ``key`` (an earlier key) from being retired; empty: it may go."""
    found = []
    for view in fleet(session, now):
        if view.device.revoked_at is not None:
            continue
        reason = _reason(view, key)
        if reason is not None:
            found.append(Holdout(_label(view), reason))
    return found
