"""The session-wide guard against personal data in logs catches what it must, and only that."""

from __future__ import annotations

import logging

from tests.helpers.log_privacy import PersonalDataInLogs


def test_the_guard_catches_a_name_and_a_bg_number_but_not_ids() -> None:
    guard = PersonalDataInLogs()
    log = logging.getLogger("tests.privacy")
    log.addHandler(guard)
    log.propagate = False
    try:
        log.info("delivered submission %s (reference %s)", "5f0c2a1e-9d3b-4c1e", "HK4-7QX")
        assert guard.leaks == []
        log.warning("callback from %s", "Erika Mustermann")
        log.error("BG %s refused", "12345BG1234567")
    finally:
        log.removeHandler(guard)
        log.propagate = True
    assert len(guard.leaks) == 2
    assert "'Mustermann'" in guard.leaks[0]
    assert "'1234567'" in guard.leaks[1]
