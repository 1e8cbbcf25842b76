"""The scanner's reading thread steps back for the GUI thread (scanner/priority.py); the
thread that started the run keeps its priority."""

from __future__ import annotations

import os
import threading

import pytest

from scanner.priority import BACKGROUND_NICENESS, lower_this_thread

pytestmark = pytest.mark.skipif(not hasattr(os, "setpriority"), reason="POSIX priorities")


def niceness_in_a_thread_that_lowers_itself() -> int:
    seen: list[int] = []

    def work() -> None:
        lower_this_thread()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return seen[0]


def test_the_reading_thread_gets_background_priority_and_its_caller_keeps_its_own() -> None:
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert niceness_in_a_thread_that_lowers_itself() >= max(before, BACKGROUND_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
