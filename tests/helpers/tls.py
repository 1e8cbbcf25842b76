"""A test CA and a server certificate it signed, made with the ``openssl`` command, as an office
would make its own (docs/operations.md shows the same commands).

Usage::

    ca = make_office_ca(tmp_path / "tls")           # ca.crt, server.crt (localhost, 127.0.0.1)
    with FakeBackoffice(tls=(ca.server_cert, ca.server_key)) as office: ...
    requests.get(url, verify=str(ca.ca_cert))
    chromium(extra_flags=[ca.chromium_trust_flag()])
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path


def _openssl(*args: str, cwd: Path) -> bytes:
    result = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"openssl {args[0]} failed: {result.stderr.decode()}")
    return result.stdout


@dataclass(frozen=True)
class OfficeCa:
    folder: Path

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def server_cert(self) -> Path:
        return self.folder / "server.crt"

    @property
    def server_key(self) -> Path:
        return self.folder / "server.key"

    def chromium_trust_flag(self) -> str:
        """Chromium accepts the server's key (it has no per-profile CA store we could fill)."""
        der = _openssl("x509", "-in", str(self.server_cert), "-pubkey", "-noout", cwd=self.folder)
        spki = subprocess.run(
            ["openssl", "pkey", "-pubin", "-outform", "der"],
            input=der,
            capture_output=True,
            check=True,
        ).stdout
        pin = base64.b64encode(hashlib.sha256(spki).digest()).decode()
        return f"--ignore-certificate-errors-spki-list={pin}"


def _server_extensions(names: tuple[str, ...], addresses: tuple[str, ...]) -> str:
    alt = ",".join([*(f"DNS:{n}" for n in names), *(f"IP:{a}" for a in addresses)])
    return (
        f"subjectAltName={alt}\n"
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
    )


def make_office_ca(
    folder: Path,
    common_name: str = "Jobcenter Test CA",
    names: tuple[str, ...] = ("localhost",),
    addresses: tuple[str, ...] = ("127.0.0.1",),
) -> OfficeCa:
    folder.mkdir(parents=True, exist_ok=True)
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "3",
        "-subj", f"/CN={common_name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-addext", "subjectKeyIdentifier=hash",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", "-new", *ec, "-keyout", "server.key", "-out", "server.csr",
        "-subj", f"/CN={names[0]}",
        cwd=folder,
    )  # fmt: skip
    (folder / "server.ext").write_text(_server_extensions(names, addresses))
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "server.ext",
        cwd=folder,
    )  # fmt: skip
    return OfficeCa(folder)
