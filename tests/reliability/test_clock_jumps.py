"""Setting the wall clock changes nothing but what is displayed.

Real processes on a faked wall clock (libfaketime, the monotonic clock left alone as on a real
machine): a ``kiosk sync`` daemon whose clock is set back two hours while the office is away,
and callback requests queued by a process whose clock ran a day ahead.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.helpers.backoffice import BackofficeProcess
from tests.helpers.fake_device import MARKER_NAME
from tests.helpers.faketime import FakeWallClock
from tests.helpers.fault_proxy import Fault
from tests.helpers.reliability_ledger import OfficeLedger
from tests.helpers.reliability_rig import DeliveryRig, SyncDaemon, SyncTimings, wait_for

HERE = Path(__file__).resolve().parent


def _log_times(daemon: SyncDaemon) -> list[dt.datetime]:
    """The daemon's own wall clock, as its log lines show it."""
    times = []
    for line in daemon.log_text().splitlines():
        try:
            times.append(dt.datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S"))
        except ValueError:
            continue
    return times


def test_a_clock_set_back_two_hours_does_not_hold_back_delivery(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    clock = FakeWallClock(tmp_path / "faketime")
    # The item waits up to 30 s after a failure, and the health probe asks every 0.5 s. One
    # item: while the office is away only the first in line is tried (the pass stops at the
    # first "away"); an untried one would be sent at once when the office is back, whatever
    # the clocks say, and bring the others with it.
    timings = SyncTimings(backoff_base_seconds=30.0, backoff_cap_seconds=30.0)
    with DeliveryRig.create(
        tmp_path / "terminal", office, timings, extra_sync_toml="probe_seconds = 0.5\n"
    ) as rig:
        rig.proxy.set_fault(Fault.REFUSE)
        queued = rig.queue(1)
        daemon = rig.start_daemon(env=clock.environment())
        wait_for(lambda: "next attempt in" in daemon.log_text(), "the daemon meets the outage")
        before = _log_times(daemon)[-1]

        clock.set("-2h")
        rig.proxy.set_fault(Fault.NONE)
        rig.wait_until_delivered(queued, timeout=60, daemon=daemon)

        after = _log_times(daemon)[-1]
        assert after < before - dt.timedelta(hours=1), "the daemon's clock really went back"
        assert daemon.stop() == 0
    OfficeLedger(office.data_dir).assert_exactly_once(rig.device_id, queued)


def _queue_in_process_with_clock(rig: DeliveryRig, clock: FakeWallClock, count: int) -> list[str]:
    """Callback requests queued by a separate process on the given clock (as the UI would)."""
    script = (
        "import json, sys\n"
        "from tests.helpers.queued_callbacks import queue_callbacks\n"
        "print(json.dumps(queue_callbacks(sys.argv[1], int(sys.argv[2]))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(rig.terminal.data_dir), str(count)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=HERE.parents[1],
        env={**os.environ, **clock.environment()},
    )
    ids: list[str] = json.loads(result.stdout)
    return ids


def test_items_queued_with_the_clock_a_day_ahead_are_delivered_at_once(
    office: BackofficeProcess, tmp_path: Path
) -> None:
    ahead = FakeWallClock(tmp_path / "faketime", "+1d")
    with DeliveryRig.create(tmp_path / "terminal", office) as rig:
        ids = _queue_in_process_with_clock(rig, ahead, 5)

        status = rig.terminal.status()
        assert status["outbox"]["queued"]["items"] == 5
        assert status["oldest_undelivered_age_seconds"] == 0  # never negative
        assert status["clock_jump"] is True
        text = rig.terminal.kiosk("status").stdout
        assert "clock was ahead then or jumped" in text

        daemon = rig.start_daemon()
        wait_for(lambda: rig.undelivered() == 0, "the items queued 'tomorrow' are delivered")
        assert daemon.stop() == 0
    stored = Counter(
        str(entry.submission_id)
        for entry in OfficeLedger(office.data_dir).callbacks_from(rig.device_id)
    )
    assert stored == Counter(ids), "each delivered exactly once"
    assert MARKER_NAME not in daemon.log_text()
