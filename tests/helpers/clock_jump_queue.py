"""Queues callback requests from a process of its own (run under faketime by the clock tests)."""

from __future__ import annotations

from pathlib import Path

from contract.submissions import SubmissionKind
from sync.device import load_device
from sync.outbox import Outbox, outbox_path
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.fake_device import callback_request


def queue(data_dir: str, count: int) -> list[str]:
    """Queues ``count`` callback requests as the UI does; returns their ids."""
    folder = Path(data_dir)
    device = load_device(folder)
    with Outbox(outbox_path(folder)) as outbox:
        return [
            str(
                submit(
                    outbox,
                    device,
                    SubmissionKind.CALLBACK,
                    callback_request(),
                    new_reference_code(),
                )
            )
            for _ in range(count)
        ]
