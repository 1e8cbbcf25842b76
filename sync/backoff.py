"""When to try a failed delivery again: exponential backoff with full jitter.

Full jitter (a random delay between 0 and the exponential ceiling) spreads the retries of a
whole fleet of terminals that lost the backoffice at the same moment, so they do not all come
back at once when it returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# Uniform in [0, 1); random.random in production, a fixed sequence in tests.
RandomSource = Callable[[], float]

# 2**40 times any base exceeds every sensible cap; beyond it the float would only grow.
_MAX_DOUBLINGS = 40


def retry_delay(
    failed_attempts: int, *, base_seconds: float, cap_seconds: float, random: RandomSource
) -> dt.timedelta:
    """Delay before the next attempt after ``failed_attempts`` (>= 1) consecutive failures."""
    doublings = min(max(failed_attempts, 1) - 1, _MAX_DOUBLINGS)
    ceiling = min(cap_seconds, base_seconds * 2**doublings)
    return dt.timedelta(seconds=random() * ceiling)
