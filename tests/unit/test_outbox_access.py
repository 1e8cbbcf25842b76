"""The UI's shared outbox handle under worker threads: a close waits for a submission under
way, and a submission that starts after the close is still stored (and its outbox closed)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.journeys.callback.outbox_access import TerminalOutbox


def test_closing_waits_for_a_submission_under_way(tmp_path: Path) -> None:
    access = TerminalOutbox(tmp_path, None, "document")
    inside, release = threading.Event(), threading.Event()
    order: list[str] = []

    def submission() -> None:
        with access.storing() as outbox:
            inside.set()
            release.wait(10)
            outbox.queued()  # still usable: the close has not pulled it away
            order.append("stored")

    worker = threading.Thread(target=submission)
    worker.start()
    assert inside.wait(10)
    closer = threading.Thread(target=lambda: (access.close(), order.append("closed")))
    closer.start()
    release.set()
    worker.join(10)
    closer.join(10)

    assert order == ["stored", "closed"]


def test_a_submission_after_the_close_is_stored_in_an_outbox_of_its_own(tmp_path: Path) -> None:
    access = TerminalOutbox(tmp_path, None, "document")
    with access.storing():
        pass
    access.close()

    with access.storing() as late:
        assert late.queued() == []
    with pytest.raises(sqlite3.ProgrammingError):
        late.queued()  # closed again at once: nothing is left open after the UI shut down
