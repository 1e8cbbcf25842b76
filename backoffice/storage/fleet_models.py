"""The fleet's records: each terminal's last heartbeat, and the remote config overrides.

No personal data: a heartbeat holds figures and states only (see :mod:`contract.fleet`).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.storage.models import Base
from backoffice.storage.types import UTCDateTime


class OverrideScope(enum.StrEnum):
    LOCATION = "location"
    TERMINAL = "terminal"


class DeviceHealth(Base):
    """The latest heartbeat of one terminal (older ones are not kept)."""

    __tablename__ = "device_health"

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The heartbeat as the terminal sent it (contract.fleet.Heartbeat, JSON mode).
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The status class at the last heartbeat, and since when it holds (for "alarm since …").
    status: Mapped[str] = mapped_column(String(20))
    status_since: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ConfigOverride(Base):
    """Settings IT sets remotely for every terminal at a location, or for one terminal."""

    __tablename__ = "config_override"
    __table_args__ = (UniqueConstraint("scope", "target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[OverrideScope] = mapped_column(
        Enum(
            OverrideScope,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    # The location's name, or the terminal's device id.
    target: Mapped[str] = mapped_column(String(200))
    # As IT wrote it (TOML or JSON), and the checked table it stands for.
    source_text: Mapped[str] = mapped_column(Text)
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
