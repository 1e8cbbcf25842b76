"""A region on one machine: one PostgreSQL database, a data folder every node shares, two or
more ``backoffice serve`` nodes, and HAProxy (Debian's) in front, balancing request by request
and dropping a node within a second of its health check failing.

    with running_region(tmp_path, postgres_server) as region:
        region.url                 # through the proxy
        region.nodes[0].url        # one node directly
        region.nodes[0].kill()     # SIGKILL, as when its host dies
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.helpers.backoffice import START_TIMEOUT, BackofficeProcess, free_port, settings_file
from tests.helpers.orphans import die_with_parent
from tests.helpers.postgres import PostgresServer

HAPROXY_CONFIG = """\
global
    maxconn 4000
defaults
    mode http
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    # A request that cannot reach its node goes to another.
    option redispatch
    retries 3
frontend front
    bind 127.0.0.1:{port}
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /api/v1/health
    default-server inter 300ms fall 1 rise 2
{servers}
"""


class Haproxy:
    def __init__(self, folder: Path, backends: list[int]) -> None:
        self.port = free_port()
        self.config = folder / "haproxy.cfg"
        servers = "\n".join(
            f"    server node{n} 127.0.0.1:{port} check" for n, port in enumerate(backends)
        )
        self.config.write_text(HAPROXY_CONFIG.format(port=self.port, servers=servers))
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._process = subprocess.Popen(
            ["haproxy", "-db", "-f", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError("haproxy did not come up")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None


@dataclass
class Region:
    nodes: list[BackofficeProcess]
    proxy: Haproxy
    database_url: str

    @property
    def url(self) -> str:
        return self.proxy.url

    @property
    def data_dir(self) -> Path:
        return self.nodes[0].data_dir


@contextlib.contextmanager
def running_region(
    folder: Path, server: PostgresServer, nodes: int = 2, workers: int = 1, **settings: str | int
) -> Iterator[Region]:
    url = server.fresh_database()
    data = folder / "shared-data"
    config = settings_file(data, url, **settings)
    processes = [
        BackofficeProcess(data, free_port(), config, name=f"-node{n}", workers=workers)
        for n in range(nodes)
    ]
    processes[0].init()
    proxy = Haproxy(folder, [node.port for node in processes])
    try:
        for node in processes:
            node.start()
        proxy.start()
        yield Region(processes, proxy, url)
    finally:
        proxy.stop()
        for node in processes:
            node.stop()
        server.drop_database(url)
