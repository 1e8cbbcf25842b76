"""The admin PIN gate: a growing wait after wrong PINs, no check at all while waiting."""

from __future__ import annotations

from argon2 import PasswordHasher

from kiosk.admin.pin_gate import PinGate, PinOutcome, wait_after

HASHER = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)


class SteppedClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_wait_doubles_and_is_capped() -> None:
    assert [wait_after(n) for n in range(6)] == [0, 2, 4, 8, 16, 32]
    assert wait_after(40) == 300


def test_wrong_pins_make_the_next_attempt_wait() -> None:
    clock = SteppedClock()
    gate = PinGate(HASHER.hash("135790"), HASHER, clock)
    first = gate.attempt("000000")
    assert (first.outcome, first.wait_seconds) == (PinOutcome.REFUSED, 2)
    # Even the right PIN is not checked during the wait.
    assert gate.attempt("135790").outcome is PinOutcome.WAIT
    clock.now += 2
    assert gate.attempt("000001").wait_seconds == 4
    clock.now += 4
    assert gate.attempt("135790").outcome is PinOutcome.ACCEPTED
    # A success starts over.
    assert gate.attempt("000002").wait_seconds == 2


def test_without_a_configured_pin_admin_mode_stays_shut() -> None:
    assert PinGate("").attempt("123456").outcome is PinOutcome.DISABLED
