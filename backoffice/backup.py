"""A consistent copy of a running office, and putting it back into a new folder.

What a backup holds (one tar file, mode 0600: it holds the private keys)::

    manifest.json                 format, time, version, database engine, SHA-256 of each file
    database/backoffice.sqlite3   SQLite's online backup: one consistent snapshot, or
    database/backoffice.pgdump    pg_dump's, of a region's PostgreSQL (backoffice.database_copy)
    data/backoffice.key, .pub, session.secret, keys/*.key   every key pair, current and earlier
    data/attachments/...          decrypted documents not yet handed over (or still kept)
    data/uploads/<upload>/...     chunks of sealed uploads in progress (terminals resume them)
    config/backoffice.toml        the settings file, if given

Order matters while terminals keep sending: the database is copied first, the folders after.
Every file a database row refers to was written before its row was committed (attachments,
upload chunks), so it is there when the folders are copied; files newer than the snapshot are
harmless extras (a chunk file no row records is removed by the upload clean-up). Every file
there is written once and never changed, so it is streamed into the archive as it is. The
e-file hotfolder is not copied: ZIPs there belong to the e-file's importer.

Restore unpacks into a temporary folder beside the target, checks every file's SHA-256, the
database's integrity and the keys, and only then renames it into place. A PostgreSQL dump is
left in the folder for ``pg_restore`` (the database is IT's to choose).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from backoffice.attachments import ATTACHMENT_DIR_NAME
from backoffice.database_copy import (
    POSTGRESQL_MEMBER,
    SQLITE_MEMBER,
    DatabaseCopyError,
    check_database,
    copy_database,
)
from backoffice.datadir import DataDir, DataDirError
from backoffice.keyring import KEYRING_DIR_NAME, load_keys
from backoffice.storage.layout import DatabaseEngine
from backoffice.tus.store import UPLOAD_DIR_NAME
from config import BackofficeSettings
from config.version import software_version
from durable.files import fsync_directory, replacing

FORMAT = 1
MANIFEST = "manifest.json"
# Beside a restored region's files: the dump for pg_restore.
RESTORED_DUMP = "restored-database.pgdump"
CONFIG_MEMBER = "config/backoffice.toml"
# Restored beside the data, for IT to compare with /etc/buergerterminal/backoffice.toml.
RESTORED_CONFIG = "restored-backoffice.toml"
_FOLDERS = (KEYRING_DIR_NAME, ATTACHMENT_DIR_NAME, UPLOAD_DIR_NAME)


class BackupError(Exception):
    """A backup or restore that cannot be done. ``str()`` is the message for IT."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    files: int
    bytes: int


# Each archived file's size and SHA-256, by its name in the archive.
Manifest = dict[str, dict[str, object]]


def _data_files(data_dir: Path) -> Iterator[tuple[Path, str]]:
    """Keys and the folders, as (file, name in the archive); files vanishing meanwhile (an
    upload claimed, a copy removed after its hand-over) are skipped by the caller."""
    folder = DataDir(data_dir)
    for path in (folder.private_key_file, folder.public_key_file, folder.session_secret_file):
        yield path, f"data/{path.name}"
    for name in _FOLDERS:
        root = data_dir / name
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if path.is_file() and not path.name.startswith("."):
                yield path, f"data/{path.relative_to(data_dir)}"


