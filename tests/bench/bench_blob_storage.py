"""Where a region keeps sealed uploads and received documents: a folder every node mounts, or
PostgreSQL (bytea rows)? Prints figures side by side; asserts nothing.

    .venv/bin/python tests/bench/bench_blob_storage.py [--chunks 40] [--writers 4]

Each variant stores ``--chunks`` chunks of 1 MiB (a tus chunk as the terminal sends it) the
way the backoffice would, durably, then reads them back:

- folder:  a file per chunk, written, fsynced, its folder fsynced (backoffice.tus.store);
- bytea:   a row per chunk, one INSERT per transaction, commit (fsync and synchronous commit
           on, as in production: a PostgreSQL server of its own, not the tests' careless one);

once by one writer, once by ``--writers`` at the same time. The folder here is the local disk
of the database too: on a network share (NFS) both the folder's writes and the database's
commits pay the network, so compare the shapes, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from backoffice.tus.store import write_durably  # noqa: E402
from tests.helpers.postgres import PostgresServer  # noqa: E402

MIB = 1024 * 1024


def _folder_writer(root: Path) -> Callable[[int, bytes], None]:
    # The backoffice's own durable write of a chunk.
    return lambda n, data: write_durably(root / f"{n:06d}", data)


def _folder_reader(root: Path) -> Callable[[int], bytes]:
    return lambda n: (root / f"{n:06d}").read_bytes()


def _bytea_writer(server: PostgresServer, database: str) -> Callable[[int, bytes], None]:
    def write(n: int, data: bytes) -> None:
        with server.connect(database) as connection:
            connection.autocommit = False
            with connection.transaction():
                connection.execute("INSERT INTO chunk (n, data) VALUES (%s, %s)", (n, data))

    return write


def _bytea_reader(server: PostgresServer, database: str) -> Callable[[int], bytes]:
    def read(n: int) -> bytes:
        with server.connect(database) as connection:
            row = connection.execute("SELECT data FROM chunk WHERE n = %s", (n,)).fetchone()
        assert row is not None
        return bytes(row[0])  # type: ignore[arg-type]

    return read


def _timed(calls: list[Callable[[], object]], workers: int) -> tuple[list[float], float]:
    def run(call: Callable[[], object]) -> float:
        start = time.perf_counter()
        call()
        return time.perf_counter() - start

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        latencies = list(pool.map(run, calls))
    return latencies, time.perf_counter() - start


def _row(name: str, latencies: list[float], wall: float, count: int) -> str:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    return f"{name:<28} {p50:8.1f} {p99:8.1f} {count * MIB / wall / MIB:9.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=40)
    parser.add_argument("--writers", type=int, default=4)
    args = parser.parse_args()
    data = os.urandom(MIB)
    print(f"machine load before: {os.getloadavg()[0]:.2f} (1-min average), {os.cpu_count()} CPUs")
    print(f"{'1 MiB chunks':<28} {'p50 ms':>8} {'p99 ms':>8} {'MiB/s':>9}")
    with PostgresServer.started(durable=True) as server, tempfile.TemporaryDirectory() as tmp:
        with server.connect() as connection:
            connection.execute("CREATE DATABASE blobs")
        with server.connect("blobs") as connection:
            connection.execute("CREATE TABLE chunk (n integer PRIMARY KEY, data bytea NOT NULL)")
            # What the backoffice would do: no TOAST compression of sealed (random) bytes.
            connection.execute("ALTER TABLE chunk ALTER COLUMN data SET STORAGE EXTERNAL")
        variants = {
            "folder": (_folder_writer(Path(tmp)), _folder_reader(Path(tmp))),
            "postgresql bytea": (_bytea_writer(server, "blobs"), _bytea_reader(server, "blobs")),
        }
        for name, (write, read) in variants.items():
            for workers, offset in ((1, 0), (args.writers, args.chunks)):
                numbers = range(offset, offset + args.chunks)
                calls = [lambda n=n, write=write: write(n, data) for n in numbers]
                latencies, wall = _timed(calls, workers)
                print(_row(f"{name} write x{workers}", latencies, wall, args.chunks))
            reads = [lambda n=n, read=read: read(n) for n in range(args.chunks)]
            latencies, wall = _timed(reads, 1)
            print(_row(f"{name} read x1", latencies, wall, args.chunks))
    print(f"machine load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
