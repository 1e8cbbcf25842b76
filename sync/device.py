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
    # The key's id as the office named it in a heartbeat answer (contract.sealing.key_id); None
    # until then (an office older than key rotation names none).
    backoffice_key_id: str | None = None


def device_file(data_dir: Path) -> Path:
    return data_dir / DEVICE_FILE_NAME


def save_device(data_dir: Path, credentials: DeviceCredentials) -> None:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = credentials.model_dump_json(indent=2) + "\n"
    write_file_atomically(device_file(data_dir), text.encode("utf-8"), mode=0o600)


def adopt_sealing_key(
    data_dir: Path, device_id: uuid.UUID, public_key: str, key_id: str
) -> DeviceCredentials | None:
    """Stores the office's new sealing key in ``device.json`` (atomically), if it is new.

    Read afresh and only for ``device_id``: a terminal enrolled again meanwhile keeps its new
    credentials. Returns the stored credentials if they changed, else ``None``.
    """
    current = load_device(data_dir)
    if current is None or current.device_id != device_id:
        return None
    if (current.backoffice_public_key, current.backoffice_key_id) == (public_key, key_id):
        return None
    updated = current.model_copy(
        update={"backoffice_public_key": public_key, "backoffice_key_id": key_id}
    )
    save_device(data_dir, updated)
    return updated


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
