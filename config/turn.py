"""``[turn]`` of the backoffice's settings: the office's TURN service for calls."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from config.fields import Section

# A TURN or STUN URL as browsers take it (RFC 7065): turn:host:port?transport=udp|tcp,
# turns:host:443?transport=tcp (TLS), stun:host:port.
TurnUrl = Annotated[
    str,
    Field(
        pattern=r"^(turns?:[A-Za-z0-9.\-\[\]:]+:[0-9]{1,5}(\?transport=(udp|tcp))?"
        r"|stun:[A-Za-z0-9.\-\[\]:]+:[0-9]{1,5})$",
        max_length=300,
    ),
]


class TurnSettings(Section):
    """The office's TURN service (coturn with ``use-auth-secret``), shared by every call.

    Each call's parties get their own credentials, valid for ``ttl_seconds`` (the TURN REST
    API scheme: username "<expiry>:<id>", password HMAC-SHA1 of it with the shared secret).
    Empty ``urls``: no TURN; calls then only connect where the parties reach each other
    directly. There is no public default: a cabin's media never goes to a stranger's relay.
    """

    # In the order a terminal tries them: UDP first (lowest delay), then TCP, then TLS on
    # 443 for networks that let nothing else out. A terminal uses the first that works;
    # browsers get all of them.
    urls: list[TurnUrl] = []
    # A file holding coturn's static-auth-secret (its first line); readable by the
    # backoffice only. Required when ``urls`` holds a turn: or turns: URL.
    shared_secret_file: Path | None = None
    # How long issued credentials stay valid. coturn checks the expiry on every refresh of a
    # relay, so it must outlast the longest call; a reconnect gets new credentials.
    ttl_seconds: int = Field(default=4 * 3600, ge=60, le=24 * 3600)

    @model_validator(mode="after")
    def _secret_for_turn(self) -> TurnSettings:
        if self.shared_secret_file is None and any(u.startswith("turn") for u in self.urls):
            raise ValueError("shared_secret_file is required for turn: and turns: URLs")
        return self
