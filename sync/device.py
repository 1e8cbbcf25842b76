"""The terminal's identity at its backoffice, as handed out by ``kiosk enroll``.

Stored as JSON in ``<data_dir>/device.json``, readable by the terminal's user only (mode 0600).
The bearer token the backoffice accepts submissions with is sealed to the machine's TPM where
it has one (``device-token.cred``, :mod:`sync.credential_seal`); ``device.json`` then holds
everything else and ``token_sealed: true``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from durable.files import write_file_atomically
from sync.credential_seal import (
    CREDENTIAL_FILE_NAME,
    CredentialSealError,
    seal_token,
    unseal_token,
)

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
    # The token is kept sealed to this machine's TPM (device-token.cred), not in device.json.
    token_sealed: bool = False
    # The key's id as the office named it in a heartbeat answer (contract.sealing.key_id); None
    # until then (an office older than key rotation names none).
    backoffice_key_id: str | None = None

    def with_office_key(self, public_key: str, key_id: str | None) -> DeviceCredentials:
        """The same credentials sealing to the office's key ``public_key`` (named ``key_id``)."""
        return self.model_copy(
            update={"backoffice_public_key": public_key, "backoffice_key_id": key_id}
        )


def device_file(data_dir: Path) -> Path:
    return data_dir / DEVICE_FILE_NAME


def save_device(data_dir: Path, credentials: DeviceCredentials) -> DeviceCredentials:
    """Store the credentials, the token sealed to the TPM if there is one; returns what was
    stored (``token_sealed`` says which)."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    sealed = seal_token(credentials.device_token)
    stored = credentials.model_copy(update={"token_sealed": sealed is not None})
    on_disk = stored
    credential = data_dir / CREDENTIAL_FILE_NAME
    if sealed is not None:
        write_file_atomically(credential, sealed, mode=0o600)
        on_disk = stored.model_copy(update={"device_token": ""})
    _write_device_file(data_dir, on_disk)
    if sealed is None:
        credential.unlink(missing_ok=True)  # from an earlier enrollment on this machine
    return stored


def _write_device_file(data_dir: Path, on_disk: DeviceCredentials) -> None:
    text = on_disk.model_dump_json(indent=2) + "\n"
    write_file_atomically(device_file(data_dir), text.encode("utf-8"), mode=0o600)


def adopt_sealing_key(
    data_dir: Path, device_id: uuid.UUID, public_key: str, key_id: str
) -> DeviceCredentials | None:
    """Stores the office's new sealing key in ``device.json`` (atomically), if it is new.

    Read afresh and only for ``device_id``: a terminal enrolled again meanwhile keeps its new
    credentials. The token stays as it is stored (sealed to the TPM or not), untouched.
    Returns the stored credentials (a sealed token left empty) if they changed, else ``None``.
    """
    current = load_device(data_dir, with_token=False)
    if current is None or current.device_id != device_id:
        return None
    if (current.backoffice_public_key, current.backoffice_key_id) == (public_key, key_id):
        return None
    updated = current.with_office_key(public_key, key_id)
    _write_device_file(data_dir, updated)
    return updated


def load_device(data_dir: Path, *, with_token: bool = True) -> DeviceCredentials | None:
    """The stored credentials, or ``None`` if this terminal has not been enrolled.

    ``with_token=False`` leaves a sealed token sealed (``device_token`` is then empty): for
    everything that needs only the office's address and key (sealing a submission, status),
    so that it works without the TPM and without its delay."""
    path = device_file(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DeviceFileError(f"{path}: cannot read device file ({exc.strerror})") from None
    try:
        stored = DeviceCredentials.model_validate_json(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(file)'}: {error['msg']}"
            for error in exc.errors(include_input=False)
        )
        raise DeviceFileError(
            f"{path}: device file is damaged ({problems}); enroll the terminal again "
            "with 'kiosk enroll URL TOKEN'"
        ) from None
    if not stored.token_sealed or not with_token:
        return stored
    try:
        token = unseal_token(data_dir / CREDENTIAL_FILE_NAME)
    except (CredentialSealError, OSError) as exc:
        raise DeviceFileError(str(exc)) from None
    return stored.model_copy(update={"device_token": token})
