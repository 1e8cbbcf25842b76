"""The admin PIN: an argon2 hash in the config, a growing wait after wrong PINs, every attempt
logged (never the PIN). Plain Python, so it is tested without Qt; the view-model calls
:meth:`PinGate.attempt` from a worker thread, as argon2 is slow on purpose."""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

log = logging.getLogger(__name__)

FIRST_WAIT_SECONDS = 2.0
LONGEST_WAIT_SECONDS = 300.0


class PinOutcome(enum.Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    # Still waiting after earlier failures: not even checked.
    WAIT = "wait"
    # No PIN configured: admin mode is off on this terminal.
    DISABLED = "disabled"


@dataclass(frozen=True)
class PinResult:
    outcome: PinOutcome
    wait_seconds: float = 0.0
    failures: int = 0


def wait_after(failures: int) -> float:
    """2 s after the first wrong PIN, then 4, 8, 16 … up to 5 minutes."""
    if failures <= 0:
        return 0.0
    doubled: float = FIRST_WAIT_SECONDS * 2 ** min(failures - 1, 16)
    return min(doubled, LONGEST_WAIT_SECONDS)


class PinGate:
    def __init__(
        self,
        pin_hash: str,
        hasher: PasswordHasher | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._hash = pin_hash
        self._hasher = hasher or PasswordHasher()
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._failures = 0
        self._not_before = 0.0

    def wait_left(self) -> float:
        return max(0.0, self._not_before - self._monotonic())

    def attempt(self, pin: str) -> PinResult:
        with self._lock:
            if not self._hash:
                log.warning("admin PIN attempt refused: no PIN configured (admin.pin_hash)")
                return PinResult(PinOutcome.DISABLED)
            left = self.wait_left()
            if left > 0:
                log.warning("admin PIN attempt during the wait (%.0f s left): not checked", left)
                return PinResult(PinOutcome.WAIT, left, self._failures)
            if self._verify(pin):
                log.info("admin PIN accepted after %d failure(s)", self._failures)
                self._failures = 0
                return PinResult(PinOutcome.ACCEPTED)
            self._failures += 1
            wait = wait_after(self._failures)
            self._not_before = self._monotonic() + wait
            log.warning(
                "admin PIN refused (%d in a row); next attempt in %.0f s", self._failures, wait
            )
            return PinResult(PinOutcome.REFUSED, wait, self._failures)

    def _verify(self, pin: str) -> bool:
        try:
            return self._hasher.verify(self._hash, pin)
        except (VerificationError, InvalidHashError):
            return False
