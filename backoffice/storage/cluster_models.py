"""What the workers and nodes of one backoffice share besides the office's records: leases on
periodic jobs, the nodes alive, the signaling switchboard's state and its oversized mail.

No personal data: ids, times, and the switchboard's state (device ids, staff account ids,
the terminals' locations as IT named them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.storage.models import Base
from backoffice.storage.types import UTCDateTime


class ClusterJob(Base):
    """A periodic job that must run once per interval in the whole cluster, not per worker:
    whoever moves ``next_run_at`` on (a conditional UPDATE) runs it."""

    __tablename__ = "cluster_job"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    next_run_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ClusterNode(Base):
    """A running backoffice process with signaling sockets; ``seen_at`` moves every few
    seconds. One that stops moving died: its sockets' calls are ended for the other side."""

    __tablename__ = "cluster_node"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SwitchboardState(Base):
    """The signaling hub's whole state (peers, calls) as one row: every change takes its row
    lock, so the nodes apply changes one at a time, in one order."""

    __tablename__ = "switchboard_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)


class SwitchboardMail(Base):
    """A signaling message too large for a NOTIFY payload (8000 bytes): the notification
    carries its id, the receiving node reads and deletes it."""

    __tablename__ = "switchboard_mail"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    body: Mapped[str] = mapped_column(Text)
