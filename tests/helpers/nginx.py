"""The shipped nginx front (``deploy/nginx/buergerterminal.conf``) run by a test: its own
prefix, config and ports, stopped at the end.

Only what a test must change is changed, each by an exact edit that fails if the shipped file
no longer has that line: listen addresses (free loopback ports, no IPv6), the certificate, the
upstream nodes and, optionally, the address nginx connects to the backoffice from.
"""

from __future__ import annotations

import contextlib
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.backoffice import free_port
from tests.helpers.processes import stop_process
from tests.helpers.tls import OfficeCa

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "deploy" / "nginx" / "buergerterminal.conf"
NGINX = "/usr/sbin/nginx"
START_TIMEOUT = 30.0


def nginx_version() -> tuple[int, ...]:
    text = subprocess.run([NGINX, "-v"], capture_output=True, text=True, check=True).stderr
    match = re.search(r"nginx/(\d+)\.(\d+)\.(\d+)", text)
    assert match, text
    return tuple(int(part) for part in match.groups())


def _replace(text: str, old: str, new: str, count: int = 1) -> str:
    found = text.count(old)
    if found != count:
        raise AssertionError(f"shipped nginx config: {old!r} found {found} times, not {count}")
    return text.replace(old, new)


def render_site(
    *,
    https_port: int,
    http_port: int,
    tls: OfficeCa,
    upstreams: list[str],
    bind: str | None = None,
    shipped: str | None = None,
) -> str:
    text = shipped if shipped is not None else SHIPPED.read_text()
    text = re.sub(r"^ *listen \[::\]:.*\n", "", text, flags=re.MULTILINE)  # IPv4 loopback only
    if nginx_version() < (1, 25, 1):  # Debian 12: HTTP/2 is a listen parameter there
        text = _replace(text, "    http2 on;\n", "")
        text = _replace(text, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl http2;")
    else:
        text = _replace(text, "listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
    text = _replace(text, "listen 80;", f"listen 127.0.0.1:{http_port};")
    text = _replace(text, "/etc/buergerterminal/tls/backoffice.crt", str(tls.server_cert))
    text = _replace(text, "/etc/buergerterminal/tls/backoffice.key", str(tls.server_key))
    nodes = "\n".join(f"    server {node};" for node in upstreams)
    text = re.sub(r"^    server 127\.0\.0\.1:8470;.*$", nodes, text, count=1, flags=re.MULTILINE)
    if bind is not None:
        text = _replace(text, "    ssl_protocols", f"    proxy_bind {bind};\n    ssl_protocols")
    return text


def _main_config(prefix: Path, site: Path) -> str:
    temp = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # One process in the foreground: no user switch, nothing left behind by a killed master.
    return (
        f"daemon off;\nmaster_process off;\npid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'error.log'} notice;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n    access_log {prefix / 'access.log'};\n{temp}\n    include {site};\n}}\n"
    )


@dataclass
class NginxFront:
    prefix: Path
    https_port: int
    http_port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://localhost:{self.https_port}"

    def error_log(self) -> str:
        with contextlib.suppress(FileNotFoundError):
            return (self.prefix / "error.log").read_text(errors="replace")
        return ""

    def access_log(self) -> str:
        with contextlib.suppress(FileNotFoundError):
            return (self.prefix / "access.log").read_text(errors="replace")
        return ""


def _wait_listening(front: NginxFront) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert front.process is not None
        if front.process.poll() is not None:
            raise AssertionError(f"nginx exited:\n{front.error_log()}")
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", front.https_port), timeout=1),
        ):
            return
        time.sleep(0.05)
    raise AssertionError(f"nginx not listening after {START_TIMEOUT}s:\n{front.error_log()}")


@contextlib.contextmanager
def nginx_front(
    prefix: Path, tls: OfficeCa, upstreams: list[str], bind: str | None = None
) -> Iterator[NginxFront]:
    prefix.mkdir(parents=True, exist_ok=True)
    front = NginxFront(prefix, free_port(), free_port())
    site = prefix / "buergerterminal.conf"
    site.write_text(
        render_site(
            https_port=front.https_port,
            http_port=front.http_port,
            tls=tls,
            upstreams=upstreams,
            bind=bind,
        )
    )
    config = prefix / "nginx.conf"
    config.write_text(_main_config(prefix, site))
    command = [NGINX, "-p", str(prefix), "-c", str(config), "-e", str(prefix / "error.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    front.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_listening(front)
        yield front
    finally:
        stop_process(front.process, signal.SIGQUIT)  # graceful: open connections finish
        if front.process.stderr is not None:
            front.process.stderr.close()
