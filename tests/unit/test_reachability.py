"""The office comes back: a cheap health probe drains the queue at once, not after the backoff."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from config.schema import SyncSettings
from contract.submissions import SubmissionKind
from sync.delivery import Courier
from sync.device import DeviceCredentials
from sync.office_link import OfficeLink
from sync.outbox import Outbox, SubmissionState
from sync.reachability import PROBE_CAP_SECONDS, HealthProbe, ReachabilityWatch
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_backoffice import Answer, FakeBackoffice
from tests.helpers.fake_clock import FakeClock
from tests.helpers.fake_device import callback_request, fake_device
from tests.helpers.fault_proxy import Fault, FaultProxy

# Each failed item waits 50 s (base 100 s, jitter 0.5): far longer than any test waits.
SETTINGS = SyncSettings(
    connect_timeout_seconds=1.0,
    read_timeout_seconds=1.0,
    backoff_base_seconds=100.0,
    backoff_cap_seconds=100.0,
    poll_seconds=0.05,
    probe_seconds=0.1,
)


class ScriptedProbe:
    """A probe that answers from a list (then ``default``) and counts its calls."""

    def __init__(self, answers: list[bool], default: bool = False) -> None:
        self.answers = answers
        self.default = default
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.answers.pop(0) if self.answers else self.default


def _probe_until(watch: ReachabilityWatch, clock: FakeClock, seconds: float) -> None:
    """Lets ``seconds`` pass in steps of 0.1 s, giving the watch every chance to probe."""
    for _ in range(round(seconds * 10)):
        clock.advance(0.1)
        watch.probe_if_due()


def test_the_probe_runs_only_while_the_office_is_held_away() -> None:
    clock = FakeClock()
    probe = ScriptedProbe([], default=True)
    watch = ReachabilityWatch(probe, every_seconds=2.0, monotonic=clock.monotonic)

    _probe_until(watch, clock, 30)
    assert probe.calls == 0  # nothing failed: no probe

    watch.lost("ConnectionError")
    _probe_until(watch, clock, 1.9)
    assert probe.calls == 0  # not before probe_seconds
    _probe_until(watch, clock, 0.2)
    assert probe.calls == 1
    assert not watch.down  # it answered: back


def test_the_probe_slows_down_as_an_outage_goes_on_for_days() -> None:
    clock = FakeClock()
    probe = ScriptedProbe([], default=False)
    watch = ReachabilityWatch(probe, every_seconds=2.0, monotonic=clock.monotonic)
    watch.lost("ConnectionError")

    _probe_until(watch, clock, 60)
    first_minute = probe.calls
    assert 25 <= first_minute <= 30  # every 2 s at first

    _probe_until(watch, clock, 3 * 3600)
    probe.calls = 0
    _probe_until(watch, clock, 3600)
    # After three hours: one probe a minute, however long it lasts.
    assert probe.calls == pytest.approx(3600 / PROBE_CAP_SECONDS, abs=2)
    assert watch.down


def test_a_health_check_that_lies_does_not_flood_the_office() -> None:
    clock = FakeClock()
    probe = ScriptedProbe([], default=True)  # health says "ok", deliveries still fail
    watch = ReachabilityWatch(probe, every_seconds=2.0, monotonic=clock.monotonic)
    intervals = []
    for _ in range(6):
        watch.lost("HTTP 503")
        intervals.append(watch.interval_seconds())
        while not watch.probe_if_due():
            clock.advance(0.1)
    assert intervals == sorted(intervals)
    assert intervals[-1] >= 16 * intervals[0]
    assert intervals[-1] <= PROBE_CAP_SECONDS
    watch.reached()  # a delivery got through: fast probing next time
    watch.lost("ConnectionError")
    assert watch.interval_seconds() == 2.0


def test_only_changes_of_state_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    probe = ScriptedProbe([False] * 50, default=True)
    watch = ReachabilityWatch(probe, every_seconds=2.0, monotonic=clock.monotonic)
    with caplog.at_level(logging.INFO, logger="sync.reachability"):
        for _ in range(5):
            watch.lost("ConnectionError")  # every waiting item fails in turn
        _probe_until(watch, clock, 600)
    assert probe.calls == 51
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2, messages
    assert messages[0].startswith("backoffice unreachable (ConnectionError)")
    assert messages[1].startswith("backoffice reachable again after")


def test_the_health_probe_asks_the_real_endpoint() -> None:
    with FakeBackoffice() as office:
        probe = HealthProbe(OfficeLink(office.url, SETTINGS))
        assert probe()
        office.set_health(Answer(status=503))
        assert not probe()
        assert [r.path for r in office.requests] == ["/api/v1/health"] * 2
    assert not probe()  # nobody listening


# ---- the courier, over real HTTP: FaultProxy (refuse, then pass) in front of the office ------


@pytest.fixture
def office() -> Iterator[FakeBackoffice]:
    with FakeBackoffice() as fake:
        yield fake


@pytest.fixture
def proxy(office: FakeBackoffice) -> Iterator[FaultProxy]:
    port = int(office.url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as running:
        yield running


def _wait_for(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    # Only a guard against hanging: the assertions are on counts and order, not on time.
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(0.02)


def test_the_queue_drains_as_soon_as_the_office_answers_again(
    office: FakeBackoffice,
    proxy: FaultProxy,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    device: DeviceCredentials
    device, _ = fake_device(f"http://127.0.0.1:{proxy.port}", office.private_key)
    # The courier's clock stands still: an item's backoff never runs out by itself, so only
    # the probe can bring the queue out of waiting. The probe's own schedule runs on real time.
    frozen = FakeClock()
    link = OfficeLink(device.backoffice_url, SETTINGS)
    with Outbox(tmp_path / "outbox.sqlite3") as outbox:
        ids = [
            submit(
                outbox,
                device,
                SubmissionKind.CALLBACK,
                callback_request(),
                new_reference_code(),
                clock=frozen,
            )
            for _ in range(3)
        ]
        watch = ReachabilityWatch(HealthProbe(link), every_seconds=SETTINGS.probe_seconds)
        courier = Courier(
            outbox,
            device,
            SETTINGS,
            link,
            clock=frozen,
            monotonic=frozen.monotonic,
            random=lambda: 0.5,
            watch=watch,
        )
        proxy.set_fault(Fault.REFUSE)
        stop = threading.Event()
        daemon = threading.Thread(target=courier.run_forever, args=(stop,))
        with caplog.at_level(logging.INFO, logger="sync"):
            daemon.start()
            try:
                _wait_for(lambda: watch.probes >= 5, "five probes while the office is away")
                # Each item tried once, then left to its backoff while the probe asks.
                waiting = outbox.queued()
                assert [item.attempts for item in waiting] == [1, 1, 1]
                assert all(item.next_attempt_at > frozen() for item in waiting)
                proxy.set_fault(Fault.NONE)
                _wait_for(lambda: outbox.queued() == [], "the queue drains")
            finally:
                stop.set()
                daemon.join(timeout=10)
        assert not daemon.is_alive()
        assert all(
            (item := outbox.get(i)) is not None and item.state is SubmissionState.DELIVERED
            for i in ids
        )
    # Nothing reached the office during the outage; back, it was asked first, then sent to.
    paths = [request.path for request in office.requests]
    assert paths == ["/api/v1/health"] + ["/api/v1/submissions"] * 3
    lines = [r.getMessage() for r in caplog.records if r.name == "sync.reachability"]
    assert len(lines) == 2, lines
    assert "unreachable" in lines[0] and "reachable again" in lines[1]
