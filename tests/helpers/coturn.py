"""Debian's coturn, started by a test with its own config and state folder.

Usage::

    with running_coturn(folder, "127.0.0.1", secret) as turn:
        turn.url("udp")            # "turn:127.0.0.1:PORT?transport=udp"
        turn.url("tls")            # "turns:127.0.0.1:TLSPORT?transport=tcp" (with a cert)

It authenticates with the TURN REST API scheme only (``use-auth-secret``), as the office's
production coturn does. ``prefix`` runs it inside a network namespace (``ip netns exec ...``).
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.backoffice import free_port
from tests.helpers.test_ca import ServerCertificate

TURNSERVER = "/usr/bin/turnserver"
REALM = "buergerterminal.test"
START_TIMEOUT = 20.0


class CoturnUnavailableError(RuntimeError):
    """Debian's coturn is not installed here."""


@dataclass
class CoturnServer:
    address: str
    port: int
    tls_port: int | None
    folder: Path
    process: subprocess.Popen[bytes]

    def url(self, transport: str) -> str:
        """``udp``, ``tcp`` or ``tls`` (TURN over TLS: ``turns:``, TCP underneath)."""
        if transport == "tls":
            if self.tls_port is None:
                raise ValueError("this coturn was started without a certificate")
            return f"turns:{self.address}:{self.tls_port}?transport=tcp"
        return f"turn:{self.address}:{self.port}?transport={transport}"

    def log_text(self) -> str:
        with contextlib.suppress(FileNotFoundError):
            return (self.folder / "turnserver.log").read_text(errors="replace")
        return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _config(
    address: str,
    port: int,
    secret: str,
    folder: Path,
    certificate: ServerCertificate | None,
    tls_port: int,
    relay_ports: tuple[int, int],
) -> str:
    lines = [
        f"listening-ip={address}",
        f"relay-ip={address}",
        f"listening-port={port}",
        f"min-port={relay_ports[0]}",
        f"max-port={relay_ports[1]}",
        "use-auth-secret",
        f"static-auth-secret={secret}",
        f"realm={REALM}",
        "fingerprint",
        "no-cli",
        "no-dtls",
        "no-multicast-peers",
        "no-software-attribute",
        f"pidfile={folder / 'turnserver.pid'}",
        f"userdb={folder / 'turndb'}",
        "log-file=stdout",
        "simple-log",
        "verbose",
    ]
    if address.startswith("127."):
        lines.append("allow-loopback-peers")
    if certificate is None:
        lines.append("no-tls")
    else:
        lines += [
            f"tls-listening-port={tls_port}",
            f"cert={certificate.cert_file}",
            f"pkey={certificate.key_file}",
        ]
    return "\n".join(lines) + "\n"


def _wait_listening(server: CoturnServer, prefix: list[str]) -> None:
    """Until coturn's TCP listener is up (its UDP one opens before it)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"coturn exited during start:\n{server.log_text()}")
        shown = subprocess.run(
            [*prefix, "ss", "-Hltn", f"src {server.address} and sport = :{server.port}"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if shown.stdout.strip():
            return
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"coturn not listening after {START_TIMEOUT}s:\n{server.log_text()}")


@contextlib.contextmanager
def running_coturn(
    folder: Path,
    address: str,
    secret: str,
    certificate: ServerCertificate | None = None,
    prefix: list[str] | None = None,
    port: int | None = None,
    tls_port: int | None = None,
) -> Iterator[CoturnServer]:
    """coturn on ``address`` (UDP and TCP on ``port``; TLS on ``tls_port`` with a cert)."""
    if shutil.which(TURNSERVER) is None:
        raise CoturnUnavailableError("coturn is not installed (apt-get install coturn)")
    folder.mkdir(parents=True, exist_ok=True)
    prefix = prefix or []
    # In a namespace of our own every port is free; on the host, ask the kernel.
    port = port or (3478 if prefix else free_port())
    tls = (tls_port or (443 if prefix else free_port())) if certificate else None
    low = 49152 if prefix else 20000 + free_port() % 40000
    config = folder / "turnserver.conf"
    config.write_text(
        _config(address, port, secret, folder, certificate, tls or 0, (low, low + 199))
    )
    config.chmod(0o600)
    with (folder / "turnserver.log").open("ab") as log:
        process = subprocess.Popen(
            [*prefix, TURNSERVER, "-c", str(config)], stdout=log, stderr=subprocess.STDOUT
        )
    server = CoturnServer(address, port, tls, folder, process)
    try:
        _wait_listening(server, prefix)
        yield server
    finally:
        server.stop()
