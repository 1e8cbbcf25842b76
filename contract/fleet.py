"""The fleet part of the wire contract: a terminal's heartbeat and the backoffice's answer.

Kept apart from :mod:`contract.submissions` because it changes for other reasons. A heartbeat
carries figures and states only, never anything a citizen typed or scanned: ``last_error`` is an
HTTP status or an exception class, as the outbox records it.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contract.bounds import ByteCount, Count, Seconds, Text, WireTime
from contract.sealing import KEY_ID_PATTERN

HEARTBEAT_PATH = "/heartbeat"

ShortText = Annotated[str, Text(200)]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScannerHealth(enum.StrEnum):
    OK = "ok"
    JAMMED = "jammed"
    COVER_OPEN = "cover_open"
    NOT_FOUND = "not_found"
    ERROR = "error"
    # Never looked at yet (no scan since start, SANE not probed).
    UNKNOWN = "unknown"


class Presence(enum.StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    UNKNOWN = "unknown"


# Figures are strict (a JSON ``false`` is not a count) and fit a 64-bit column
# (contract.bounds); times are storable, but not judged against the office's clock: a terminal
# whose clock is wrong must still be seen on the fleet page.


class QueueFigures(_Wire):
    items: Count
    bytes: ByteCount
    quarantined: Count = 0
    oldest_age_seconds: Seconds | None = None


class Heartbeat(_Wire):
    sent_at: WireTime
    # Seconds until the next heartbeat: the backoffice calls a terminal offline after a few.
    interval_seconds: float = Field(gt=0, le=3600, strict=True)
    software_version: ShortText
    python_version: ShortText = ""
    scanner: ScannerHealth = ScannerHealth.UNKNOWN
    scanner_device: ShortText = ""
    camera: Presence = Presence.UNKNOWN
    microphone: Presence = Presence.UNKNOWN
    queue: QueueFigures
    last_delivery_at: WireTime | None = None
    disk_free_bytes: ByteCount
    disk_total_bytes: ByteCount
    last_error: ShortText | None = None
    # SHA-256 of the remote config the terminal runs with ("" for none).
    config_sha256: Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{64})?$")] = ""
    # What is wrong with the outbox now (damaged, unwritable), or what its last salvage lost.
    outbox_problem: ShortText | None = None
    # True: the device token is sealed to this machine's TPM, so a copied disk cannot use it.
    # None: not reported (a terminal from before this field).
    credentials_sealed: bool | None = Field(default=None, strict=True)
    # Sent once the office has named its sealing key (protocol version 2); older offices would
    # refuse the field, so it is left out rather than sent empty.
    sealing: SealingReport | None = None

    def wire_json(self) -> str:
        return self.model_dump_json(exclude={"sealing"} if self.sealing is None else None)


class SealingReport(_Wire):
    """Which office key the terminal seals new items to, and how many undelivered items it
    holds per key ("" for items sealed before it knew key ids): the office retires an old
    key only once no terminal holds anything sealed to it."""

    key_id: Annotated[str, Field(pattern=KEY_ID_PATTERN)]
    queued_by_key: Annotated[dict[Annotated[str, Field(max_length=16)], int], Field(max_length=50)]


class RemoteConfig(_Wire):
    """The overrides the backoffice holds for this terminal (location, then terminal), merged."""

    sha256: Annotated[str, Field(min_length=64, max_length=64)]
    # Keys as in the terminal's TOML file, e.g. {"timeouts": {"inactivity_seconds": 120}}.
    overrides: dict[str, object]


class SealingKey(_Wire):
    """The office's current public key (X25519, base64) and its id: new items go to it."""

    public_key: Annotated[str, Field(min_length=44, max_length=44)]
    key_id: Annotated[str, Field(pattern=KEY_ID_PATTERN)]


class HeartbeatAnswer(_Wire):
    received_at: dt.datetime
    remote_config: RemoteConfig | None = None
    # Only for a terminal that declared version.SEALING_KEYS_SINCE or later: older terminals
    # refuse answer fields they do not know.
    sealing_key: SealingKey | None = None
