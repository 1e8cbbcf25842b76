"""Periodic jobs that must run once per interval in the whole cluster (all workers of all
nodes), not once per worker: a lease row per job. Whoever moves ``next_run_at`` on with one
conditional UPDATE runs the job this time; the others skip. Works the same on SQLite (one
process) and PostgreSQL (many). A worker that dies mid-run simply lets the next interval come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.storage.cluster_models import ClusterJob


def take_turn(
    sessions: sessionmaker[Session], clock: Clock, name: str, interval: dt.timedelta
) -> bool:
    """True if this caller runs job ``name`` now (and nobody else until ``interval`` passed)."""
    now = clock.now()
    with sessions.begin() as db:
        moved = db.execute(
            update(ClusterJob)
            .where(ClusterJob.name == name, ClusterJob.next_run_at <= now)
            .values(next_run_at=now + interval)
        )
        if moved.rowcount == 1:  # type: ignore[attr-defined]
            return True
        if db.get(ClusterJob, name) is not None:
            return False
        try:
            # The job's first run ever: of two workers inserting at once, one insert wins.
            with db.begin_nested():
                db.add(ClusterJob(name=name, next_run_at=now + interval))
        except IntegrityError:
            return False
    return True


def once_per_cluster(
    sessions: sessionmaker[Session],
    clock: Clock,
    name: str,
    interval: dt.timedelta,
    job: Callable[[], object],
) -> Callable[[], object]:
    """``job``, run only when it is this caller's turn in the cluster."""

    def gated() -> object:
        return job() if take_turn(sessions, clock, name, interval) else None

    return gated
