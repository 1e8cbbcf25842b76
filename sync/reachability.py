"""Is the backoffice back? A cheap health probe while deliveries wait out their backoff.

After a long outage each queued item waits up to ``backoff_cap_seconds`` (10 min by default)
before its next try, so without a probe the queue would drain only that long after the office
returned. While the last delivery failed at connection level (refused, timeout, 429, 502-504),
``kiosk sync`` asks ``GET /api/v1/health`` (one tiny request, short timeouts) every
``sync.probe_seconds``; the first healthy answer makes every waiting item due at once.

The probe backs off with the outage's age: every ``probe_seconds`` at first, growing to one
per minute for an office that stays away for hours or days. An office whose health check
answers while deliveries still fail (e.g. its database is away) would otherwise be hit with
the whole queue every few seconds: each such false recovery doubles the probe interval, until
a delivery gets through. Only changes of state are logged.

Every interval runs on the monotonic clock: setting the wall clock (by hand, or NTP after days
offline) neither delays a probe nor brings one forward.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import requests

from contract.submissions import API_PREFIX
from sync.office_link import OfficeAnswer, OfficeLink

log = logging.getLogger(__name__)

HEALTH_PATH = f"{API_PREFIX}/health"
# Longest pause between probes, however long the outage.
PROBE_CAP_SECONDS = 60.0
# The interval grows by this share of the outage's age: after 10 min, a probe every 6 s.
_GROWTH_PER_OUTAGE_SECOND = 0.01
# Connect and read timeout of one probe: the answer is tiny; a slow one counts as "not back".
_PROBE_TIMEOUT_SECONDS = 2.0

# Seconds on a clock that never jumps (time.monotonic).
Seconds = Callable[[], float]
Probe = Callable[[], bool]
# A health answer is a few dozen bytes.
_MAX_HEALTH_BYTES = 16 * 1024


def ask_health(link: OfficeLink) -> OfficeAnswer:
    """``GET /api/v1/health`` with short timeouts; raises ``requests.RequestException``."""
    return link.request(
        "GET",
        HEALTH_PATH,
        timeouts=(_PROBE_TIMEOUT_SECONDS, _PROBE_TIMEOUT_SECONDS),
        max_answer_bytes=_MAX_HEALTH_BYTES,
    )


class HealthProbe:
    """``GET /api/v1/health``: True if the backoffice answers 200 (False while it asked for
    a pause: nothing is sent then)."""

    def __init__(self, link: OfficeLink) -> None:
        self._link = link

    def __call__(self) -> bool:
        try:
            return ask_health(self._link).status_code == 200
        except requests.RequestException:
            return False


class ReachabilityWatch:
    """Tracks whether deliveries fail because the office is away, and probes it then."""

    def __init__(
        self,
        probe: Probe,
        *,
        every_seconds: float,
        monotonic: Seconds = time.monotonic,
        cap_seconds: float = PROBE_CAP_SECONDS,
    ) -> None:
        self._probe = probe
        self._every = every_seconds
        self._cap = max(cap_seconds, every_seconds)
        self._clock = monotonic
        # Set while the office is held unreachable.
        self._down_since: float | None = None
        # The first failure since the last delivery that got through: the probe slows with it.
        self._outage_start: float | None = None
        self._next_probe: float | None = None
        # A healthy probe not yet confirmed by a delivery; failing again makes it "false".
        self._unconfirmed = False
        self._false_recoveries = 0
        self.probes = 0

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def lost(self, reason: str) -> None:
        """A delivery failed because the office is unreachable or overloaded."""
        if self._down_since is not None:
            return
        now = self._clock()
        self._down_since = now
        self._outage_start = self._outage_start or now
        if self._unconfirmed:
            self._unconfirmed = False
            self._false_recoveries += 1
        interval = self.interval_seconds()
        self._next_probe = now + interval
        if self._false_recoveries:
            log.warning(
                "backoffice answers its health check but not deliveries (%s); next check in %.0f s",
                reason,
                interval,
            )
        else:
            log.warning(
                "backoffice unreachable (%s); checking whether it is back every %.0f s",
                reason,
                interval,
            )

    def reached(self) -> None:
        """A delivery got through: the office is back for sure."""
        if self._down_since is not None:
            log.info("backoffice reachable again after %.0f s", self._outage_seconds())
        self._down_since = self._outage_start = self._next_probe = None
        self._unconfirmed = False
        self._false_recoveries = 0

    def probe_if_due(self) -> bool:
        """Probes if the office is held away and it is time; True if it has just come back."""
        now = self._clock()
        if self._down_since is None or (self._next_probe is not None and now < self._next_probe):
            return False
        self.probes += 1
        if not self._probe():
            self._next_probe = now + self.interval_seconds()
            return False
        log.info(
            "backoffice reachable again after %.0f s (health check answered)",
            self._outage_seconds(),
        )
        self._down_since = self._next_probe = None
        self._unconfirmed = True
        return True

    def interval_seconds(self) -> float:
        """Seconds until the next probe, from the outage's age and the false recoveries."""
        base = max(self._every, self._outage_seconds() * _GROWTH_PER_OUTAGE_SECOND)
        return float(min(self._cap, base * 2 ** min(self._false_recoveries, 20)))

    def _outage_seconds(self) -> float:
        if self._outage_start is None:
            return 0.0
        return max(0.0, self._clock() - self._outage_start)
