"""The office's key pairs: the current one, which terminals seal new items to, and earlier ones
kept to open what terminals sealed before they learned the new one.

Layout in the data folder (``backoffice.key``/``.pub`` stay where ``backoffice init`` put them,
so nothing else changes for an office that never rotates)::

    backoffice.key          current private key (base64), 0600
    backoffice.pub          current public key (base64), 0644
    keys/<key id>.key       each earlier key: JSON with the key and when it was superseded, 0600

:func:`rotate` makes a new current key (the old one moves to ``keys/`` first, so a crash in
between leaves it in both places, never in none); :func:`retire` destroys an earlier key once
nothing sealed to it is left (``backoffice.key_retirement`` decides that). A running
``backoffice serve`` sees both through :class:`Keyring`, which rereads the files when they
change: no restart.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey

from backoffice.datadir import DataDir, DataDirError
from contract.sealing import key_id
from durable.files import fsync_directory, write_file_atomically

KEYRING_DIR_NAME = "keys"


class KeyringError(Exception):
    """A key cannot be rotated or retired as asked. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class OfficeKey:
    key_id: str
    private_key: PrivateKey
    # When it stopped being the current key; None for the current key.
    superseded_at: dt.datetime | None = None

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(bytes(self.private_key.public_key)).decode()


def _office_key(private_key: PrivateKey, superseded_at: dt.datetime | None = None) -> OfficeKey:
    return OfficeKey(key_id(private_key.public_key), private_key, superseded_at)


def keyring_folder(data_dir: Path) -> Path:
    return data_dir / KEYRING_DIR_NAME


def _read_earlier(path: Path) -> OfficeKey:
    try:
        record = json.loads(path.read_text())
        key = PrivateKey(base64.b64decode(record["private_key"], validate=True))
        superseded = dt.datetime.fromisoformat(record["superseded_at"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataDirError(f"{path}: cannot read this earlier key ({exc})") from None
    found = _office_key(key, superseded)
    if path.stem != found.key_id:
        raise DataDirError(f"{path}: holds key {found.key_id}, not the one its name says")
    return found


def load_keys(data_dir: Path) -> tuple[OfficeKey, list[OfficeKey]]:
    """The current key and the earlier ones (newest first)."""
    current = _office_key(DataDir(data_dir).private_key())
    earlier = [
        _read_earlier(path)
        for path in keyring_folder(data_dir).glob("*.key")
        if path.stem != current.key_id  # a rotation interrupted after its first step
    ]
    earlier.sort(key=lambda key: key.superseded_at or dt.datetime.min, reverse=True)
    return current, earlier


class Keyring:
    """The keys of a data folder as the running office uses them; safe across threads."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._lock = threading.Lock()
        self._seen: tuple[object, ...] | None = None
        self._current, self._earlier = load_keys(data_dir)
        self._seen = self._stamp()

    def _stamp(self) -> tuple[object, ...]:
        def of(path: Path) -> tuple[int, int] | None:
            try:
                status = path.stat()
            except FileNotFoundError:
                return None
            return (status.st_ino, status.st_mtime_ns)

        return (of(DataDir(self._data_dir).private_key_file), of(keyring_folder(self._data_dir)))

    def _fresh(self) -> tuple[OfficeKey, list[OfficeKey]]:
        with self._lock:
            stamp = self._stamp()
            if stamp != self._seen:
                self._current, self._earlier = load_keys(self._data_dir)
                self._seen = stamp
            return self._current, self._earlier

    def current(self) -> OfficeKey:
        return self._fresh()[0]

    def earlier(self) -> list[OfficeKey]:
        return list(self._fresh()[1])

    def keys_for(self, named: str | None) -> list[PrivateKey]:
        """Every key, the one ``named`` (an envelope's key id) first, then newest first."""
        current, earlier = self._fresh()
        ordered = [current, *earlier]
        ordered.sort(key=lambda key: key.key_id != named)  # stable: newest first otherwise
        return [key.private_key for key in ordered]


@contextmanager
def _exclusive(data_dir: Path) -> Iterator[None]:
    """One rotation or retirement at a time (two IT sessions, one folder)."""
    folder = keyring_folder(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    with (folder / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def rotate(data_dir: Path, now: dt.datetime) -> tuple[OfficeKey, OfficeKey]:
    """A new current key pair; returns (previous, new). The previous key stays usable."""
    folder = DataDir(data_dir)
    folder.require_initialised()
    with _exclusive(data_dir):
        previous = _office_key(folder.private_key(), now)
        record = {
            "key_id": previous.key_id,
            "private_key": base64.b64encode(bytes(previous.private_key)).decode(),
            "superseded_at": now.isoformat(),
        }
        earlier_file = keyring_folder(data_dir) / f"{previous.key_id}.key"
        write_file_atomically(earlier_file, (json.dumps(record) + "\n").encode(), mode=0o600)
        new = PrivateKey.generate()
        write_file_atomically(
            folder.private_key_file, base64.b64encode(bytes(new)) + b"\n", mode=0o600
        )
        public = base64.b64encode(bytes(new.public_key)) + b"\n"
        write_file_atomically(folder.public_key_file, public, mode=0o644)
    return previous, _office_key(new)


def retire(data_dir: Path, retired_key_id: str) -> OfficeKey:
    """Destroys an earlier key (never the current one); returns what it was."""
    with _exclusive(data_dir):
        current, earlier = load_keys(data_dir)
        if retired_key_id == current.key_id:
            raise KeyringError(f"{retired_key_id} is the current key; rotate first")
        found = next((key for key in earlier if key.key_id == retired_key_id), None)
        if found is None:
            raise KeyringError(f"no earlier key {retired_key_id} in {keyring_folder(data_dir)}")
        path = keyring_folder(data_dir) / f"{retired_key_id}.key"
        path.unlink()
        fsync_directory(path.parent)
    return found
