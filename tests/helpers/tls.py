"""A test CA and a server certificate it signed (for ``localhost`` and 127.0.0.1), made with the
``openssl`` command as an office would make its own.

Usage::

    ca = make_office_ca(tmp_path / "tls")
    with FakeBackoffice(tls=(ca.server_cert, ca.server_key)) as office: ...
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

_EC_KEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")


def _openssl(folder: Path, *args: str) -> None:
    result = subprocess.run(["openssl", *args], cwd=folder, capture_output=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"openssl {args[0]} failed: {result.stderr.decode()}")


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


def make_office_ca(folder: Path, common_name: str = "Jobcenter Test CA") -> OfficeCa:
    folder.mkdir(parents=True, exist_ok=True)
    _openssl(
        folder, "req", "-x509", *_EC_KEY, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
        "-subj", f"/CN={common_name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    _openssl(
        folder, "req", "-new", *_EC_KEY, "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost",
    )  # fmt: skip
    (folder / "server.ext").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
        "basicConstraints=critical,CA:FALSE\n"
        "extendedKeyUsage=serverAuth\n"
    )
    _openssl(
        folder, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "1", "-extfile", "server.ext",
    )  # fmt: skip
    return OfficeCa(folder)
