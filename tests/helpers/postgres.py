"""A throw-away PostgreSQL server for tests: Debian's ``initdb`` and ``pg_ctl``, run as the
``postgres`` user (PostgreSQL refuses to run as root), a data folder under /tmp and a free port.

One server per test session (or xdist worker); every test gets a database of its own, made in
a few milliseconds with ``CREATE DATABASE ... TEMPLATE`` from a template that already holds the
backoffice's schema (migrations run once per server)::

    with PostgresServer.started() as server:
        url = server.fresh_database()      # postgresql+psycopg://postgres@127.0.0.1:PORT/t_...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

from tests.helpers.backoffice import free_port
from tests.helpers.orphans import stop_when_gone

BIN = Path("/usr/lib/postgresql/15/bin")
TEMPLATE = "bt_template"
START_TIMEOUT = 60.0
# The superuser; tests reach it on loopback only, trusted without a password.
USER = "postgres"


def _as_postgres(*command: str) -> list[str]:
    # runuser only exists for root; a developer who is not root runs the server as themselves.
    if os.geteuid() == 0:
        return ["runuser", "-u", USER, "--", *command]
    return list(command)


class PostgresServer:
    def __init__(self, folder: Path, port: int, durable: bool = False) -> None:
        self.folder = folder
        self.port = port
        self.durable = durable
        self._template_ready = False
        self._watcher: subprocess.Popen[bytes] | None = None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=USER, dbname=database, autocommit=True
        )

    # ---- life ------------------------------------------------------------------------------

    @classmethod
    @contextlib.contextmanager
    def started(cls, durable: bool = False) -> Iterator[PostgresServer]:
        """``durable``: fsync and synchronous commit on, as in production (benchmarks)."""
        folder = Path(tempfile.mkdtemp(prefix="bt-postgres-"))
        server = cls(folder, free_port(), durable)
        try:
            server._init()
            server._start()
            yield server
        finally:
            server._stop()
            shutil.rmtree(folder, ignore_errors=True)

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            _as_postgres(*command), capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed:\n{result.stdout}\n{result.stderr}")

    def _init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, USER)
        self._run(
            str(BIN / "initdb"),
            "-D",
            str(self.data),
            "-U",
            USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def _start(self) -> None:
        # Tests: no fsync (a crash loses the throw-away data, nothing else). The socket in our
        # own folder, so two servers never meet at /var/run/postgresql.
        careless = (
            ""
            if self.durable
            else ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 {careless}-c max_connections=300 "
            f"-c unix_socket_directories={self.folder}"
        )
        self._run(
            str(BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            str(int(START_TIMEOUT)),
            "start",
        )
        # pg_ctl detaches the server: if this process dies untidily, stop it all the same.
        stop = _as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        self._watcher = stop_when_gone(stop, ["rm", "-rf", str(self.folder)])

    def _stop(self) -> None:
        if self._watcher is not None:
            self._watcher.kill()
            self._watcher.wait()
        if not (self.data / "postmaster.pid").exists():
            return
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    @property
    def pid(self) -> int | None:
        """The postmaster's process id (its backends are its children)."""
        with contextlib.suppress(OSError, ValueError, IndexError):
            return int((self.data / "postmaster.pid").read_text().splitlines()[0])
        return None

    def log_text(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")
        return ""

    # ---- databases -------------------------------------------------------------------------

    def fresh_database(self, migrated: bool = True) -> str:
        """A new, empty database (with the backoffice's schema unless ``migrated=False``)."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        if migrated:
            self._ensure_template()
        template = TEMPLATE if migrated else "template0"
        with self.connect() as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self.connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        # Imported here: the helper is also used where the backoffice is not (bench set-up).
        from backoffice.storage.engine import make_engine
        from backoffice.storage.migrate import upgrade

        with self.connect() as connection:
            connection.execute(f'CREATE DATABASE "{TEMPLATE}"')
        engine = make_engine(self.url(TEMPLATE))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        self._template_ready = True