class _HashingReader:
    """Reads a file for tarfile and hashes what it hands over."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.digest.update(data)
        return data


def _add(tar: tarfile.TarFile, path: Path, name: str, manifest: Manifest) -> int:
    """Streams one file into the archive; a file gone meanwhile is left out (returns 0)."""
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return 0
    with stream:
        status = os.fstat(stream.fileno())
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = status.st_size, 0o600, int(status.st_mtime)
        reader = _HashingReader(stream)
        tar.addfile(info, reader)
    manifest[name] = {"size": info.size, "sha256": reader.digest.hexdigest()}
    return info.size


def create_backup(
    data_dir: Path, settings: BackofficeSettings, out: Path, config: Path | None = None
) -> BackupSummary:
    """Writes the backup of ``data_dir`` to ``out`` (replaced atomically when complete)."""
    DataDir(data_dir).require_initialised()
    files: Manifest = {}
    total = 0
    with tempfile.TemporaryDirectory(prefix="backoffice-backup-") as scratch:
        snapshot = copy_database(data_dir, settings, Path(scratch))
        with replacing(out, mode=0o600) as stream, tarfile.open(fileobj=stream, mode="w") as tar:
            total += _add(tar, snapshot.path, snapshot.member, files)
            for path, name in _data_files(data_dir):
                total += _add(tar, path, name, files)
            if config is not None:
                total += _add(tar, config, CONFIG_MEMBER, files)
            manifest = {
                "format": FORMAT,
                "created_at": dt.datetime.now(dt.UTC).isoformat(),
                "software_version": software_version(),
                "database": snapshot.engine.value,
                "files": files,
            }
            text = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode = len(text), 0o600
            tar.addfile(info, io.BytesIO(text))
    return BackupSummary(out, len(files), total)


def _manifest(tar: tarfile.TarFile, backup: Path) -> dict[str, object]:
    try:
        member = tar.extractfile(MANIFEST)
        assert member is not None
        manifest: dict[str, object] = json.loads(member.read())
    except (KeyError, AssertionError, ValueError):
        raise BackupError(f"{backup}: not a backoffice backup (no manifest)") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{backup}: backup format {manifest.get('format')!r} is not known here")
    return manifest


def _copy_member(tar: tarfile.TarFile, name: str, path: Path) -> str:
    """One member into ``path``, streamed; returns the SHA-256 of what was written."""
    member = tar.extractfile(name)
    if member is None:
        return ""
    digest = hashlib.sha256()
    with member, replacing(path, mode=0o600) as stream:
        while block := member.read(1024 * 1024):
            digest.update(block)
            stream.write(block)
    return digest.hexdigest()


def _unpack(backup: Path, target: Path) -> dict[str, object]:
    """Every listed file into ``target``, checked against its SHA-256; nothing else."""
    try:
        with tarfile.open(backup, mode="r") as tar:
            manifest = _manifest(tar, backup)
            listed = manifest["files"]
            assert isinstance(listed, dict)
            for name, expected in listed.items():
                path = target / name
                if not path.resolve().is_relative_to(target.resolve()):
                    raise BackupError(f"{backup}: {name} points outside the backup")
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                if _copy_member(tar, name, path) != expected["sha256"]:
                    raise BackupError(f"{backup}: {name} is damaged (its SHA-256 does not match)")
    except (OSError, tarfile.TarError, KeyError) as exc:
        raise BackupError(f"{backup}: cannot read the backup ({exc})") from None
    return manifest


def _place(unpacked: Path, data_dir: Path) -> None:
    """The unpacked files in the layout of a data folder (``data/`` → the folder itself)."""
    for path in (unpacked / "data").iterdir():
        os.replace(path, data_dir / path.name)
    if (unpacked / SQLITE_MEMBER).exists():
        os.replace(unpacked / SQLITE_MEMBER, DataDir(data_dir).database_file)
    else:
        os.replace(unpacked / POSTGRESQL_MEMBER, data_dir / RESTORED_DUMP)
    os.chmod(DataDir(data_dir).public_key_file, 0o644)
    if (unpacked / CONFIG_MEMBER).exists():
        os.replace(unpacked / CONFIG_MEMBER, data_dir / RESTORED_CONFIG)


def restore_backup(backup: Path, data_dir: Path) -> dict[str, object]:
    """Restores ``backup`` into ``data_dir``, which must not exist yet (or be empty)."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(f"{data_dir} is not empty; restore into a new folder")
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restoring-", dir=data_dir.parent))
    try:
        unpacked = staging / "unpacked"
        manifest = _unpack(backup, unpacked)
        if manifest.get("database") == DatabaseEngine.SQLITE.value:
            check_database(unpacked / SQLITE_MEMBER)
        ready = staging / "data"
        ready.mkdir(mode=0o700)
        _place(unpacked, ready)
        try:
            load_keys(ready)
        except DataDirError as exc:
            raise BackupError(f"{backup}: the keys in it are unusable ({exc})") from None
        if data_dir.exists():
            data_dir.rmdir()
        os.replace(ready, data_dir)
        fsync_directory(data_dir.parent)
    except DatabaseCopyError as exc:
        raise BackupError(f"{backup}: {exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest
