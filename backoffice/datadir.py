"""The backoffice's data folder: database file, X25519 key pair and console session secret.

Files are created once and never overwritten: re-running ``backoffice init`` must not destroy
the private key (every sealed submission still on a terminal would become unreadable).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey

from config import BackofficeSettings
from durable.files import write_new_file


class DataDirError(Exception):
    """The data folder is missing or incomplete. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class DataDir:
    path: Path

    @property
    def database_file(self) -> Path:
        return self.path / "backoffice.sqlite3"

    @property
    def private_key_file(self) -> Path:
        return self.path / "backoffice.key"

    @property
    def public_key_file(self) -> Path:
        return self.path / "backoffice.pub"

    @property
    def session_secret_file(self) -> Path:
        return self.path / "session.secret"

    def is_initialised(self) -> bool:
        return self.private_key_file.exists()

    def create(self) -> list[str]:
        """Creates the folder and whatever of its secrets is missing; returns what was made."""
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
        made: list[str] = []
        if not self.private_key_file.exists():
            key = PrivateKey.generate()
            write_new_file(self.private_key_file, base64.b64encode(bytes(key)) + b"\n", mode=0o600)
            made.append("key pair")
        if not self.public_key_file.exists():
            write_new_file(self.public_key_file, self.public_key_b64().encode() + b"\n", mode=0o644)
        if not self.session_secret_file.exists():
            write_new_file(
                self.session_secret_file, secrets.token_hex(32).encode() + b"\n", mode=0o600
            )
            made.append("session secret")
        return made

    def require_initialised(self) -> None:
        if not self.is_initialised():
            raise DataDirError(
                f"{self.path}: not a backoffice data folder; "
                f"run 'backoffice init --data {self.path}' first"
            )

    def private_key(self) -> PrivateKey:
        try:
            raw = base64.b64decode(self.private_key_file.read_text().strip(), validate=True)
        except (OSError, ValueError) as exc:
            raise DataDirError(
                f"{self.private_key_file}: cannot read private key ({exc})"
            ) from None
        return PrivateKey(raw)

    def public_key_b64(self) -> str:
        return base64.b64encode(bytes(self.private_key().public_key)).decode()

    def session_secret(self) -> str:
        return self.session_secret_file.read_text().strip()

    def database_url(self, settings: BackofficeSettings) -> str:
        return settings.database_url or f"sqlite:///{self.database_file}"
