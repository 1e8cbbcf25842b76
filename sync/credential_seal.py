"""The device token at rest: sealed to this machine's TPM wherever it has one.

The bearer token in ``device.json`` is what makes a terminal itself to the office. A copied disk
(a stolen terminal's, a careless backup) would let anyone pose as the terminal. On a machine
with a TPM the token is therefore kept as ``device-token.cred``, encrypted by
``systemd-creds encrypt --with-key=tpm2`` (bound to the TPM and to PCR 7, the Secure Boot
state, systemd's default): only this machine's TPM opens it, on a disk copied elsewhere it is
useless. Where no TPM exists the token stays in ``device.json`` (mode 0600) and the heartbeat
says so, so the fleet page shows which terminals are exposed.

A unit may also hand the token over itself (``LoadCredentialEncrypted=device-token:...``):
then systemd has decrypted it into ``$CREDENTIALS_DIRECTORY/device-token``, and it is read from
there.

``SYSTEMD_TPM2_DEVICE`` chooses the TPM as for systemd itself (tests point it at swtpm).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

CREDENTIAL_NAME = "device-token"
CREDENTIAL_FILE_NAME = "device-token.cred"
_TIMEOUT_SECONDS = 30


class CredentialSealError(Exception):
    """The sealed token cannot be opened here. ``str()`` says why and what to do, for IT."""


def _systemd_creds() -> str | None:
    return shutil.which("systemd-creds")


def tpm_available() -> bool:
    if _systemd_creds() is None:
        return False
    return bool(os.environ.get("SYSTEMD_TPM2_DEVICE")) or Path("/dev/tpmrm0").exists()


def seal_token(token: str) -> bytes | None:
    """The token encrypted to this machine's TPM, or None where no TPM can be used."""
    tool = _systemd_creds()
    if tool is None or not tpm_available():
        return None
    try:
        result = subprocess.run(
            [tool, "encrypt", "--with-key=tpm2", f"--name={CREDENTIAL_NAME}", "-", "-"],
            input=token.encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("the TPM could not seal the device token (%s)", type(exc).__name__)
        return None
    if result.returncode != 0:
        log.warning(
            "the TPM could not seal the device token (%s); keeping it in device.json",
            _last_line(result.stderr),
        )
        return None
    return result.stdout


def unseal_token(path: Path) -> str:
    """The token from ``path`` (made by :func:`seal_token`), or from the credential systemd
    handed this service. Raises :class:`CredentialSealError`."""
    handed = os.environ.get("CREDENTIALS_DIRECTORY")
    if handed and (Path(handed) / CREDENTIAL_NAME).is_file():
        return (Path(handed) / CREDENTIAL_NAME).read_text(encoding="utf-8").strip()
    tool = _systemd_creds()
    if tool is None:
        raise CredentialSealError(
            f"{path}: the device token is sealed to a TPM, but systemd-creds is not installed"
        )
    try:
        result = subprocess.run(
            [tool, "decrypt", f"--name={CREDENTIAL_NAME}", str(path), "-"],
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CredentialSealError(
            f"{path}: the TPM did not answer ({type(exc).__name__})"
        ) from None
    if result.returncode != 0:
        raise CredentialSealError(
            f"{path}: this machine's TPM cannot open the device token "
            f"({_last_line(result.stderr)}): the data folder was copied from another machine, "
            "or the TPM or Secure Boot settings changed; enroll again with "
            "'kiosk enroll URL TOKEN'"
        )
    return result.stdout.decode("utf-8").strip()


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:160] if lines else "no message"
