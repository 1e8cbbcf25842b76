"""A bad link between terminal and office: every fault heals, then all arrives, exactly once.

One enrolled terminal and one ``kiosk sync`` daemon (a real process) serve the whole module, as
on a real terminal the daemon lives through many faults. Each test queues its own callback
requests, switches a fault on in the FaultProxy, waits until the daemon has met it (the
terminal's own last error says so), heals the link and checks the office's database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_device import MARKER_NAME, MARKER_PHONE
from tests.helpers.fault_proxy import Fault
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig, SyncDaemon, SyncTimings, wait_for


@pytest.fixture(scope="module")
def rig(
    office: BackofficeProcess, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DeliveryRig]:
    timings = SyncTimings(connect_timeout_seconds=1.0, read_timeout_seconds=1.5)
    with DeliveryRig.create(tmp_path_factory.mktemp("terminal"), office, timings) as running:
        yield running


@pytest.fixture(scope="module")
def daemon(rig: DeliveryRig) -> Iterator[SyncDaemon]:
    running = rig.start_daemon()
    yield running
    assert running.stop() == 0
    log = running.log_text()
    assert MARKER_NAME not in log and MARKER_PHONE not in log, "personal data in the IT log"


@pytest.fixture
def ledger(office: BackofficeProcess) -> OfficeLedger:
    return OfficeLedger(office.data_dir)


@pytest.fixture(autouse=True)
def healed_link(rig: DeliveryRig) -> Iterator[None]:
    yield
    rig.proxy.set_fault(Fault.NONE)
    rig.proxy.throttle(None)


def test_refused_connections(rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger) -> None:
    rig.proxy.set_fault(Fault.REFUSE)
    queued = rig.queue(2)
    wait_for(lambda: rig.last_error() == "ConnectionError", "the daemon meets a refusal")
    assert rig.undelivered() == 2

    rig.proxy.set_fault(Fault.NONE)
    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)


def test_connection_cut_mid_request(
    rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger
) -> None:
    cuts = rig.proxy.stats.cuts
    # 600 bytes: past the request head, inside the JSON envelope.
    rig.proxy.set_fault(Fault.CUT, cut_after=600)
    queued = rig.queue(2)
    wait_for(lambda: rig.proxy.stats.cuts >= cuts + 2, "two requests cut mid-body")
    assert rig.undelivered() == 2

    rig.proxy.set_fault(Fault.NONE)
    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)


def test_answer_lost_after_the_office_stored_it(
    rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger
) -> None:
    rig.proxy.set_fault(Fault.DROP_ANSWER)
    queued = rig.queue(2)
    stored = {entry.submission_id for entry in queued}
    wait_for(
        lambda: stored <= {e.submission_id for e in ledger.callbacks_from(rig.device_id)},
        "the office stores both while their answers are lost",
    )
    wait_for(lambda: rig.last_error() == "ConnectionError", "the daemon sees the lost answer")
    assert rig.undelivered() == 2

    rig.proxy.set_fault(Fault.NONE)
    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)


def test_stalled_connection_times_out(
    rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger
) -> None:
    rig.proxy.set_fault(Fault.STALL)
    queued = rig.queue(1)
    # Only the daemon's read timeout can end this: the proxy neither answers nor closes.
    wait_for(lambda: rig.last_error() == "ReadTimeout", "the daemon's read timeout fires")
    assert rig.undelivered() == 1

    rig.proxy.set_fault(Fault.NONE)
    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)


@pytest.mark.parametrize("status", [503, 500])
def test_error_answers(
    status: int, rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger
) -> None:
    errors = rig.proxy.stats.http_errors
    rig.proxy.set_fault(Fault.HTTP_ERROR, http_status=status)
    queued = rig.queue(2)
    wait_for(lambda: rig.last_error() == f"HTTP {status}", f"the daemon meets HTTP {status}")
    wait_for(lambda: rig.proxy.stats.http_errors >= errors + 2, "more than one answer refused")
    assert rig.undelivered() == 2

    rig.proxy.set_fault(Fault.NONE)
    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)
    assert rig.terminal.status()["outbox"]["quarantined"]["items"] == 0


def test_backoffice_restarted_mid_upload(
    rig: DeliveryRig, daemon: SyncDaemon, ledger: OfficeLedger, office: BackofficeProcess
) -> None:
    # 1.5 kB/s: each envelope takes about a second on the wire, long enough to stop the
    # office while one is arriving.
    rig.proxy.throttle(1_500)
    sent = rig.proxy.stats.client_bytes
    queued = rig.queue(3)
    wait_for(lambda: rig.proxy.stats.client_bytes > sent + 200, "an upload is under way")
    office.stop()
    try:
        wait_for(lambda: rig.last_error() == "ConnectionError", "the daemon finds it gone")
    finally:
        office.start()
    rig.proxy.throttle(None)

    rig.wait_until_delivered(queued)
    ledger.assert_exactly_once(rig.device_id, queued, complete=False)
