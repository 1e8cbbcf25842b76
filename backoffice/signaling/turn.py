"""Short-lived TURN credentials for each party of a call (the TURN REST API scheme).

coturn with ``use-auth-secret`` and ``static-auth-secret`` accepts any username of the form
``"<expiry unix time>:<id>"`` whose password is ``base64(HMAC-SHA1(secret, username))``, until
the expiry passes (draft-uberti-behave-turn-rest-00, as coturn implements it). The office
shares nothing with coturn but that secret; no account is created anywhere.

The id names the call and the party (``<call id>.kiosk``), so coturn's log lines can be
matched with ours; it holds nothing about the citizen.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from config import ConfigError
from config.turn import TurnSettings


class TurnSecretError(ConfigError):
    """The shared secret's file is missing, empty or readable by others. ``str()`` says which
    (a configuration error: ``backoffice serve`` stops with this one line)."""


@dataclass(frozen=True)
class IceServerGrant:
    """One entry of an RTCConfiguration's ``iceServers``, as a browser or aiortc takes it."""

    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None


@dataclass(frozen=True)
class IceGrant:
    """What one party of one call may use to reach the others; ``expires_at`` in unix time."""

    servers: tuple[IceServerGrant, ...]
    expires_at: int


def turn_password(secret: bytes, username: str) -> str:
    """coturn's check: base64 of the HMAC-SHA1 of the username, keyed with the secret."""
    digest = hmac.new(secret, username.encode("ascii"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def read_turn_secret(path: Path) -> bytes:
    """The secret's first line. Refuses a file others may read: whoever has the secret can
    mint credentials for the office's relay."""
    try:
        info = path.stat()
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TurnSecretError(f"turn.shared_secret_file {path}: file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TurnSecretError(f"turn.shared_secret_file {path}: cannot read it ({error})") from None
    if info.st_mode & (stat.S_IROTH | stat.S_IWOTH):
        raise TurnSecretError(
            f"turn.shared_secret_file {path}: readable by every user; chmod 600 or 640 it"
        )
    secret = text.splitlines()[0].strip() if text.strip() else ""
    if len(secret) < 16:
        raise TurnSecretError(
            f"turn.shared_secret_file {path}: the secret is missing or shorter than 16 characters"
        )
    return secret.encode("utf-8")


class TurnCredentials:
    """Issues an :class:`IceGrant` per party; without TURN URLs, an empty one."""

    def __init__(
        self,
        settings: TurnSettings,
        secret: bytes | None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if secret is None and any(url.startswith("turn") for url in settings.urls):
            raise TurnSecretError("TURN URLs are set but no shared secret was given")
        self._settings = settings
        self._secret = secret
        self._now = wall_clock

    @classmethod
    def from_settings(cls, settings: TurnSettings) -> TurnCredentials:
        path = settings.shared_secret_file
        return cls(settings, read_turn_secret(path) if path is not None else None)

    @property
    def configured(self) -> bool:
        return bool(self._settings.urls)

    def issue(self, call_id: str, party: str) -> IceGrant:
        expires_at = int(self._now()) + self._settings.ttl_seconds
        turn = tuple(u for u in self._settings.urls if u.startswith("turn"))
        stun = tuple(u for u in self._settings.urls if u.startswith("stun"))
        servers: list[IceServerGrant] = []
        if turn and self._secret is not None:
            username = f"{expires_at}:{call_id}.{party}"
            servers.append(IceServerGrant(turn, username, turn_password(self._secret, username)))
        if stun:
            servers.append(IceServerGrant(stun))
        return IceGrant(tuple(servers), expires_at)
