"""Delivery figures against baselines measured in the same run. Prints; asserts nothing timed.

    .venv/bin/python tests/bench/bench_delivery.py [--only kills|recovery|goodput|resend]
        [--kill-cycles 200] [--outage-seconds 60]

- kills:    SIGKILL ``kiosk sync`` at random points of deliveries (callbacks and tus-uploaded
            documents), then exactly-once and byte-identity against the office's database.
- recovery: seconds from the backoffice becoming reachable to the first delivery, after an
            outage long enough for the backoff to grow (default settings: base 2 s, cap
            600 s); baseline: the same delivery with the office up all along. Goal <= 5 s.
- goodput:  a document over a 1 Mbit/s link (the FaultProxy throttle), delivered by the daemon
            with tus chunks, as a share of the link rate; baseline: the same sealed bytes in
            one plain request over the same link. Goal >= 80 %.
- resend:   bytes sent again per interruption of the link (every connection reset) during a
            document's upload; baseline: the same interruptions on a one-request upload.
            Goal: at most one chunk.

Everything runs on loopback: a real backoffice process, real ``kiosk sync`` processes.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from config.schema import SyncSettings  # noqa: E402
from sync.device import load_device  # noqa: E402
from sync.office_link import OfficeLink  # noqa: E402
from sync.tus_client import TusClient, TusError, UploadTarget  # noqa: E402
from tests.helpers.backoffice import BackofficeProcess, running_backoffice  # noqa: E402
from tests.helpers.fault_proxy import Fault  # noqa: E402
from tests.helpers.reliability_ledger import OfficeLedger  # noqa: E402
from tests.helpers.reliability_rig import DeliveryRig, SyncTimings, wait_for  # noqa: E402
from tests.helpers.reliability_soak import run_kill_cycles  # noqa: E402

LINK_BYTES_PER_SECOND = 125_000  # 1 Mbit/s
DOCUMENT_BYTES = 1_500_000
BENCH_CHUNK_BYTES = 256 * 1024


@contextlib.contextmanager
def office_and_rig(
    root: Path, office: BackofficeProcess, timings: SyncTimings
) -> Iterator[DeliveryRig]:
    with DeliveryRig.create(root, office, timings) as rig:
        yield rig


def bench_kills(root: Path, office: BackofficeProcess, cycles: int) -> None:
    ledger = OfficeLedger(office.data_dir)
    started = time.monotonic()
    with office_and_rig(root / "kills", office, SyncTimings()) as rig:
        report = run_kill_cycles(rig, ledger, cycles, random.Random(200))
        ledger.assert_exactly_once(rig.device_id, report.queued_items)
        ledger.assert_documents_once(rig.device_id, report.queued_documents)
    print(
        f"kills: {report.cycles} SIGKILLs, {report.queued} callbacks + "
        f"{len(report.queued_documents)} documents, all stored exactly once and byte-identical; "
        f"{report.after_first_byte} kills after bytes were on the wire, "
        f"{len(report.answer_lost)} stored-but-unacknowledged then replayed; "
        f"final drain {report.drain_seconds:.1f} s; total {time.monotonic() - started:.0f} s"
    )


def _one_delivery_seconds(rig: DeliveryRig) -> float:
    queued = rig.queue(1)
    return rig.wait_until_delivered(queued, timeout=900)


def bench_recovery(root: Path, office: BackofficeProcess, outage: float) -> None:
    # The production defaults for backoff; short timeouts only so refusals are quick.
    timings = SyncTimings(
        connect_timeout_seconds=2.0,
        read_timeout_seconds=10.0,
        backoff_base_seconds=2.0,
        backoff_cap_seconds=600.0,
        poll_seconds=1.0,
    )
    with office_and_rig(root / "recovery", office, timings) as rig:
        daemon = rig.start_daemon()
        time.sleep(3)  # let it come up
        baseline = _one_delivery_seconds(rig)
        figures = []
        for trial in range(3):
            rig.proxy.set_fault(Fault.REFUSE)
            queued = rig.queue(2)
            time.sleep(outage)
            with rig.outbox() as outbox:
                attempts = max(item.attempts for item in outbox.queued())
            rig.proxy.set_fault(Fault.NONE)
            seconds = rig.wait_until_delivered(queued, timeout=900)
            figures.append(seconds)
            print(
                f"recovery trial {trial + 1}: outage {outage:.0f} s ({attempts} failed attempts "
                f"before it healed): all delivered {seconds:.1f} s after the office came back"
            )
        assert daemon.stop() == 0
    print(
        f"recovery: {', '.join(f'{s:.1f}' for s in figures)} s after reachable (goal <= 5 s); "
        f"baseline with the office up: {baseline:.1f} s"
    )


def _sealed_document_file(rig: DeliveryRig) -> Path:
    """The sealed blob of the newest queued document (what the daemon uploads)."""
    blobs = sorted(
        (rig.terminal.data_dir / "blobs").glob("*.sealed"), key=lambda p: p.stat().st_mtime
    )
    return blobs[-1]


def _ignore(_: object) -> None:
    pass


def _plain_upload(
    rig: DeliveryRig, blob: Path, interrupt_every: float | None, max_interruptions: int = 0
) -> tuple[float, int, int]:
    """One tus upload with a single chunk as large as the file: a plain one-request upload.
    Returns (seconds, bytes the proxy forwarded, interruptions)."""
    device = load_device(rig.terminal.data_dir)
    assert device is not None
    size = blob.stat().st_size
    sent = rig.proxy.stats.client_bytes
    interruptions = 0
    stop = threading.Event()

    def interrupter() -> None:
        nonlocal interruptions
        while (
            interrupt_every is not None
            and interruptions < max_interruptions
            and not stop.wait(interrupt_every)
        ):
            rig.proxy.reset_connections()
            interruptions += 1

    thread = threading.Thread(target=interrupter, daemon=True)
    started = time.monotonic()
    thread.start()
    link = OfficeLink(
        device.backoffice_url,
        SyncSettings(connect_timeout_seconds=5.0, read_timeout_seconds=60.0),
    )
    client = TusClient(link, device.device_token, chunk_bytes=size)
    attachment_id = uuid.uuid4()
    for _ in range(50):
        target = UploadTarget(attachment_id, blob, size, None, _ignore, _ignore)
        try:
            client.upload(target)
            break
        except TusError:  # a plain client starts again from the beginning
            time.sleep(0.2)
    stop.set()
    thread.join()
    return time.monotonic() - started, rig.proxy.stats.client_bytes - sent, interruptions


def _daemon_upload(rig: DeliveryRig, interrupt_every: float | None) -> tuple[float, int, int, int]:
    """Queue a document and let the daemon deliver it. Returns (seconds from first byte to
    receipt, bytes forwarded, interruptions, sealed size)."""
    document = rig.queue_document(DOCUMENT_BYTES)
    size = _sealed_document_file(rig).stat().st_size
    sent = rig.proxy.stats.client_bytes
    daemon = rig.start_daemon()
    wait_for(lambda: rig.proxy.stats.client_bytes > sent, "the daemon starts sending", 120)
    started = time.monotonic()
    interruptions = 0
    while True:
        with rig.outbox() as outbox:
            if not outbox.queued():
                break
        if interrupt_every is not None and time.monotonic() - started > interrupt_every * (
            interruptions + 1
        ):
            rig.proxy.reset_connections()
            interruptions += 1
        time.sleep(0.05)
    seconds = time.monotonic() - started
    assert daemon.stop() == 0
    del document
    return seconds, rig.proxy.stats.client_bytes - sent, interruptions, size


def bench_link(root: Path, office: BackofficeProcess, which: str) -> None:
    timings = SyncTimings(chunk_bytes=BENCH_CHUNK_BYTES, read_timeout_seconds=30.0)
    with office_and_rig(root / which, office, timings) as rig:
        rig.proxy.throttle(LINK_BYTES_PER_SECOND)
        if which == "goodput":
            seconds, wire, _, size = _daemon_upload(rig, None)
            rig.queue_document(DOCUMENT_BYTES)
            plain_seconds, plain_wire, _ = _plain_upload(rig, _sealed_document_file(rig), None)
            rate = LINK_BYTES_PER_SECOND
            print(
                f"goodput at 1 Mbit/s: daemon (tus, {BENCH_CHUNK_BYTES // 1024} KiB chunks) "
                f"{size} sealed bytes in {seconds:.1f} s = {size / seconds / rate:.0%} of the link "
                f"({wire} bytes on the wire); plain one-request upload {plain_seconds:.1f} s = "
                f"{size / plain_seconds / rate:.0%} ({plain_wire} bytes on the wire); goal >= 80 %"
            )
        else:
            seconds, wire, cuts, size = _daemon_upload(rig, 3.0)
            rig.queue_document(DOCUMENT_BYTES)
            p_seconds, p_wire, p_cuts = _plain_upload(
                rig, _sealed_document_file(rig), 3.0, max_interruptions=cuts
            )
            extra = (wire - size) / max(cuts, 1)
            p_extra = (p_wire - size) / max(p_cuts, 1)
            print(
                f"resend: daemon (tus, {BENCH_CHUNK_BYTES} B chunks): {cuts} interruptions, "
                f"{wire} bytes on the wire for {size} sealed bytes = {extra:.0f} B sent again "
                f"per interruption (goal <= one chunk, {BENCH_CHUNK_BYTES} B), {seconds:.1f} s; "
                f"plain one-request upload: {p_cuts} interruptions, {p_wire} bytes = "
                f"{p_extra:.0f} B sent again per interruption, {p_seconds:.1f} s"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["kills", "recovery", "goodput", "resend"])
    parser.add_argument("--kill-cycles", type=int, default=200)
    parser.add_argument("--outage-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-delivery-") as temp:
        root = Path(temp)
        with running_backoffice(root / "office" / "backoffice") as office:
            if args.only in (None, "resend"):
                bench_link(root, office, "resend")
            if args.only in (None, "goodput"):
                bench_link(root, office, "goodput")
            if args.only in (None, "recovery"):
                bench_recovery(root, office, args.outage_seconds)
            if args.only in (None, "kills"):
                bench_kills(root, office, args.kill_cycles)


if __name__ == "__main__":
    main()
