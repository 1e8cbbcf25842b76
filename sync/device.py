"""The terminal's identity at its backoffice, as handed out by ``kiosk enroll``.

Stored as JSON in ``<data_dir>/device.json``, readable by the terminal's user only (mode 0600):
it holds the bearer token the backoffice accepts submissions with.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from durable.files import write_file_atomically

DEVICE_FILE_NAME = "device.json"


class DeviceFileError(Exception):
    """``device.json`` exists but cannot be read or is not valid. ``str()`` names the file."""


class DeviceCredentials(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    device_id: uuid.UUID
    device_token: str
    backoffice_url: str
    # X25519 public key, base64: every payload is sealed to it.
    backoffice_public_key: str
    office_name: str
    enrolled_at: dt.datetime


def device_file(data_dir: Path) -> Path:
    return data_dir / DEVICE_FILE_NAME


def save_device(data_dir: Path, credentials: DeviceCredentials) -> None:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = credentials.model_dump_json(indent=2) + "\n"
    write_file_atomically(device_file(data_dir), text.encode("utf-8"), mode=0o600)


def load_device(data_dir: Path) -> DeviceCredentials | None:
    """The stored credentials, or ``None`` if this terminal has not been enrolled."""
    path = device_file(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DeviceFileError(f"{path}: cannot read device file ({exc.strerror})") from None
    try:
        return DeviceCredentials.model_validate_json(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(file)'}: {error['msg']}"
            for error in exc.errors(include_input=False)
        )
        raise DeviceFileError(
            f"{path}: device file is damaged ({problems}); enroll the terminal again "
            "with 'kiosk enroll URL TOKEN'"
        ) from None
